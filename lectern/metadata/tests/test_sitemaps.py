"""sitemap.xml (an index of paginated sections, with hreflang alternates) and robots.txt."""

import xml.etree.ElementTree as ET

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from lectern.core.tests.builders import add_many_publications, fast_builds, translate
from lectern.metadata.meta import absolute_url
from lectern.metadata.sitemaps import Addresses, LecternSitemap

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own sitemap)


def index(client):
    root = parse(client.get("/sitemap.xml"))
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]


def entries(client, url):
    """{location: {hreflang: href}} of one sitemap page."""
    root = parse(client.get(url))
    assert root.tag == f"{{{NS['sm']}}}urlset"
    result = {}
    for entry in root.findall("sm:url", NS):
        location = entry.find("sm:loc", NS).text
        assert location not in result, f"{location} listed twice"
        result[location] = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
        assert all(link.get("rel") == "alternate" for link in entry.findall("xhtml:link", NS))
    return result


def everything(client):
    """Every entry of every sitemap page the index lists."""
    found = {}
    for url in index(client):
        page = entries(client, url.removeprefix(HOST))
        assert not set(page) & set(found)
        found.update(page)
    return found


def test_index_lists_the_sections_at_the_root(client, site):
    assert index(client) == [f"{HOST}/sitemap-pages.xml", f"{HOST}/sitemap-publications.xml"]


def test_sitemap_lives_outside_the_language_prefixes(client, site):
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_pages_section_lists_every_live_page_in_both_languages_but_no_publication(client, site):
    pages = entries(client, "/sitemap-pages.xml")
    assert f"{HOST}/en/" in pages
    assert f"{HOST}/he/" in pages
    assert f"{HOST}/en/team/dana-levi/" in pages
    assert f"{HOST}/he/team/dana-levi/" in pages
    assert f"{HOST}/en/about/history/" in pages
    # Drafts are not listed, nor are publications (their own section).
    assert f"{HOST}/en/events/" not in pages
    assert f"{HOST}/en/team/draft-person/" not in pages
    assert not [url for url in pages if "/wages-and-growth/" in url]


def test_publications_section_lists_every_publication_in_both_languages(client, site):
    publications = entries(client, "/sitemap-publications.xml")
    assert set(publications) == {
        f"{HOST}/en/publications/insight/wages-and-growth/",
        f"{HOST}/he/publications/insight/wages-and-growth/",
        f"{HOST}/en/publications/insight/housing-costs/",
        f"{HOST}/en/publications/insight/minimum-wage-effects/",
        f"{HOST}/he/publications/insight/minimum-wage-effects/",
        f"{HOST}/en/publications/policy-papers/security-outlook/",
        f"{HOST}/he/publications/policy-papers/security-outlook/",
    }


def test_translated_pages_name_every_language_version_including_their_own(client, site):
    publications = entries(client, "/sitemap-publications.xml")
    both = {
        "en": f"{HOST}/en/publications/insight/wages-and-growth/",
        "he": f"{HOST}/he/publications/insight/wages-and-growth/",
    }
    assert publications[both["en"]] == both
    assert publications[both["he"]] == both
    pages = entries(client, "/sitemap-pages.xml")
    assert pages[f"{HOST}/he/"] == {"en": f"{HOST}/en/", "he": f"{HOST}/he/"}


def test_pages_in_one_language_have_no_alternates(client, site):
    assert entries(client, "/sitemap-publications.xml")[f"{HOST}/en/publications/insight/housing-costs/"] == {}
    assert entries(client, "/sitemap-pages.xml")[f"{HOST}/en/about/history/"] == {}


def test_an_unpublished_translation_is_no_alternate(client, site):
    site.he.wages.unpublish()
    publications = entries(client, "/sitemap-publications.xml")
    assert f"{HOST}/he/publications/insight/wages-and-growth/" not in publications
    assert publications[f"{HOST}/en/publications/insight/wages-and-growth/"] == {}


def test_private_sections_are_left_out(client, site):
    PageViewRestriction.objects.create(page=site.en.about, restriction_type=PageViewRestriction.LOGIN)
    pages = entries(client, "/sitemap-pages.xml")
    assert f"{HOST}/en/about/" not in pages
    assert f"{HOST}/en/about/history/" not in pages
    # The Hebrew "About" is public: listed, without its private English version as an alternate.
    assert pages[f"{HOST}/he/about/"] == {}


def test_lastmod_is_the_last_publication(client, site):
    page = site.en.housing_pub
    page.save_revision().publish()
    page.refresh_from_db()
    root = parse(client.get("/sitemap-publications.xml"))
    lastmods = {entry.find("sm:loc", NS).text: entry.find("sm:lastmod", NS) for entry in root.findall("sm:url", NS)}
    published = timezone.localtime(page.last_published_at).date().isoformat()  # the institute's day
    assert lastmods[f"{HOST}/en/publications/insight/housing-costs/"].text == published


