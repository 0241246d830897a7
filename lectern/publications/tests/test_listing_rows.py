"""The listings' narrow rows and kept counts (``lectern.publications.listing``) follow every change
an editor makes: the next request shows it, and the rows are always what a rebuild from scratch
makes."""

import datetime

from django.test import RequestFactory

from wagtail.models import Locale

import pytest

from lectern.core.tests.builders import add_page
from lectern.core.tests.helpers import card_titles, main
from lectern.publications import listing
from lectern.publications.facets import (
    ArchiveFilterForm,
    archive_counts,
    archive_total,
    facet_counts,
    filtered,
    labelled,
    selection_for,
)
from lectern.publications.models import PublicationAuthor, PublicationPage
from lectern.publications.tests.test_archive_filters import count, facet


def snapshot():
    return (
        sorted(listing.ListingEntry.objects.values_list("page_id", "locale_id", "series_key", "date", "year")),
        sorted(
            listing.ListingTopic.objects.values_list(
                "page_id", "topic_key", "direct", "locale_id", "series_key", "date", "year"
            )
        ),
        sorted(listing.ListingAuthor.objects.values_list("page_id", "person_key", "locale_id", "date")),
        sorted(
            listing.FacetCount.objects.filter(n__gt=0).values_list("locale_id", "filter", "key", "facet", "value", "n")
        ),
    )


def assert_in_step():
    """The rows kept change by change are those a rebuild makes from the publications."""
    kept = snapshot()
    listing.rebuild()
    assert snapshot() == kept


def titles(client, url):
    return card_titles(main(client.get(url)))


def test_the_test_site_has_its_rows(site):
    assert listing.ListingEntry.objects.count() == 7  # 4 English, 3 Hebrew publications
    assert_in_step()


def test_a_published_publication_is_listed_and_counted_at_once(client, site):
    assert count(client.get("/en/topics/economy/")) == 3
    page = PublicationPage(
        title="Ports and trade", slug="ports", summary="On ports.", number=5, publication_date=datetime.date(2025, 6, 1)
    )
    page.authors.add(PublicationAuthor(person=site.en.amir, sort_order=0))
    page.topics = [site.en.minimum_wage]
    add_page(site.en.papers, page, live=False)
    assert "Ports and trade" not in titles(client, "/en/publications/")  # a draft is not listed
    page.save_revision().publish()
    assert titles(client, "/en/publications/")[0] == "Ports and trade"
    response = client.get("/en/publications/")
    assert count(response) == 5
    assert facet(response, "Year")["2025"] == (1, False)
    assert facet(response, "Series")["Policy Papers"] == (2, False)
    assert facet(response, "Author")["Amir Cohen"] == (3, False)
    # A topic's page lists its sub-topics' publications: minimum wage is under labour, under economy.
    for topic in ("economy", "labour-market", "minimum-wage"):
        assert titles(client, f"/en/topics/{topic}/")[0] == "Ports and trade"
    assert count(client.get("/en/topics/economy/")) == 4
    assert titles(client, "/en/")[0] == "Ports and trade"  # the home page's latest
    assert_in_step()


def test_unpublish_and_delete_take_it_out_of_every_listing_and_count(client, site):
    site.en.minimum_pub.unpublish()
    response = client.get("/en/publications/")
    assert "Minimum wage effects" not in card_titles(main(response))
    assert count(response) == 3
    assert facet(response, "Year")["2023"] == (1, False)
    assert facet(response, "Author")["Dana Levi"] == (1, False)
    assert "Minimum wage effects" not in titles(client, "/en/topics/labour-market/")
    assert "Minimum wage effects" not in titles(client, "/en/")
    assert_in_step()

    site.en.housing_pub.delete()
    response = client.get("/en/publications/insight/")
    assert card_titles(main(response)) == ["Wages and growth"]
    assert count(client.get("/en/topics/economy/")) == 1
    assert_in_step()

    site.en.papers.delete()  # a series with its publication
    response = client.get("/en/publications/")
    assert count(response) == 1 and "Policy Papers" not in facet(response, "Series")
    assert_in_step()


