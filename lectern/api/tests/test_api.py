"""The read API at /api/v2/: pages (with the publication fields), images and documents."""

from wagtail.search.backends import get_search_backend

import pytest

from lectern.core.tests.builders import add_many_publications, translate

API = "/api/v2"


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(items):
    return {item["id"] for item in items}


# --- listings and details --------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_listing_answers_json(site, client, endpoint):
    data = get_json(client, f"{API}/{endpoint}/")
    assert data["meta"]["total_count"] > 0
    assert data["items"]


def test_pages_listing_has_the_default_fields(site, client):
    data = get_json(client, f"{API}/pages/?type=publications.PublicationPage&locale=en")
    wages = next(item for item in data["items"] if item["id"] == site.en.wages.pk)
    assert wages["title"] == "Wages and growth"
    assert wages["meta"]["type"] == "publications.PublicationPage"
    assert wages["meta"]["locale"] == "en"
    assert wages["meta"]["html_url"].endswith("/en/publications/insight/wages-and-growth/")
    assert wages["meta"]["detail_url"].endswith(f"/api/v2/pages/{site.en.wages.pk}/")


def test_image_detail(site, client):
    data = get_json(client, f"{API}/images/{site.image.lead.pk}/")
    assert data["title"] == "Port of Haifa"
    assert data["description"] == "Cranes at the port"  # the alt text
    assert data["credit"] == "Photo: Noa Bar"
    assert data["width"] == 16 and data["height"] == 9
    assert data["meta"]["download_url"]


def test_document_detail(site, client):
    data = get_json(client, f"{API}/documents/{site.document.pdf.pk}/")
    assert data["title"] == "Paper (PDF)"
    assert data["file_size"] == site.document.pdf.file_size
    assert data["meta"]["download_url"].endswith(site.document.pdf.url)


# --- the publication fields -------------------------------------------------------------------


def test_english_publication_detail(site, client):
    data = get_json(client, f"{API}/pages/{site.en.wages.pk}/")
    assert data["title"] == "Wages and growth"
    assert data["summary"] == "Summary of Wages and growth."
    assert data["language"] == "en"
    assert data["meta"]["locale"] == "en"
    assert data["series"]["id"] == site.en.insight.pk
    assert data["series"]["title"] == "Insight"
    assert data["series"]["slug"] == "insight"
    assert data["series"]["html_url"].endswith("/en/publications/insight/")
    assert (data["number"], data["volume"], data["issue"]) == (1, None, None)
    assert data["publication_date"] == "2024-03-05"
    # Authors in order; the guest has no profile.
    assert [author["name"] for author in data["authors"]] == ["Dana Levi", "Guest Writer", "Amir Cohen"]
    dana, guest, amir = data["authors"]
    assert dana["person"]["id"] == site.en.dana.pk
    assert dana["person"]["html_url"].endswith("/en/team/dana-levi/")
    assert dana["person"]["detail_url"].endswith(f"/api/v2/pages/{site.en.dana.pk}/")
    assert guest["person"] is None
    assert amir["person"]["id"] == site.en.amir.pk
    assert [(t["id"], t["title"], t["slug"]) for t in data["topics"]] == [
        (site.en.labour.pk, "Labour market", "labour-market"),
        (site.en.security.pk, "Security", "security"),
    ]
    assert data["lead_image"]["id"] == site.image.lead.pk
    assert data["lead_image"]["alt"] == "Cranes at the port"
    assert data["lead_image"]["caption"] == "The port at dawn"
    assert data["lead_image"]["credit"] == "Photo: Noa Bar"
    assert data["lead_image"]["rendition"]["url"].endswith(".width-1200.png")
    assert data["lead_image"]["rendition"]["width"] == 16
    assert data["pdf"]["id"] == site.document.pdf.pk
    assert data["pdf"]["url"].endswith(site.document.pdf.url)
    assert data["disclaimer"] == "The views expressed are the authors' own."
    assert [block["type"] for block in data["body"]] == ["paragraph", "heading", "list"]
    assert data["translations"] == [
        {
            "id": site.he.wages.pk,
            "title": "שכר וצמיחה",
            "slug": "wages-and-growth",
            "detail_url": f"http://localhost/api/v2/pages/{site.he.wages.pk}/",
            "html_url": "http://localhost/he/publications/insight/wages-and-growth/",
            "locale": "he",
        }
    ]