def test_sections_are_split_into_pages_listed_by_the_index(client, site, monkeypatch):
    monkeypatch.setattr(LecternSitemap, "limit", 2)
    urls = index(client)
    assert f"{HOST}/sitemap-publications.xml" in urls
    assert f"{HOST}/sitemap-publications.xml?p=2" in urls
    assert f"{HOST}/sitemap-publications.xml?p=4" in urls  # 7 publications, 2 a page
    assert f"{HOST}/sitemap-publications.xml?p=5" not in urls
    assert len(entries(client, "/sitemap-publications.xml?p=4")) == 1
    assert client.get("/sitemap-publications.xml?p=5").status_code == 404
    assert client.get("/sitemap-publications.xml?p=x").status_code == 404
    # Together the pages list every page of the site once.
    monkeypatch.setattr(LecternSitemap, "limit", 1000)
    unsplit = {**entries(client, "/sitemap-pages.xml"), **entries(client, "/sitemap-publications.xml")}
    monkeypatch.setattr(LecternSitemap, "limit", 2)
    assert everything(client) == unsplit


def test_publications_are_listed_newest_first(client, site):
    publications = list(entries(client, "/sitemap-publications.xml"))
    assert {url.split("/")[-2] for url in publications[:2]} == {"wages-and-growth"}  # 2024-03-05, both languages
    assert publications[-1].endswith("/security-outlook/")  # 2023-06-01


def count_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        response = client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    assert response.status_code == 200
    return len(cold), len(warm)


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-publications.xml", "/sitemap-pages.xml"])
def test_queries_do_not_grow_with_the_archive(url, client, site, monkeypatch):
    monkeypatch.setattr(LecternSitemap, "limit", 20)
    few = count_queries(client, url)
    with fast_builds():
        bulk = add_many_publications(
            site.en.insight, count=45, people=[site.en.dana, site.en.amir], topics=[site.en.labour], start=10
        )
        for page in bulk[::2]:
            translate(page, site.locale.he, title=f"מאמר {page.number}")
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries with 7 publications, {many} with 75"
    if url == "/sitemap-publications.xml":
        assert len(entries(client, url)) == 20  # a full page
        assert len(entries(client, f"{url}?p=4")) == 15
        assert count_queries(client, f"{url}?p=4") == few


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    # Search results are endless combinations of the same pages: crawlers follow the sitemap instead.
    assert "Disallow: /en/search/" in lines and "Disallow: /he/search/" in lines
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the site itself stays open


def wagtails_addresses(request, pages):
    """Each page's absolute address as Wagtail makes it, one page at a time (the sitemap's former way)."""
    return {page.url_path: absolute_url(request, page.get_url(request)) for page in pages}


@pytest.mark.parametrize("language", ["en", "he"])
def test_addresses_made_in_bulk_equal_wagtails_own(rf, site, language):
    pages = list(Page.objects.filter(depth__gte=2))
    assert {page.locale.language_code for page in pages} == {"en", "he"}
    request = rf.get("/sitemap-pages.xml")
    with translation.override(language):
        expected = wagtails_addresses(request, pages)
        addresses = Addresses(request)
        assert {page.url_path: addresses(page.url_path) for page in pages} == expected
    assert expected[site.he.wages.url_path] == f"{HOST}/he/publications/insight/wages-and-growth/"


def test_addresses_made_in_bulk_equal_wagtails_own_with_two_sites(rf, site):
    """A second site (its own host) on a section of the first: its pages belong to both."""
    Site.objects.create(hostname="research.example.org", port=443, root_page=site.en.about)
    pages = list(Page.objects.filter(depth__gte=2))
    for host in ("testserver", "research.example.org"):
        request = rf.get("/sitemap-pages.xml", HTTP_HOST=host)
        expected = wagtails_addresses(request, pages)
        addresses = Addresses(request)
        assert {page.url_path: addresses(page.url_path) for page in pages} == expected
    # Served at the second site's host, a page of the first site only is given with that site's own root.
    assert expected[site.en.topics.url_path] == f"{Site.objects.get(is_default_site=True).root_url}/en/topics/"


def test_sitemap_pages_show_wagtails_addresses(client, site, rf):
    """The whole sitemap, both sections: every address and alternate is one Wagtail gives its page."""
    request = rf.get("/")
    known = set(wagtails_addresses(request, Page.objects.live().filter(depth__gte=2)).values())
    listed = everything(client)
    assert set(listed) <= known
    assert {href for alternates in listed.values() for href in alternates.values()} <= known
