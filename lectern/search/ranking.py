"""Full-text matching and relevance ranking in one query, so search stays fast on large archives.

Wagtail's database backends (modelsearch) rank in ways that grow badly with the archive:

* SQLite annotates every candidate page with a correlated subquery that runs the FTS5 match
  again for that page, so the cost grows with the square of the matches (10 s for a common
  word in 10,000 publications);
* PostgreSQL matches ``title || body``, a vector built for every row, so its GIN indexes go
  unused (3–4 s for two common words in 10,000 publications).

Here the match runs once, driven by the full-text index, joined to the candidate pages, ordered
by the same score as Wagtail's and cut to the requested page of results: one query for the hits,
one for the count. On PostgreSQL it matches the body alone, which holds the title too: every
searchable page indexes its title in its analysed text (``registry.search_source_text``).
The tests check that results and order are those of Wagtail's backend.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from wagtail.models import Page

from modelsearch.utils import get_descendants_content_types_pks


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

    It offers what Django's Paginator and the search views need: ``count()``, ``len()`` and
    slicing, which returns ``Page`` objects in rank order. This class is SQLite's (FTS5).
    """

    # The score Wagtail's backend gives (bm25 is negative: lower is better), weighted up for short titles.
    score = "bm25({fts}) * ({entry}.title_norm + 1)"
    best_first = "score"

    def __init__(self, pages, models, terms, operator="and", order_by=None):
        self.pages = pages
        self.models = models  # the page types ``pages`` holds: their index entries are searched
        self.terms = terms
        self.operator = operator
        self.order_by = order_by  # None: by relevance
        self._count = None

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

    def _match(self, select, where="", params=(), tail=""):
        entry_model, fts_model = index_models()
        names = {"entry": connection.ops.quote_name(entry_model._meta.db_table)}
        if fts_model is not None:
            names["fts"] = connection.ops.quote_name(fts_model._meta.db_table)
        tables, condition, match_params = self.matches()
        content_types = sorted({pk for model in self.models for pk in get_descendants_content_types_pks(model)})
        types = ", ".join(["%s"] * len(content_types))
        # Names come from the models; the reader's input is only ever a parameter.
        sql = (
            f"SELECT {select} FROM {tables} WHERE {condition} AND {{entry}}.content_type_id IN ({types}) {where} {tail}"  # noqa: E501, S608
        )
        return sql.format(**names), [*match_params, *content_types, *params]

    def _in_pages(self, select, tail=""):
        """``_match`` limited to the candidate pages (live, public, language, type, filters)."""
        pages_sql, pages_params = self.pages.order_by().values("pk").query.sql_with_params()
        return self._match(
            select, where=f"AND CAST({{entry}}.object_id AS INTEGER) IN ({pages_sql})", params=pages_params, tail=tail
        )

    def _ranked_ids(self, start, stop):
        sql, params = self._in_pages(
            f"CAST({{entry}}.object_id AS INTEGER), {self.score} AS score",
            tail=f"ORDER BY {self.best_first}, 1 DESC LIMIT %s OFFSET %s",
        )
        limit = 2**62 if stop is None else stop - start  # PostgreSQL takes no -1 for "no limit"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, start])
            return [row[0] for row in cursor.fetchall()]

    def _ordered_ids(self, start, stop):
        pages = self.pages.filter(pk__in=self.matching_ids()).order_by(*self.order_by)
        return list(pages.values_list("pk", flat=True)[start:stop])

    def ids(self, start, stop):
        """Ids of the results from ``start`` to ``stop``, in order."""
        if not self.terms:
            return []
        return self._ordered_ids(start, stop) if self.order_by else self._ranked_ids(start, stop)

    def matching_ids(self):
        """The matching pages' ids, as a subquery for ``pk__in``."""
        sql, params = self._match("CAST({entry}.object_id AS INTEGER)")
        return RawSQL(sql, params)  # noqa: S611 (reader input only in params)

    def count(self):
        if self._count is None:
            self._count = 0
            if self.terms:  # a query of only punctuation or control characters matches nothing
                sql, params = self._in_pages("COUNT(*)")
                with connection.cursor() as cursor:
                    cursor.execute(sql, params)
                    self._count = cursor.fetchone()[0]
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

    best_first = "score DESC"

    @property
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
