"""Full-text matching and relevance ranking in one query, so search stays fast on large archives.

Wagtail's database backends (modelsearch) rank in ways that grow badly with the archive:

* SQLite annotates every candidate page with a correlated subquery that runs the FTS5 match
  again for that page, so the cost grows with the square of the matches (10 s for a common
  word in 10,000 publications);
* PostgreSQL matches ``title || body``, a vector built for every row, so its GIN indexes go
  unused (3–4 s for two common words in 10,000 publications).

Here the full-text index ranks its matches by its own score first, with no join (FTS5's bm25;
PostgreSQL's ts_rank with the title weight), and only the best ``POOL`` of them are joined to the
candidate pages (live, public, language, type, filters) and ordered by Wagtail's score. A broad
query that matches most of a large archive thus joins and sorts two thousand rows, not a hundred
thousand; when it matches fewer than ``POOL`` entries the order is exactly Wagtail's. Results
are listed up to ``RESULT_LIMIT`` and counted up to one more (a page then says "more than
1,000"), so no count grows with the archive. The pool of one query is shared by the result
list and the publication facets of the same request.

On PostgreSQL it matches the body alone, which holds the title too: every searchable page
indexes its title in its analysed text (``registry.search_source_text``). The tests check that
results and order are those of Wagtail's backend.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from wagtail.models import Page

from modelsearch.utils import get_descendants_content_types_pks

RESULT_LIMIT = 1000  # results listed at most (100 pages of 10); a larger count reads "more than"
POOL = 2000  # the index's best matches that are joined to the pages and ordered by Wagtail's score


def ranked_results_class():
    """The ranking for the database and search backend in use, or None (Wagtail's own search)."""
    from wagtail.search.backends import get_search_backend

    module = type(get_search_backend()).__module__
    if connection.vendor == "sqlite" and module.startswith("modelsearch.backends.database.sqlite"):
        return RankedResults
    if connection.vendor == "postgresql" and module.startswith("modelsearch.backends.database.postgres"):
        return PostgresRankedResults
    return None


def index_models():
    """Wagtail's index entry model and, on SQLite, its FTS5 table's model."""
    from modelsearch.conf import get_app_config

    app = get_app_config()
    fts = app.get_model("SQLiteFTSIndexEntry") if connection.vendor == "sqlite" else None
    return app.get_model("IndexEntry"), fts


def match_expression(terms, operator):
    """An FTS5 query over the title and analysed body: ``{title body} : ("a" AND "b")``.

    Every term is a quoted string (FTS5 syntax inside it is inert), so reader input cannot
    change the query's structure.
    """
    joiner = " AND " if operator == "and" else " OR "
    quoted = joiner.join('"{}"'.format(term.replace('"', '""')) for term in terms)
    return f"{{title body}} : ({quoted})"


def tsquery_expression(terms, operator):
    """A PostgreSQL tsquery of quoted lexemes, ``'a' & 'b'``, quoted as Wagtail quotes them."""
    joiner = " & " if operator == "and" else " | "
    return joiner.join("'{}'".format(term.replace("'", "''").replace("\\", "\\\\")) for term in terms)


class RankedResults:
    """Pages matching ``terms`` among ``pages``, best first (or by ``order_by``), evaluated lazily.

    It offers what Django's Paginator and the search views need: ``count()`` (at most ``limit``;
    ``more`` says whether more match), ``len()`` and slicing, which returns ``Page`` objects in
    rank order. ``exact``: rank every match, not the index's best ``POOL`` (for searches narrowed
    by filters, whose pages are few among the index's matches). ``pools``: a dict shared by the
    results of one request, which keeps each query's pool. This class is SQLite's (FTS5).
    """

    # Wagtail's score (bm25 is negative: lower is better), weighted up for short titles.
    ascending = True

    def __init__(self, pages, models, terms, operator="and", order_by=None, limit=None, exact=False, pools=None):
        self.pages = pages
        self.models = models  # the page types ``pages`` holds: their index entries are searched
        self.terms = terms
        self.operator = operator
        self.order_by = order_by  # None: by relevance
        self.limit = RESULT_LIMIT if limit is None else limit
        self.exact = exact
        self.pools = {} if pools is None else pools
        self.more = False  # whether more than ``limit`` pages match
        self._count = None
        self._ranked = None
        self._pooled = None

    # --- SQL pieces ---------------------------------------------------------------------------

    def names(self):
        entry_model, fts_model = index_models()
        names = {"entry": connection.ops.quote_name(entry_model._meta.db_table)}
        if fts_model is not None:
            names["fts"] = connection.ops.quote_name(fts_model._meta.db_table)
        return names

    def matches(self):
        """(FROM and WHERE clauses that find the matching index entries, their parameters).

        CROSS JOIN makes the FTS5 match drive the join: left to itself SQLite may probe the
        match once per candidate page instead, which is quadratic.
        """
        return (
            "{fts} CROSS JOIN {entry} ON {entry}.id = {fts}.rowid",
            "{fts} MATCH %s",
            [match_expression(self.terms, self.operator)],
        )

    def score(self):
        """Wagtail's score of a match, in the full join (``matches``)."""
        return "bm25({fts}) * ({entry}.title_norm + 1)"

    def pool_query(self):
        """(SQL, params) of the index's ``POOL`` best entries by its own score: rows (entry id, rank)."""
        return (
            "SELECT rowid, bm25({fts}) AS score FROM {fts} WHERE {fts} MATCH %s ORDER BY score LIMIT %s",
            [match_expression(self.terms, self.operator), POOL],
        )

    def final_score(self, rank, title_norm):
        """Wagtail's score of a pooled entry from its rank in the pool."""
        return rank * (title_norm + 1)

    def _content_types(self):
        return sorted({pk for model in self.models for pk in get_descendants_content_types_pks(model)})

    def _in_pages(self):
        """(SQL, params): the entry is one of the candidate pages (live, public, language, type,
        filters), probed by its key rather than listing every candidate (100,000 at scale)."""
        object_id = RawSQL("CAST({} AS INTEGER)".format(self.names()["entry"] + ".object_id"), [])  # noqa: S611
        pages_sql, pages_params = self.pages.order_by().filter(pk=object_id).values("pk").query.sql_with_params()
        content_types = self._content_types()
        types = ", ".join(["%s"] * len(content_types))
        return f"{{entry}}.content_type_id IN ({types}) AND EXISTS ({pages_sql})", [*content_types, *pages_params]

    def _match(self, select, tail="", params=()):
        """``select`` over the matching entries of candidate pages."""
        tables, condition, match_params = self.matches()
        in_pages, page_params = self._in_pages()
        # Names come from the models; the reader's input is only ever a parameter.
        sql = f"SELECT {select} FROM {tables} WHERE {condition} AND {in_pages} {tail}"  # noqa: S608
        return sql.format(**self.names()), [*match_params, *page_params, *params]

    def _fetch(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # --- counting and ranking -----------------------------------------------------------------

    def _pool(self):
        """The index's best entries for this query, kept for the request: [(rank, page id, title
        norm, content type)], their entries read once (each holds its page's analysed text)."""
        sql, params = self.pool_query()
        key = (sql, tuple(params))
        if key not in self.pools:
            rank = dict(self._fetch(sql.format(**self.names()), params))
            marks = ", ".join(["%s"] * len(rank))
            entries = (
                "SELECT id, CAST(object_id AS INTEGER), title_norm, content_type_id FROM {entry} WHERE id IN ({marks})"  # noqa: E501, S608
            )
            rows = self._fetch(entries.format(marks=marks, **self.names()), list(rank)) if rank else []
            self.pools[key] = ([(rank[entry], *row) for entry, *row in rows], len(rank) < POOL)
        return self.pools[key]

    def pooled(self):
        """(ids of the candidate pages among the pool, best first; whether the pool holds every match)."""
        if self._pooled is None:
            pool, complete = self._pool() if self.terms else ([], True)  # no terms: nothing matches
            types = set(self._content_types())
            pool = [row for row in pool if row[3] in types]
            candidates = set(self.pages.order_by().filter(pk__in=[row[1] for row in pool]).values_list("pk", flat=True))
            sign = 1 if self.ascending else -1
            scored = sorted(
                (sign * self.final_score(rank, norm), -pk) for rank, pk, norm, _ in pool if pk in candidates
            )
            self._pooled = ([-negative for _, negative in scored], complete)
        return self._pooled

    def _ranked_ids(self):
        """Ids of the candidate pages, best first, at most ``limit``."""
        ids, complete = self.pooled()
        if complete or len(ids) > self.limit:
            # Every match was in the pool (the order and count are exact), or more than can be listed.
            self._count, self.more = min(len(ids), self.limit), len(ids) > self.limit
        elif len(ids) < self.bounded_count():
            return self._exact_ranked_ids()  # the index's best were mostly other pages
        return ids[: self.limit]

    def _exact_ranked_ids(self):
        direction = "" if self.ascending else " DESC"
        sql, params = self._match(
            f"CAST({{entry}}.object_id AS INTEGER), {self.score()} AS score",
            tail=f"ORDER BY score{direction}, 1 DESC LIMIT %s",
            params=[self.limit],
        )
        return [row[0] for row in self._fetch(sql, params)]

    def ranked(self):
        if self._ranked is None:
            self._ranked = [] if not self.terms else self._exact_ranked_ids() if self.exact else self._ranked_ids()
        return self._ranked

    def _ordered_ids(self, start, stop):
        stop = self.limit if stop is None else min(stop, self.limit)
        pages = self.pages.filter(pk__in=self.matching_ids()).order_by(*self.order_by)
        return list(pages.values_list("pk", flat=True)[start:stop])

    def ids(self, start, stop):
        """Ids of the results from ``start`` to ``stop``, in order."""
        if not self.terms:
            return []
        return self._ordered_ids(start, stop) if self.order_by else self.ranked()[start:stop]

    def matching_ids(self):
        """The matching pages' ids, as a subquery for ``pk__in``: entries of the searched page types
        only (an image or document entry has an object id too, which may be some page's key)."""
        tables, condition, params = self.matches()
        content_types = self._content_types()
        types = ", ".join(["%s"] * len(content_types))
        sql = (
            f"SELECT CAST({{entry}}.object_id AS INTEGER) FROM {tables} "  # noqa: S608
            f"WHERE {condition} AND {{entry}}.content_type_id IN ({types})"
        )
        return RawSQL(sql.format(**self.names()), [*params, *content_types])  # noqa: S611 (reader input only in params)

    def count(self):
        """How many pages match, at most ``limit`` (``more`` then says whether there are more)."""
        if self._count is None and self.order_by is None:
            self.ranked()  # the pool often tells
        if self._count is None:
            self.bounded_count()
        return self._count

    def bounded_count(self):
        """Count the matching pages up to one more than ``limit``, each probed by its key."""
        if self._count is None:
            self._count = 0
            if self.terms:  # a query of only punctuation or control characters matches nothing
                sql, params = self._match("1", tail="LIMIT %s", params=[self.limit + 1])
                found = self._fetch(f"SELECT COUNT(*) FROM ({sql}) AS found", params)[0][0]  # noqa: S608
                self._count, self.more = min(found, self.limit), found > self.limit
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = self.ids(index.start or 0, index.stop)
        by_id = Page.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def __iter__(self):
        return iter(self[0 : self.count()])


class PostgresRankedResults(RankedResults):
    """PostgreSQL: the body's GIN index finds the matches; ``ts_rank`` with Wagtail's weights ranks them."""

    ascending = False

    def score(self):
        from modelsearch.backends.database.postgres.weights import get_sql_weights

        # Numbers from settings, not reader input; braces doubled for the ``str.format`` in ``_match``.
        weights = "'{}'::float4[]".format(get_sql_weights().replace("{", "{{").replace("}", "}}"))
        return f"ts_rank({weights}, {{entry}}.title, q) * {{entry}}.title_norm + ts_rank({weights}, {{entry}}.body, q)"

    def matches(self):
        from wagtail.search.backends import get_search_backend

        config = get_search_backend().config or "simple"
        return (
            "{entry} CROSS JOIN to_tsquery(%s::regconfig, %s) AS q",
            "{entry}.body @@ q",
            [config, tsquery_expression(self.terms, self.operator)],
        )

    def pool_query(self):
        # Every column of the score is in the entries: the pool is ranked by Wagtail's score itself.
        tables, condition, params = self.matches()
        sql = (
            f"SELECT {{entry}}.id, {self.score()} AS score FROM {tables} WHERE {condition} ORDER BY score DESC LIMIT %s"  # noqa: E501, S608
        )
        return sql, [*params, POOL]

    def final_score(self, rank, title_norm):
        return rank
