"""The number of database queries a page needs must not grow with its content.

Each test measures a page on the small test site, then adds many items (30 publications,
each by 3 people and about 3 topics, with their own lead images; more authors, topics and
related picks on the publication itself; more people, featured items, expertise and team
members) and measures again: the counts must be the same.

"cold" is the first request after ``cache.clear()`` (menus, institute details, site root
paths and home addresses are rebuilt); "warm" is the next request. Image renditions are
made on a warm-up request first, as they are once in production.

Counts measured (SQLite, Wagtail 8.0.1), identical with few and with many items:

    page                                            cold  warm
    /en/                       home                   35    18
    /he/                       home                   37    18
    /en/publications/          all publications       34    15
    /en/publications/insight/  series                 33    14
    /en/topics/economy/        topic (3 levels)       35    16
    /he/topics/economy/        topic                  38    17
    /en/team/                  team                   31    12
    /en/team/dana-levi/        person                 34    18
    /en/projects/labour-futures/  project             38    19
    /en/publications/insight/wages-and-growth/        35    17
    /he/publications/insight/wages-and-growth/        41    21

The next-event block (``lectern.events``) on the home and publication pages is counted in these
numbers: 2 queries with a cold cache (page view restrictions, the next event), none warm, as it is
cached until the event ends (``lectern/events/tests/test_query_counts.py`` counts the event pages).

Before the fixes made with this suite, the publication page needed one more query per
author and about four more per editor-picked related publication, and the home page about
five more per featured publication.

A person's page lists their latest media appearances and podcast episodes (``lectern.media``,
``lectern.podcast``): one query each, and one each for page view restrictions, whatever their
number (it needed 30 and 14 before).

``BUDGETS`` holds these numbers: a change that adds a query to a page fails here and must
either be justified (raise the budget) or fixed.
"""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lectern.core.tests.builders import (
    add_many_publications,
    add_page,
    fast_builds,
    make_image,
    make_publication,
    translate,
)
from lectern.core.tests.helpers import card_titles, main
from lectern.home.models import FeaturedItem
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationAuthor, RelatedPublication
from lectern.topics.models import TopicPage

BUDGETS = {
    # The home's latest: their keys from the listings' narrow rows, then the cards.
    "/en/": (35, 18),
    "/he/": (37, 18),
    # Archive listings read their facets' kept counts (no filter, or one series, topic or year:
    # two queries, ``lectern.publications.listing``) or count them over the narrow rows, then name
    # them in one query; warm, the facets come from the cache until the next publish. The number
    # of publications (one query), then a page's keys and its cards.
    "/en/publications/": (34, 15),
    "/en/publications/insight/": (33, 14),
    "/en/topics/economy/": (35, 16),
    "/he/topics/economy/": (38, 17),
    "/en/team/": (31, 12),
    "/en/team/dana-levi/": (35, 19),  # with media appearances and podcast episodes; keyed listing
    "/en/projects/labour-futures/": (38, 19),
    # The formatted citations are read from the database (one query, warm too: ``StoredReferences``).
    "/en/publications/insight/wages-and-growth/": (35, 17),
    "/he/publications/insight/wages-and-growth/": (41, 21),
}


def measure(client, url):
    """(cold, warm) query counts of ``url``."""
    assert client.get(url).status_code == 200  # warm-up: image renditions are made once
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def prepare(site):
    """The small site, with one of everything the large one has many of."""
    with fast_builds():
        FeaturedItem.objects.create(home=site.en.home, page=site.en.wages, sort_order=1)
        FeaturedItem.objects.create(home=site.he.home, page=site.en.wages, sort_order=0)
        housing = site.en.housing_pub
        housing.lead_image = make_image("Housing", alt="Houses")
        housing.save()
        he_minimum = site.he.minimum_pub
        he_minimum.lead_image = make_image("Minimum", alt="Coins")
        he_minimum.save()
        RelatedPublication.objects.create(page=site.he.wages, publication=site.en.minimum_pub, sort_order=0)


