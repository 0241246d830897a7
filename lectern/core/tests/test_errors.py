"""Bad addresses and bad input: a helpful 404 in the reader's language, never a server error."""

import re

from django.test import RequestFactory

import pytest

from lectern.core import views
from lectern.core.pagination import ListingPageNotFound, paginate
from lectern.core.tests.helpers import HEBREW, elements, html, link_to, main, text

LISTINGS = [
    "/en/publications/",
    "/en/publications/insight/",
    "/en/topics/economy/",
    "/en/team/dana-levi/",
    "/en/projects/labour-futures/",
]
HEBREW_LISTINGS = ["/he/publications/", "/he/publications/insight/", "/he/topics/economy/", "/he/team/dana-levi/"]


def notice(response):
    found = [p["text"] for p in elements(main(response), "p") if p["attrs"].get("class") == "notice"]
    return found[0] if found else None


def test_unknown_english_address_gives_english_404(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    page = html(response)
    assert re.search(r'<html lang="en" dir="ltr"', page)
    assert elements(main(response), "h1")[0]["text"] == "Page not found"
    assert link_to(main(response), "Go to the home page") == "/en/"
    assert notice(response) is None
    # The usual header and footer, so the reader can go on from here.
    assert "Institute for Policy Studies" in text(page)


def test_unknown_hebrew_address_gives_hebrew_404(client, site):
    response = client.get("/he/no-such-page/")
    assert response.status_code == 404
    assert re.search(r'<html lang="he" dir="rtl"', html(response))
    assert HEBREW.search(elements(main(response), "h1")[0]["text"])
    for paragraph in elements(main(response), "p") + elements(main(response), "a"):
        assert HEBREW.search(paragraph["text"]), paragraph
    home_links = [a["attrs"]["href"] for a in elements(main(response), "a")]
    assert home_links == ["/he/"]
    assert "המכון למחקרי מדיניות" in text(html(response))


def test_404_under_a_real_section_is_still_a_404(client, site):
    assert client.get("/en/publications/insight/wages-and-growth/extra/").status_code == 404


@pytest.mark.parametrize("url", LISTINGS)
def test_non_numeric_page_is_a_404_that_says_why(client, site, url):
    response = client.get(url, {"page": "abc"})
    assert response.status_code == 404
    assert notice(response) == "“abc” is not a page number."


@pytest.mark.parametrize("url", LISTINGS)
def test_page_beyond_the_last_is_a_404_that_says_why(client, site, url):
    response = client.get(url, {"page": "999"})
    assert response.status_code == 404
    assert notice(response) == "There is no page 999: this list has 1 page(s)."


@pytest.mark.parametrize("value", ["0", "-1", "", "1.5", "9" * 40])
def test_other_bad_page_numbers_are_404s(client, site, value):
    response = client.get("/en/publications/", {"page": value})
    assert response.status_code == 404
    assert notice(response)


@pytest.mark.parametrize("url", HEBREW_LISTINGS)
@pytest.mark.parametrize(("value", "quoted"), [("abc", "abc"), ("999", "999")])
def test_bad_page_number_on_a_hebrew_listing_gives_the_hebrew_404(client, site, url, value, quoted):
    response = client.get(url, {"page": value})
    assert response.status_code == 404
    assert re.search(r'<html lang="he" dir="rtl"', html(response))
    message = notice(response)
    assert quoted in message
    assert HEBREW.search(message)


def test_a_long_bad_page_value_is_cut_in_the_message(client, site):
    response = client.get("/en/publications/", {"page": "x" * 500})
    assert response.status_code == 404
    assert notice(response) == f"“{'x' * 20}” is not a page number."


def test_page_one_of_an_empty_listing_is_fine(client, site):
    response = client.get("/en/publications/policy-papers/", {"page": "1"})
    assert response.status_code == 200


def test_paginate_returns_the_requested_page():
    request = RequestFactory().get("/", {"page": "3"})
    page = paginate(request, list(range(30)), per_page=12)
    assert list(page) == list(range(24, 30))
    assert page.paginator.num_pages == 3


def test_paginate_defaults_to_the_first_page():
    page = paginate(RequestFactory().get("/"), list(range(30)), per_page=12)
    assert page.number == 1
    assert len(page) == 12


def test_paginate_rejects_a_page_that_does_not_exist():
    with pytest.raises(ListingPageNotFound, match="There is no page 4: this list has 3 page"):
        paginate(RequestFactory().get("/", {"page": "4"}), list(range(30)), per_page=12)


def test_server_error_page_needs_no_database_and_speaks_both_languages():
    # No db fixture: any database access here would fail the test.
    response = views.server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    page = response.content.decode()
    assert 'href="/en/"' in page
    assert 'href="/he/"' in page
    assert HEBREW.search(page)
