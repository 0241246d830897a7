"""The page cache (lectern/core/page_cache.py): anonymous readers get kept pages, and every
change an editor publishes shows on the very next request, on every page that shows it."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from lectern.core.tests.helpers import html
from lectern.navigation.models import Menu

WAGES = "/en/publications/insight/wages-and-growth/"
# Every kind of page that shows a publication or its authors.
SHOWING_WAGES = [
    WAGES,
    "/en/",
    "/en/publications/",
    "/en/publications/insight/",
    "/en/topics/security/",
    "/en/team/dana-levi/",
    "/en/feeds/publications.rss",
]


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CDN_MAX_AGE = 0


def queries(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return response, len(captured)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_an_anonymous_reader_gets_the_kept_page_without_a_query(client, site):
    first, cold = queries(client, WAGES)
    again, warm = queries(client, WAGES)
    assert first.status_code == again.status_code == 200
    assert cold > 0 and warm == 0
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert "public" in again["Cache-Control"] and "max-age=0" in again["Cache-Control"]
    assert "s-maxage" not in again["Cache-Control"]  # no CDN purge configured: a CDN revalidates
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]  # headers of every answer


def test_a_reader_holding_the_page_gets_a_304(client, site):
    etag = client.get(WAGES)["ETag"]
    response = client.get(WAGES, headers={"if-none-match": etag})
    assert response.status_code == 304 and response.content == b""
    assert client.get(WAGES, headers={"if-none-match": '"other"'}).status_code == 200


def test_a_cdn_may_hold_pages_when_told_how_long(client, site, settings):
    settings.CDN_MAX_AGE = 300
    assert "s-maxage=300" in client.get(WAGES)["Cache-Control"]


def test_languages_and_queries_are_kept_apart(client, site):
    english, hebrew = client.get("/en/"), client.get("/he/")
    assert english.content != hebrew.content
    assert client.get("/he/")["Content-Language"] == "he"
    page_two = client.get("/en/publications/?series=insight")
    assert client.get("/en/publications/?series=insight").content == page_two.content
    assert client.get("/en/publications/").content != page_two.content


@pytest.mark.parametrize("url", SHOWING_WAGES)
def test_a_published_title_shows_on_the_next_request_everywhere(client, site, url):
    assert "Wages and growth" in client.get(url).content.decode()
    publish(site.en.wages, title="Wages, prices and growth")
    fresh = client.get(url).content.decode()
    assert "Wages, prices and growth" in fresh


def test_an_unpublished_page_is_gone_on_the_next_request(client, site):
    for url in (WAGES, "/en/publications/insight/", "/sitemap-publications.xml"):
        assert WAGES in client.get(url).content.decode()
    site.en.wages.unpublish()
    assert client.get(WAGES).status_code == 404
    assert WAGES not in client.get("/en/publications/insight/").content.decode()
    assert WAGES not in client.get("/sitemap-publications.xml").content.decode()


def test_a_moved_page_is_listed_in_its_new_place_on_the_next_request(client, site):
    papers = "/en/publications/policy-papers/"
    assert "wages-and-growth" not in client.get(papers).content.decode()
    client.get(WAGES)
    site.en.wages.move(site.en.papers, pos="last-child")
    moved = "/en/publications/policy-papers/wages-and-growth/"
    assert client.get(WAGES)["Location"] == moved  # Wagtail's redirect from the old address
    assert moved in client.get(papers).content.decode()


def test_a_deleted_page_is_gone_on_the_next_request(client, site):
    assert "housing-costs" in client.get("/en/publications/insight/").content.decode()
    site.en.housing_pub.delete()
    assert "housing-costs" not in client.get("/en/publications/insight/").content.decode()


def test_a_renamed_author_shows_on_their_publications_on_the_next_request(client, site):
    assert "Dana Levi" in client.get(WAGES).content.decode()
    publish(site.en.dana, title="Dana Levi-Ashkenazi")
    assert "Dana Levi-Ashkenazi" in client.get(WAGES).content.decode()


def test_a_renamed_topic_shows_on_its_publications_on_the_next_request(client, site):
    client.get("/en/publications/insight/minimum-wage-effects/")
    publish(site.en.minimum_wage, title="Wage floors")
    assert "Wage floors" in client.get("/en/publications/insight/minimum-wage-effects/").content.decode()


def test_a_menu_edit_shows_on_every_kept_page_on_the_next_request(client, site):
    client.get(WAGES)
    menu = Menu.objects.get(pk=site.pk("en.header"))
    menu.items = []
    menu.save()
    assert 'aria-label="Main"' not in client.get(WAGES).content.decode()
    assert "<nav" in client.get(WAGES).content.decode()  # the page itself is still whole


def test_an_editor_always_gets_a_fresh_page(client, site, django_user_model):
    client.get(WAGES)
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    response, count = queries(client, WAGES)
    assert count > 0 and "ETag" not in response
    client.logout()
    _, count = queries(client, WAGES)
    assert count == 0


def test_pages_with_a_form_token_are_never_kept(site):
    reader = Client()
    first = reader.get("/en/contact/")
    assert 'name="csrfmiddlewaretoken"' in html(first)
    assert "csrftoken" in first.cookies
    _, count = queries(Client(), "/en/contact/")
    assert count > 0


def test_a_private_page_is_never_kept(client, site):
    PageViewRestriction.objects.create(page=site.en.insight, restriction_type="password", password="secret")
    first = client.get("/en/publications/insight/")
    assert "password" in first.content.decode().lower()
    _, count = queries(client, "/en/publications/insight/")
    assert count > 0
    _, count = queries(client, WAGES)  # below the private page too
    assert count > 0


def test_a_reader_with_messages_waiting_reaches_the_page(client, site):
    client.get(WAGES)
    client.cookies["messages"] = "anything"
    _, count = queries(client, WAGES)
    assert count > 0


@pytest.mark.parametrize("url", ["/en/no-such-page/", "/en/publications/?page=999", "/", "/admin/login/"])
def test_errors_redirects_and_the_admin_are_never_kept(client, site, url):
    first = client.get(url)
    _, count = queries(client, url)
    assert count > 0 or first.status_code in (301, 302)
    assert "ETag" not in client.get(url)


def test_a_listing_page_number_and_the_sitemap_are_kept(client, site):
    # The canonical address of a later listing page once read the CSRF token while looking for
    # the paginator, which set a cookie and kept every ?page= address out of the cache.
    for url in ("/en/publications/?page=1", "/sitemap.xml", "/sitemap-publications.xml"):
        first = client.get(url)
        assert first.status_code == 200 and not first.cookies, url
        _, count = queries(client, url)
        assert count == 0, url


def test_addresses_without_a_language_are_kept_per_browser_language(site):
    english, hebrew = Client(headers={"accept-language": "en"}), Client(headers={"accept-language": "he"})
    assert english.get("/sitemap.xml")["Content-Language"] == "en"
    assert hebrew.get("/sitemap.xml")["Content-Language"] == "he"
    assert hebrew.get("/sitemap.xml")["Content-Language"] == "he"  # kept, and kept apart
    assert english.get("/sitemap.xml")["Content-Language"] == "en"


def test_the_root_redirect_follows_each_reader_s_language(site):
    assert Client(headers={"accept-language": "he"}).get("/")["Location"] == "/he/"
    assert Client(headers={"accept-language": "en"}).get("/")["Location"] == "/en/"


def test_posts_always_reach_the_view(client, site):
    client.get("/en/newsletter/subscribe/")
    response = client.post("/en/newsletter/subscribe/", {"email": "not-an-address", "language": "en"})
    assert response.status_code in (400, 404)


def test_the_cache_can_be_turned_off(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(WAGES)
    response, count = queries(client, WAGES)
    assert count > 0 and "ETag" not in response