def grow(site):
    """Many publications, people, topics, authors, picks…"""
    with fast_builds():
        team = site.en.team
        newcomers = [
            add_page(
                team, PersonPage(title=f"Person {i}", slug=f"person-{i}", role="Fellow", photo=make_image(alt=f"P{i}"))
            )
            for i in range(8)
        ]
        topics = [add_page(site.en.economy, TopicPage(title=f"Topic {i}", slug=f"topic-{i}")) for i in range(4)]
        people = [site.en.dana, site.en.amir, newcomers[0]]
        bulk = add_many_publications(
            site.en.insight,
            count=30,
            people=people,
            topics=[site.en.labour, site.en.minimum_wage, topics[0]],
            projects=[site.en.project],
            start=10,
            images=True,
        )
        for page in bulk[-12:]:
            translate(page, site.locale.he, title=f"מאמר {page.number}")
        # The publication itself: 6 authors, 6 topics, 3 picks (English) / 3 picks (Hebrew).
        wages = site.en.wages
        for position, person in enumerate(newcomers[1:4], start=3):
            PublicationAuthor.objects.create(publication=wages, person=person, sort_order=position)
        wages.topics.add(*topics[:4])
        wages.save()
        for position, page in enumerate(bulk[-2:], start=1):
            RelatedPublication.objects.create(page=wages, publication=page, sort_order=position)
            RelatedPublication.objects.create(page=site.he.wages, publication=page, sort_order=position)
        # Home: four featured items (the most allowed).
        for position, page in enumerate(bulk[-2:], start=2):
            FeaturedItem.objects.create(home=site.en.home, page=page, sort_order=position)
        for position, page in enumerate(bulk[-3:], start=1):
            FeaturedItem.objects.create(home=site.he.home, page=page, sort_order=position)
        # A person with more expertise, a project with a larger team.
        dana = site.en.dana
        dana.expertise.add(*topics)
        dana.save()
        project = site.en.project
        project.team.add(*newcomers)
        project.save()
    return bulk


@pytest.mark.parametrize("url", list(BUDGETS))
def test_queries_do_not_grow_with_content(url, client, site, django_assert_max_num_queries):
    prepare(site)
    few_cold, few_warm = measure(client, url)

    grow(site)
    assert client.get(url).status_code == 200  # renditions of the new images
    cache.clear()
    with django_assert_max_num_queries(few_cold, info=f"{url}, cold, many items") as cold:
        response = client.get(url)
    with django_assert_max_num_queries(few_warm, info=f"{url}, warm, many items") as warm:
        client.get(url)

    assert (len(cold), len(warm)) == (few_cold, few_warm)
    budget_cold, budget_warm = BUDGETS[url]
    assert few_cold <= budget_cold, f"{url}: {few_cold} queries cold, budget {budget_cold}"
    assert few_warm <= budget_warm, f"{url}: {few_warm} queries warm, budget {budget_warm}"

    # The large site really is on the page.
    if url in {"/en/publications/", "/en/publications/insight/", "/en/topics/economy/", "/en/team/dana-levi/"}:
        assert len(card_titles(main(response))) == 12
    if url in {"/he/topics/economy/", "/en/projects/labour-futures/"}:
        assert len(card_titles(main(response))) == 12
    if url == "/en/team/":
        assert main(response).count("card--person") == 10


def test_publication_page_with_many_authors_and_topics_shows_them_all(client, site):
    grow(site)
    markup = main(client.get("/en/publications/insight/wages-and-growth/"))
    assert markup.count('href="/en/team/person-') == 3
    assert markup.count('href="/en/topics/topic-') == 4


def test_a_new_publication_adds_no_query_to_a_listing(client, site, django_assert_num_queries):
    """The smallest step: one more publication on a page of a listing."""
    url = "/en/publications/insight/"
    before = measure(client, url)
    make_publication(site.en.insight, "One more", number=50, authors=[site.en.dana, "Guest"], topics=[site.en.security])
    client.get(url)
    cache.clear()
    with django_assert_num_queries(before[0]):
        client.get(url)