def test_hebrew_publication_detail_links_hebrew_pages(site, client):
    data = get_json(client, f"{API}/pages/{site.he.wages.pk}/")
    assert data["title"] == "שכר וצמיחה"
    assert data["summary"] == "תקציר."
    assert data["language"] == "he"
    assert data["meta"]["locale"] == "he"
    assert data["meta"]["html_url"].endswith("/he/publications/insight/wages-and-growth/")
    assert (data["series"]["id"], data["series"]["title"]) == (site.he.insight.pk, "מבט")
    assert (data["number"], data["publication_date"]) == (1, "2024-03-05")
    # The authors' and topics' Hebrew pages, whatever language the links were made in.
    assert [author["name"] for author in data["authors"]] == ["דנה לוי", "Guest Writer", "אמיר כהן"]
    assert [author["person"] and author["person"]["id"] for author in data["authors"]] == [
        site.he.dana.pk,
        None,
        site.he.amir.pk,
    ]
    assert data["authors"][0]["person"]["html_url"].endswith("/he/team/dana-levi/")
    assert [(t["id"], t["title"]) for t in data["topics"]] == [
        (site.he.labour.pk, "שוק העבודה"),
        (site.he.security.pk, "ביטחון"),
    ]
    assert data["topics"][0]["html_url"].endswith("/he/topics/labour-market/")
    assert data["lead_image"]["caption"] == "הנמל עם שחר"
    assert data["disclaimer"] == "הדעות המובעות הן של המחברים בלבד."
    assert [(t["id"], t["locale"]) for t in data["translations"]] == [(site.en.wages.pk, "en")]


def test_untranslated_topic_falls_back_to_its_own_language(site, client):
    # "Housing" exists in English only: a Hebrew publication about it links the English topic.
    he_housing_pub = translate(site.en.housing_pub, site.locale.he, title="עלויות דיור", summary="תקציר.")
    data = get_json(client, f"{API}/pages/{he_housing_pub.pk}/")
    assert [(t["id"], t["title"]) for t in data["topics"]] == [(site.en.housing.pk, "Housing")]
    assert [a["person"]["id"] for a in data["authors"]] == [site.he.amir.pk]


def test_untranslated_publication_has_no_translations(site, client):
    data = get_json(client, f"{API}/pages/{site.en.housing_pub.pk}/")
    assert data["translations"] == []


def test_publication_listing_with_chosen_fields(site, client):
    url = f"{API}/pages/?type=publications.PublicationPage&locale=he&fields=series,number,authors,topics,language"
    data = get_json(client, url)
    assert data["meta"]["total_count"] == 3
    by_id = {item["id"]: item for item in data["items"]}
    wages = by_id[site.he.wages.pk]
    assert wages["series"]["title"] == "מבט"
    assert wages["language"] == "he"
    assert [author["name"] for author in wages["authors"]] == ["דנה לוי", "Guest Writer", "אמיר כהן"]
    assert [t["title"] for t in wages["topics"]] == ["שוק העבודה", "ביטחון"]
    assert "body" not in wages
    assert by_id[site.he.security_pub.pk]["series"]["title"] == "ניירות מדיניות"


def test_listing_filters_and_orders_by_publication_fields(site, client):
    url = f"{API}/pages/?type=publications.PublicationPage&locale=en&series={site.en.insight.pk}&order=number"
    data = get_json(client, url)
    assert [item["id"] for item in data["items"]] == [
        site.en.wages.pk,
        site.en.housing_pub.pk,
        site.en.minimum_pub.pk,
    ]
    data = get_json(client, f"{API}/pages/?type=publications.PublicationPage&order=-publication_date&limit=1")
    assert data["items"][0]["id"] in {site.en.wages.pk, site.he.wages.pk}


