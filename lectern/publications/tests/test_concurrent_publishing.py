"""Two editors publish at the same moment changes that move the same kept counts in opposite
directions: one publication from year A to year B, another from B to A.

Each publish runs in its own process (as under gunicorn's workers) against one real database
(``SharedDatabase``, as the concurrent registration test uses it). Both processes save their page
and then pause before changing the counts, so their count changes overlap. Changed in different
orders, the counts would deadlock on PostgreSQL (one publish failing after its page was saved);
deleted at 0, a count could lose the other publish's increment. Both publishes must succeed and
leave the rows and counts a rebuild from scratch makes.
"""

from wagtail.models import Collection, Page, Site

import pytest

from lectern.core.tests.builders import build_site, locales
from lectern.events.tests.test_concurrent_registration import SharedDatabase, at_once
from lectern.publications.models import PublicationPage
from lectern.publications.tests.test_listing_rows import assert_in_step

pytestmark = pytest.mark.django_db(transaction=True)

# One publish of a new publication date, when the parent says "go"; prints "published".
PUBLISH = """
import sys, time

import django

django.setup()
from django.db import connection

from lectern.publications import listing
from lectern.publications.models import PublicationPage

add_to_counts = listing.add_to_counts


def add_after_a_pause(delta):
    time.sleep(0.5)  # the other publish has saved its page too and changes the same counts
    return add_to_counts(delta)


listing.add_to_counts = add_after_a_pause
connection.ensure_connection()
print("ready", flush=True)
sys.stdin.readline()  # "go"
page = PublicationPage.objects.get(pk=int(sys.argv[1]))
page.publication_date = page.publication_date.replace(year=int(sys.argv[2]))
page.save_revision().publish()
print("published", flush=True)
"""


def publish_at_once(database, changes):
    results = at_once(database, PUBLISH, [(str(pk), str(year)) for pk, year in changes])
    return [line for line, _code in results], [code for _line, code in results]


def a_fresh_database():
    """What Wagtail's migrations make (the root collection, a root page, a welcome page, the default
    site), for ``build_site``: a transactional test run before this one may have emptied every table."""
    en, _he = locales()
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=en))
    if not Site.objects.filter(is_default_site=True).exists():
        welcome = root.add_child(instance=Page(title="Welcome", slug="welcome", locale=en))
        Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)


def test_crossing_publishes_both_land_and_the_counts_stay_in_step(tmp_path):
    a_fresh_database()
    build_site()
    first, second = PublicationPage.objects.live().filter(locale__language_code="en").order_by("pk")[:2]
    if first.publication_date.year == second.publication_date.year:
        second.publication_date = second.publication_date.replace(year=first.publication_date.year - 1)
        second.save_revision().publish()
    years = first.publication_date.year, second.publication_date.year

    answers, codes = publish_at_once(SharedDatabase(tmp_path), [(first.pk, years[1]), (second.pk, years[0])])

    assert answers == ["published", "published"] and codes == [0, 0]
    dates = PublicationPage.objects.in_bulk([first.pk, second.pk])
    assert (dates[first.pk].publication_date.year, dates[second.pk].publication_date.year) == years[::-1]
    assert_in_step()