def test_an_edit_shows_once_published_not_while_a_draft(client, site):
    wages = site.en.wages
    wages.topics = [site.en.housing]
    wages.publication_date = datetime.date(2021, 2, 2)
    wages.save_revision()  # a draft: the listings keep the published version
    assert "Wages and growth" in titles(client, "/en/topics/security/")
    assert facet(client.get("/en/publications/"), "Year") == {"2024": (2, False), "2023": (2, False)}

    wages = site.en.wages
    wages.topics = [site.en.housing]
    wages.publication_date = datetime.date(2021, 2, 2)
    wages.authors = [author for author in wages.authors.all() if author.person_id != site.en.dana.pk]
    wages.save_revision().publish()
    assert "Wages and growth" not in titles(client, "/en/topics/security/")
    assert "Wages and growth" in titles(client, "/en/topics/housing/")
    response = client.get("/en/publications/")
    assert card_titles(main(response))[-1] == "Wages and growth"  # now the oldest
    assert facet(response, "Year") == {"2024": (1, False), "2023": (2, False), "2021": (1, False)}
    assert facet(response, "Author")["Dana Levi"] == (1, False)
    assert facet(client.get("/en/publications/?year=2021"), "Topic") == {"Housing": (1, False)}
    assert_in_step()


def test_a_moved_publication_is_listed_in_its_new_series(client, site):
    site.en.housing_pub.move(site.en.papers, pos="last-child")
    assert "Housing costs" in titles(client, "/en/publications/policy-papers/")
    assert "Housing costs" not in titles(client, "/en/publications/insight/")
    assert facet(client.get("/en/publications/"), "Series") == {"Insight": (2, False), "Policy Papers": (2, False)}
    assert facet(client.get("/en/topics/housing/"), "Series") == {"Policy Papers": (1, False)}
    assert_in_step()


def test_a_moved_or_deleted_topic_takes_its_publications_along(client, site):
    site.en.minimum_wage.move(site.en.security, pos="last-child")
    assert "Minimum wage effects" in titles(client, "/en/topics/security/")
    assert "Minimum wage effects" not in titles(client, "/en/topics/economy/")
    assert_in_step()

    site.en.security.delete()  # with minimum wage below it; Wages and growth keeps labour
    assert count(client.get("/en/topics/economy/")) == 2
    topics = facet(client.get("/en/publications/"), "Topic")
    assert "Security" not in topics and "Minimum wage" not in topics
    assert_in_step()


def test_a_deleted_person_leaves_the_author_counts(client, site):
    site.en.amir.delete()
    assert "Amir Cohen" not in facet(client.get("/en/publications/"), "Author")
    assert_in_step()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?series=insight",
        "?topic=economy",
        "?year=2024",
        "?topic=economy&year=2024",
        "?series=insight&author=dana-levi",
        "?from=2023-06-01",
        "?language=he&topic=labour-market",
    ],
)
def test_kept_and_live_counts_agree_with_the_publications(client, site, query):
    """Each facet's counts equal a count over the publications themselves (the former way),
    whether read from the kept counts (no filter or one) or counted over the narrow rows."""
    request = RequestFactory().get(f"/en/publications/{query}")
    locale = site.locale.en
    form = ArchiveFilterForm(request.GET or None, locale=locale)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    chosen = data.get("language") or locale
    publications = PublicationPage.objects.live().filter(locale=chosen)
    facets = ["series", "topic", "author", "year"]
    selection = selection_for(data, chosen, [])
    counts = archive_counts(selection, facets, Locale.objects.values_list("pk", flat=True))

    def by_label(facets):
        return {name: {label: (n, selected) for _value, label, n, selected in options} for name, _l, options in facets}

    assert by_label(labelled(counts, facets, data, chosen)) == by_label(facet_counts(publications, data, chosen, ()))
    assert archive_total(selection) == filtered(publications, data).count()
    response = client.get(f"/en/publications/{query}")
    assert count(response) == filtered(publications, data).count()


def test_rebuild_listings_command_makes_the_rows_again(client, site):
    """After a bulk import that wrote pages without saving them (or to repair the rows)."""
    import io

    from django.core.management import call_command

    listing.ListingEntry.objects.all().delete()
    listing.FacetCount.objects.all().delete()
    assert count(client.get("/en/publications/")) == 0
    output = io.StringIO()
    call_command("rebuild_listings", stdout=output)
    assert "for 7 publications" in output.getvalue()
    assert count(client.get("/en/publications/")) == 4
    assert_in_step()


def test_publications_written_in_bulk_are_listed(client, site):
    """The demo's and the benchmark's bulk writer saves no page: it makes the rows at its end."""
    from lectern.demo.bulk import add_synthetic_publications

    before = count(client.get("/en/publications/"))
    add_synthetic_publications(5, log=lambda line: None)
    assert count(client.get("/en/publications/")) == before + 5
    assert_in_step()