def test_person_and_topic_fields(site, client):
    dana = get_json(client, f"{API}/pages/{site.he.dana.pk}/")
    assert dana["role"] == "עמיתת מחקר בכירה"
    assert dana["language"] == "he"
    assert dana["photo"]["id"] == site.image.photo.pk
    assert dana["photo"]["alt"] == "Dana Levi smiling"
    assert dana["photo"]["rendition"]["url"]
    assert [t["id"] for t in dana["expertise"]] == [site.he.economy.pk, site.he.labour.pk]
    assert [t["id"] for t in dana["translations"]] == [site.en.dana.pk]

    topic = get_json(client, f"{API}/pages/{site.en.economy.pk}/")
    assert topic["intro"] == ""
    assert topic["language"] == "en"
    assert [t["id"] for t in topic["translations"]] == [site.he.economy.pk]


# --- languages ----------------------------------------------------------------------------------


def test_locale_filter(site, client):
    hebrew = get_json(client, f"{API}/pages/?locale=he&limit=100")
    assert {item["meta"]["locale"] for item in hebrew["items"]} == {"he"}
    assert site.he.wages.pk in ids(hebrew["items"])
    assert site.en.wages.pk not in ids(hebrew["items"])
    english = get_json(client, f"{API}/pages/?locale=en&limit=100")
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    assert (
        hebrew["meta"]["total_count"] + english["meta"]["total_count"]
        == (get_json(client, f"{API}/pages/?limit=1")["meta"]["total_count"])
    )


def test_translation_of_filter(site, client):
    data = get_json(client, f"{API}/pages/?translation_of={site.en.wages.pk}")
    assert ids(data["items"]) == {site.he.wages.pk}


def test_unknown_locale_is_not_found(site, client):
    data = get_json(client, f"{API}/pages/?locale=fr", status=404)
    assert data["message"]


# --- what is not exposed; errors --------------------------------------------------------------------


def test_drafts_are_not_exposed(site, client):
    draft = site.en.draft_person
    get_json(client, f"{API}/pages/{draft.pk}/", status=404)
    get_json(client, f"{API}/pages/{site.en.events.pk}/", status=404)
    listed = get_json(client, f"{API}/pages/?type=people.PersonPage&limit=100")
    assert draft.pk not in ids(listed["items"])
    assert site.en.dana.pk in ids(listed["items"])


def test_unpublished_publication_disappears_and_draft_changes_stay_hidden(site, client):
    wages = site.en.wages
    wages.title = "Draft title"
    wages.save_revision()  # a draft of changes: the API shows the published version
    data = get_json(client, f"{API}/pages/{wages.pk}/")
    assert data["title"] == "Wages and growth"

    site.he.wages.unpublish()
    get_json(client, f"{API}/pages/{site.he.wages.pk}/", status=404)
    # …and the English page no longer lists it as a translation.
    assert get_json(client, f"{API}/pages/{wages.pk}/")["translations"] == []


def test_draft_author_profile_is_not_linked(site, client):
    pub = add_many_publications(
        site.en.papers, count=1, people=[site.en.draft_person], topics=[site.en.events.pk and site.en.economy]
    )[0]
    data = get_json(client, f"{API}/pages/{pub.pk}/")
    assert data["authors"] == [{"name": "Draft Person", "person": None}]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_unknown_id_is_a_json_404(site, client, endpoint):
    data = get_json(client, f"{API}/{endpoint}/987654/", status=404)
    assert data["message"]


def test_unknown_endpoint_is_a_json_404(site, client):
    assert get_json(client, f"{API}/nothing/here/", status=404)["message"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=abc", "limit must be a positive integer"),
        ("limit=-1", "limit must be a positive integer"),
        ("offset=x", "offset must be a positive integer"),
        ("limit=1000", "limit cannot be higher than"),
        ("order=nonsense", "cannot order by 'nonsense'"),
        ("fields=nonexistent", "unknown fields: nonexistent"),
        ("fields=title(", "fields error"),
        ("type=nonsense.Nothing", "type doesn't exist"),
        ("colour=red", "query parameter is not an operation or a recognised field: colour"),
        ("child_of=abc", "child_of must be a positive integer"),
        ("fields=title(id)", "'title' does not support nested fields"),
        ("type=publications.PublicationPage&number=abc", "'abc' is not a valid value for number"),
        ("type=publications.PublicationPage&publication_date=soon", "filter error"),
        ("type=publications.PublicationPage&topics=abc", "filter error"),
        ("type=publications.PublicationPage&series=abc", "'abc' is not a valid value for series"),
    ],
)
def test_bad_query_parameters_are_400_with_a_message(site, client, query, message):
    data = get_json(client, f"{API}/pages/?{query}", status=400)
    assert message in data["message"]


