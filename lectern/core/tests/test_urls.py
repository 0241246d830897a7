"""Every kind of address a reader uses, in both languages."""

import pytest
from pytest_django.asserts import assertRedirects

from lectern.core.tests.helpers import elements, main

ENGLISH_PAGES = [
    ("/en/", "Institute for Policy Studies"),
    ("/en/publications/", "Publications"),
    ("/en/publications/insight/", "Insight"),
    ("/en/publications/insight/wages-and-growth/", "Wages and growth"),
    ("/en/publications/policy-papers/security-outlook/", "Security outlook"),
    ("/en/topics/", "Topics"),
    ("/en/topics/economy/", "Economy"),
    ("/en/topics/labour-market/", "Labour market"),
    ("/en/topics/minimum-wage/", "Minimum wage"),  # level 3, still a flat address
    ("/en/projects/", "Projects"),
    ("/en/projects/labour-futures/", "Labour futures"),
    ("/en/team/", "Team"),
    ("/en/team/dana-levi/", "Dana Levi"),
    ("/en/about/", "About us"),
    ("/en/about/history/", "History"),
    ("/en/contact/", "Contact"),
]

HEBREW_PAGES = [
    ("/he/", "המכון למחקרי מדיניות"),
    ("/he/publications/", "פרסומים"),
    ("/he/publications/insight/", "מבט"),
    ("/he/publications/insight/wages-and-growth/", "שכר וצמיחה"),
    ("/he/topics/", "נושאים"),
    ("/he/topics/economy/", "כלכלה"),
    ("/he/topics/minimum-wage/", "שכר מינימום"),
    ("/he/projects/", "פרויקטים"),
    ("/he/projects/labour-futures/", "עתיד העבודה"),
    ("/he/team/", "צוות"),
    ("/he/team/dana-levi/", "דנה לוי"),
    ("/he/about/", "אודות"),
    ("/he/contact/", "צור קשר"),
]


def h1(response):
    return elements(main(response), "h1")[0]["text"]


def test_root_redirects_to_english_by_default(client, site):
    response = client.get("/")
    assertRedirects(response, "/en/", fetch_redirect_response=False)
    assert "Accept-Language" in response["Vary"]


def test_root_redirects_to_hebrew_when_the_browser_prefers_it(he_client, site):
    assertRedirects(he_client.get("/"), "/he/", fetch_redirect_response=False)


def test_root_redirect_honours_quality_values(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr;q=1.0, he;q=0.8, en;q=0.5")
    assertRedirects(response, "/he/", fetch_redirect_response=False)


def test_root_redirects_to_english_for_an_unsupported_language(client, site):
    assertRedirects(client.get("/", HTTP_ACCEPT_LANGUAGE="fr"), "/en/", fetch_redirect_response=False)


def test_root_redirect_is_followed_to_the_home_page(he_client, site):
    response = he_client.get("/", follow=True)
    assert response.status_code == 200
    assert h1(response) == "המכון למחקרי מדיניות"


@pytest.mark.parametrize(("url", "heading"), ENGLISH_PAGES + HEBREW_PAGES)
def test_page_is_served_at_its_address(client, site, url, heading):
    response = client.get(url)
    assert response.status_code == 200
    assert h1(response) == heading


def test_page_urls_are_language_prefixed_and_topic_urls_flat(site):
    assert site.en.home.url == "/en/"
    assert site.he.home.url == "/he/"
    assert site.en.wages.url == "/en/publications/insight/wages-and-growth/"
    assert site.he.wages.url == "/he/publications/insight/wages-and-growth/"
    assert site.en.minimum_wage.url == "/en/topics/minimum-wage/"
    assert site.he.minimum_wage.url == "/he/topics/minimum-wage/"
    assert site.en.minimum_wage.get_url() == "/en/topics/minimum-wage/"
    assert site.en.history.url == "/en/about/history/"


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/",  # a draft
        "/en/team/draft-person/",  # a draft
        "/he/publications/insight/housing-costs/",  # English only
        "/en/topics/no-such-topic/",
        "/en/publications/insight/no-such-paper/",
    ],
)
def test_missing_unpublished_and_untranslated_pages_are_not_found(client, site, url):
    assert client.get(url).status_code == 404
