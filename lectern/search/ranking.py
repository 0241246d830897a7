"""Full-text matching and relevance ranking in one query, so search stays fast on large archives.

Wagtail's SQLite backend (modelsearch) ranks by annotating every candidate page with a
correlated subquery that runs the FTS5 match again for that page: its cost grows with the
square of the number of matches (10 s for a common word in 10,000 publications). Here the
match runs once over the FTS5 table, joined to the index entries, ordered by the same bm25
score and cut to the requested page of results: one query for the hits, one for the count.

Other databases (PostgreSQL in production) keep Wagtail's own backend, which ranks with
``ts_rank`` in a single query already.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from wagtail.models import Page

from modelsearch.utils import get_descendants_content_types_pks


def fts5_ranking_available():
    if connection.vendor != "sqlite":
        return False
    from wagtail.search.backends import get_search_backend

    return type(get_search_backend()).__module__.startswith("modelsearch.backends.database.sqlite")


def fts_entry_model():
    """The FTS5 table's model, as the search app in use (Wagtail's) defines it."""
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("SQLiteFTSIndexEntry")


def match_expression(terms, operator):
    """An FTS5 query over the title and analysed body: ``{title body} : ("a" AND "b")``.

    Every term is a quoted string (FTS5 syntax inside it is inert), so reader input cannot
    change the query's structure.
    """
    joiner = " AND " if operator == "and" else " OR "
    quoted = joiner.join('"{}"'.format(term.replace('"', '""')) for term in terms)
    return f"{{title body}} : ({quoted})"


class RankedResults:
    """Pages matching ``terms`` among ``pages``, best first (or by ``order_by``), evaluated lazily.

    It offers what Django's Paginator and the search views need: ``count()``, ``len()`` and
    slicing, which returns ``Page`` objects in rank order.
    """

    def __init__(self, pages, models, terms, operator="and", order_by=None):
        self.pages = pages
        self.models = models  # the page types ``pages`` holds: their index entries are searched
        self.terms = terms
        self.operator = operator
        self.order_by = order_by  # None: by relevance
        self._count = None

    def _match(self, select, where="", params=(), tail=""):
        """SQL over the FTS5 matches: the match table drives the join (CROSS JOIN fixes the order;
        left to itself SQLite may probe the match once per candidate page, which is quadratic)."""
        fts_table = fts_entry_model()._meta.db_table
        entry_table = fts_entry_model()._meta.get_field("index_entry").related_model._meta.db_table
        fts, entry = connection.ops.quote_name(fts_table), connection.ops.quote_name(entry_table)
        content_types = sorted({pk for model in self.models for pk in get_descendants_content_types_pks(model)})
        types = ", ".join(["%s"] * len(content_types))
        # Names come from the models; the reader's input is only ever a parameter.
        sql = f"SELECT {select} FROM {fts} CROSS JOIN {entry} ON {entry}.id = {fts}.rowid WHERE {fts} MATCH %s AND {entry}.content_type_id IN ({types}) {where} {tail}"  # noqa: E501, S608
        return sql.format(fts=fts, entry=entry), [match_expression(self.terms, self.operator), *content_types, *params]

    def ids(self, start, stop):
        """Ids of the results from ``start`` to ``stop``, in order."""
        if not self.terms:
            return []
        return self._ordered_ids(start, stop) if self.order_by else self._ranked_ids(start, stop)

    def matching_ids(self):
        """The matching pages' ids, as a subquery for ``pk__in``."""
        sql, params = self._match("CAST({entry}.object_id AS INTEGER)")
        return RawSQL(sql, params)  # noqa: S611 (reader input only in params)

    def _in_pages(self, select, tail=""):
        """``_match`` limited to the candidate pages (live, public, language, type, filters)."""
        pages_sql, pages_params = self.pages.order_by().values("pk").query.sql_with_params()
        return self._match(
            select, where=f"AND CAST({{entry}}.object_id AS INTEGER) IN ({pages_sql})", params=pages_params, tail=tail
        )

    def _ranked_ids(self, start, stop):
        # The score modelsearch gives (bm25 is negative: lower is better), weighted up for short titles.
        sql, params = self._in_pages(
            "CAST({entry}.object_id AS INTEGER), bm25({fts}) * ({entry}.title_norm + 1) AS score",
            tail="ORDER BY score, 1 DESC LIMIT %s OFFSET %s",
        )
        limit = -1 if stop is None else stop - start
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, start])
            return [row[0] for row in cursor.fetchall()]

    def _ordered_ids(self, start, stop):
        pages = self.pages.filter(pk__in=self.matching_ids()).order_by(*self.order_by)
        return list(pages.values_list("pk", flat=True)[start:stop])

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
        start, stop = index.start or 0, index.stop
        ids = self.ids(start, stop)
        by_id = Page.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def __iter__(self):
        return iter(self[0 : self.count()])