@pytest.mark.parametrize("query", ["limit=abc", "order=nonsense", "fields=nonexistent", "colour=red"])
@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_bad_query_parameters_on_images_and_documents(site, client, endpoint, query):
    data = get_json(client, f"{API}/{endpoint}/?{query}", status=400)
    assert data["message"]


# --- queries --------------------------------------------------------------------------------------

LISTING = f"{API}/pages/?type=publications.PublicationPage&fields=*&limit=100&child_of=%s"


def count_queries(client, django_assert_max_num_queries, url, budget):
    client.get(url)  # renditions made once, site root paths cached, as in production
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.json()


@pytest.mark.parametrize("language", ["en", "he"])
def test_listing_queries_do_not_grow_with_the_items(site, client, django_assert_max_num_queries, language):
    """A listing with every publication field, of a series with 10 and then 40 more publications
    (each by 3 people, one linked in the other language, about 3 topics, with a lead image):
    the same number of queries (see docs/api.md)."""
    people = [site.en.dana, site.en.amir, site.he.dana]
    topics = [site.en.labour, site.en.security, site.en.housing]
    series = site.en.papers if language == "en" else site.he.papers
    url = LISTING % series.pk
    add_many_publications(series, count=10, people=people, topics=topics, start=10, images=True)
    few, data = count_queries(client, django_assert_max_num_queries, url, 20)
    assert len(data["items"]) == 11  # with "Security outlook"
    add_many_publications(series, count=30, people=people, topics=topics, start=20, images=True)
    many, data = count_queries(client, django_assert_max_num_queries, url, 20)
    assert len(data["items"]) == 41
    bulk = [item for item in data["items"] if item["title"].startswith("Bulk")]
    assert len(bulk) == 40
    assert all(len(item["authors"]) == 3 and len(item["topics"]) == 3 and item["lead_image"] for item in bulk)
    print(f"{language}: {few} queries for 11 publications, {many} for 41")
    assert many == few


def test_detail_queries(site, client, django_assert_max_num_queries):
    count, _data = count_queries(client, django_assert_max_num_queries, f"{API}/pages/{site.he.wages.pk}/", 25)
    print(f"detail: {count} queries")


@pytest.mark.parametrize("language", ["en", "he"])
def test_find_by_address(site, client, language):
    page = getattr(site, language).wages
    response = client.get(f"{API}/pages/find/?html_path=/{language}/publications/insight/wages-and-growth/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{page.pk}/?")
    get_json(client, f"{API}/pages/find/?html_path=/{language}/no/such/page/", status=404)
    get_json(client, f"{API}/pages/find/?html_path=/en/events/", status=404)  # a draft


def test_search_and_type_listings(site, client):
    get_search_backend().add(site.en.wages)  # the test site is built without its search index
    found = get_json(client, f"{API}/pages/?search=wages&locale=en")
    assert site.en.wages.pk in ids(found["items"])
    topics = get_json(client, f"{API}/pages/?type=topics.TopicPage&locale=he&fields=intro,translations")
    assert ids(topics["items"]) == {
        site.he.economy.pk,
        site.he.labour.pk,
        site.he.minimum_wage.pk,
        site.he.security.pk,
    }
    images = get_json(client, f"{API}/images/?fields=description,credit")
    lead = next(item for item in images["items"] if item["id"] == site.image.lead.pk)
    assert (lead["description"], lead["credit"]) == ("Cranes at the port", "Photo: Noa Bar")
