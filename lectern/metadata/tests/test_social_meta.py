"""Open Graph and Twitter card tags and the canonical address, on every kind of page, in both languages."""

import pytest

from lectern.core.tests.builders import add_many_publications

from .helpers import HOUSING_EN, WAGES_EN, WAGES_HE, canonical, meta_tags, meta_values, og

HOST = "http://testserver"


@pytest.mark.parametrize(
    ("url", "title", "site_name", "locale", "alternate"),
    [
        ("/en/", "Institute for Policy Studies", "Institute for Policy Studies", "en_US", "he_IL"),
        ("/he/", "המכון למחקרי מדיניות", "המכון למחקרי מדיניות", "he_IL", "en_US"),
        ("/en/publications/", "Publications", "Institute for Policy Studies", "en_US", "he_IL"),
        ("/he/publications/", "פרסומים", "המכון למחקרי מדיניות", "he_IL", "en_US"),
        (WAGES_EN, "Wages and growth", "Institute for Policy Studies", "en_US", "he_IL"),
        (WAGES_HE, "שכר וצמיחה", "המכון למחקרי מדיניות", "he_IL", "en_US"),
        ("/en/team/dana-levi/", "Dana Levi", "Institute for Policy Studies", "en_US", "he_IL"),
        ("/he/team/dana-levi/", "דנה לוי", "המכון למחקרי מדיניות", "he_IL", "en_US"),
    ],
)
def test_every_page_says_what_it_is_in_its_language(client, site, url, title, site_name, locale, alternate):
    response = client.get(url)
    tags = og(response)
    assert tags["og:title"] == title
    assert tags["og:url"] == f"{HOST}{url}"
    assert canonical(response) == f"{HOST}{url}"
    assert tags["og:site_name"] == site_name
    assert tags["og:locale"] == locale
    assert meta_values(response, "og:locale:alternate") == [alternate]
    assert tags["twitter:card"] in {"summary", "summary_large_image"}
    # A description when the page has one (the publication index of the test site has none).
    assert ("og:description" in tags) == ("/publications/" not in url or "/insight/" in url)


def test_home_page(client, site):
    tags = og(client.get("/en/"))
    assert tags["og:type"] == "website"
    assert tags["og:description"] == "Independent research since 1990."
    assert tags["twitter:card"] == "summary"
    assert "og:image" not in tags


def test_listing_takes_its_introduction_and_keeps_its_page_number(client, site):
    index = site.en.publications
    index.intro = "Everything we published."
    index.save_revision().publish()
    assert og(client.get("/en/publications/"))["og:description"] == "Everything we published."
    add_many_publications(site.en.insight, count=12, people=[site.en.dana], topics=[], start=10)
    second = client.get("/en/publications/?page=2&utm_source=x")
    assert canonical(second) == f"{HOST}/en/publications/?page=2"
    assert og(second)["og:url"] == f"{HOST}/en/publications/?page=2"
    # The first page is the listing's own address; other pages ignore ?page=.
    assert canonical(client.get("/en/publications/?page=1")) == f"{HOST}/en/publications/"
    assert canonical(client.get(f"{WAGES_EN}?page=2")) == f"{HOST}{WAGES_EN}"


def test_publication_is_an_article_with_its_lead_image(client, site):
    response = client.get(WAGES_EN)
    tags = og(response)
    assert tags["og:type"] == "article"
    assert tags["og:description"] == "Wages in Israel, 2024."  # the search description first
    assert tags["og:image"].startswith(f"{HOST}/media/images/")
    assert ".width-1200." in tags["og:image"]
    assert tags["og:image:alt"] == "Cranes at the port"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("16", "9")
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["article:published_time"] == "2024-03-05"
    assert tags["article:section"] == "Insight"
    assert meta_values(response, "article:tag") == ["Labour market", "Security"]


def test_the_shared_image_is_served(client, site):
    image_url = og(client.get(WAGES_EN))["og:image"]
    assert client.get(image_url.removeprefix(HOST)).status_code == 200


def test_hebrew_publication(client, site):
    response = client.get(WAGES_HE)
    tags = og(response)
    assert tags["og:type"] == "article"
    assert tags["article:section"] == "מבט"
    assert meta_values(response, "article:tag") == ["שוק העבודה", "ביטחון"]


def test_publication_without_image_or_description_uses_its_summary(client, site):
    response = client.get(HOUSING_EN)
    tags = og(response)
    assert tags["og:description"] == "Summary of Housing costs."
    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"
    # English only: no other locale.
    assert meta_values(response, "og:locale:alternate") == []


def test_long_descriptions_are_shortened(client, site):
    page = site.en.housing_pub
    page.summary = "word " * 200
    page.save_revision().publish()
    assert len(og(client.get(HOUSING_EN))["og:description"]) <= 300


def test_person_is_a_profile_with_a_square_photo(client, site):
    tags = og(client.get("/en/team/dana-levi/"))
    assert tags["og:type"] == "profile"
    assert tags["og:description"] == "Senior Research Fellow"
    assert ".fill-320x320." in tags["og:image"]
    assert tags["og:image"].startswith(HOST)
    assert tags["twitter:card"] == "summary"
    assert og(client.get("/he/team/dana-levi/"))["og:description"] == "עמיתת מחקר בכירה"


def test_person_without_photo(client, site):
    tags = og(client.get("/en/team/amir-cohen/"))
    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"


def test_seo_title_wins(client, site):
    page = site.en.housing_pub
    page.seo_title = "Housing costs in Israel"
    page.save_revision().publish()
    assert og(client.get(HOUSING_EN))["og:title"] == "Housing costs in Israel"


def test_values_are_escaped(client, site):
    page = site.en.housing_pub
    page.title = 'Rents "up" & <rising>'
    page.save_revision().publish()
    response = client.get(HOUSING_EN)
    assert og(response)["og:title"] == 'Rents "up" & <rising>'
    assert 'content="Rents &quot;up&quot; &amp; &lt;rising&gt;"' in response.content.decode()


def test_not_found_page_has_no_page_metadata(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert canonical(response) is None
    assert not [name for name, _content in meta_tags(response) if name.startswith("og:")]


def test_previews_render_and_a_page_without_address_shares_nothing(site, rf):
    from django.template import Context

    from lectern.metadata import meta
    from lectern.standardpages.models import StandardPage

    response = site.en.wages.make_preview_request()
    assert response.status_code == 200
    assert 'property="og:type" content="article"' in response.content.decode()
    # A new page, not yet in the tree (as in a preview before the first save), has no address.
    context = Context({"request": rf.get("/"), "page": StandardPage(title="Draft", slug="draft")})
    assert meta.social_meta(context) is None
    assert meta.structured_data(context) is None
