"""SQLite: the full-text table indexes the entries' text without a copy of it, and stays in step
with them when a page is indexed again, unpublished or deleted (lectern_search migration 0001)."""

from django.db import connection

from wagtail.search.backends import get_search_backend

import pytest

from lectern.core.tests.builders import make_publication, paragraph
from lectern.publications.models import PublicationPage
from lectern.search.analysis import analyze_query
from lectern.search.ranking import RankedResults, index_models

pytestmark = [pytest.mark.django_db, pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")]

FTS = "wagtailsearch_indexentry_fts"


def fts_sql(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def found(site, query):
    pages = PublicationPage.objects.live().filter(locale_id=site.en.home.locale_id)
    return [page.title for page in RankedResults(pages, [PublicationPage], analyze_query(query))]


def test_the_fts_table_keeps_no_copy_of_the_text():
    (schema,) = fts_sql(f"SELECT sql FROM sqlite_master WHERE name = '{FTS}'")[0]  # noqa: S608
    assert "content='wagtailsearch_indexentry'" in schema
    assert not fts_sql(f"SELECT name FROM sqlite_master WHERE name = '{FTS}_content'")  # noqa: S608


def test_reindexing_unpublishing_and_deleting_keep_the_fts_table_in_step(site):
    page = make_publication(
        site.en.insight, "Desalination", summary="Brine outflows.", body=[paragraph("<p>Brine.</p>")]
    )
    backend = get_search_backend()
    backend.add(page)
    assert found(site, "brine") == ["Desalination"]

    page.summary = "Aquifers instead."
    page.body = [("paragraph", "<p>Aquifers.</p>")]
    page.save_revision().publish()
    backend.add(page)
    assert found(site, "brine") == []
    assert found(site, "aquifer") == ["Desalination"]

    # Wagtail's backend rewrites title norms after each batch: the text stays indexed once.
    entry_model, _ = index_models()
    entry_model.objects.filter(object_id=str(page.pk)).update(title_norm=0.5)
    assert found(site, "aquifer") == ["Desalination"]

    page.delete()
    assert found(site, "aquifer") == []
    # FTS5's own check compares the index with the entries' text: nothing stale or missing.
    fts_sql(f"INSERT INTO {FTS}({FTS}, rank) VALUES ('integrity-check', 1)")  # noqa: S608
