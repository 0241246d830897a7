"""The benchmark archive's generator (``lectern.demo.bulk``) at small N, on the test site."""

from django.core.management import call_command
from django.db import connection

from wagtail.models import Page
from wagtail.search.models import IndexEntry

import pytest

from lectern.demo.bulk import add_synthetic_publications, build_archive
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationPage
from lectern.search.analysis import tokens

pytestmark = pytest.mark.django_db


def entries(pks):
    rows = IndexEntry.objects.filter(object_id__in=[str(pk) for pk in pks])
    return {(row.content_type_id, row.object_id): (row.title, row.autocomplete, row.body) for row in rows}


def test_archive_has_people_translations_lengths_and_index_rows_as_update_index_writes_them(site):
    before = set(Page.objects.values_list("pk", flat=True))
    build_archive(40, people=12, log=lambda line: None)
    new = PublicationPage.objects.exclude(pk__in=before)
    english = new.filter(locale=site.locale.en)
    hebrew = new.filter(locale=site.locale.he)
    assert english.count() == 40
    assert 8 <= hebrew.count() <= 32  # half, give or take chance
    # Real translations: the source's key, the Hebrew series, same slug and metadata, Hebrew text.
    for page in hebrew.select_related("series"):
        source = english.get(translation_key=page.translation_key)
        assert page.series.locale_id == site.locale.he.pk
        assert page.series.translation_key == source.series.translation_key
        assert page.url_path.startswith(page.series.url_path)
        assert (page.slug, page.number, page.publication_date) == (source.slug, source.number, source.publication_date)
        assert [a.person_id for a in page.authors.all()] == [a.person_id for a in source.authors.all()]
        assert any("\u05d0" <= ch <= "\u05ea" for ch in page.title + page.summary)
        assert [b.id for b in page.body] == [b.id for b in source.body]
    for page in english:
        assert 40 <= len(tokens(page.summary)) <= 90
        words = len(tokens(" ".join(page.body.stream_block.get_searchable_content(page.body))))
        assert 700 <= words <= 1700
        assert 1 <= page.authors.count() <= 3 and 1 <= page.topics.count() <= 3
    people = PersonPage.objects.exclude(pk__in=before)
    assert people.filter(locale=site.locale.en).count() == people.filter(locale=site.locale.he).count() == 12
    # The tree stays consistent (numchild, paths): treebeard's own check finds nothing.
    assert Page.find_problems() == ([], [], [], [], [])
    for page in new[:5]:
        assert page.get_parent().specific_class.__name__ == "SeriesPage"

    # The index rows are exactly those update_index writes.
    pks = list(new.values_list("pk", flat=True)) + list(people.values_list("pk", flat=True))
    bulk = entries(pks)
    assert len(bulk) == len(pks)
    # … and the full-text index finds them (on SQLite it is rebuilt once at the end of the build).
    for page in (english.first(), hebrew.first()):
        word = tokens(page.title)[-1]
        assert list(PublicationPage.objects.filter(pk=page.pk).search(word)) == [page]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry_fts_docsize")
            assert cursor.fetchone()[0] == IndexEntry.objects.count()
    IndexEntry.objects.filter(object_id__in=[str(pk) for pk in pks]).delete()
    call_command("update_index", verbosity=0)
    assert entries(pks) == bulk


def test_load_demo_style_publications_stay_short_and_english(site):
    pks = add_synthetic_publications(5, log=lambda line: None)
    assert PublicationPage.objects.filter(pk__in=pks, locale=site.locale.en).count() == 5
    assert not PublicationPage.objects.filter(locale=site.locale.he, pk__in=pks).exists()
