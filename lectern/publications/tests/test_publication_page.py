"""A publication as a reader sees it, in English and in Hebrew."""

import datetime
import re

from wagtail_footnotes.models import Footnote

from lectern.core.tests.builders import make_publication, paragraph
from lectern.core.tests.helpers import card_titles, elements, html, link_to, main, text
from lectern.publications.models import PublicationAuthor, RelatedPublication

WAGES_EN = "/en/publications/insight/wages-and-growth/"
WAGES_HE = "/he/publications/insight/wages-and-growth/"


def meta(response):
    return text(re.search(r'<p class="pub-meta">.*?</p>', main(response), re.S).group(0))


def authors(response):
    markup = re.search(r'<ul class="authors".*?</ul>', main(response), re.S).group(0)
    result = []
    for item in re.findall(r"<li>(.*?)</li>", markup, re.S):
        anchors = elements(item, "a")
        result.append((text(item), anchors[0]["attrs"]["href"] if anchors else None))
    return result


def facts(response):
    return re.search(r'<dl class="publication__facts">.*?</dl>', main(response), re.S).group(0)


def test_shows_series_number_and_date_in_english(client, site):
    response = client.get(WAGES_EN)
    assert meta(response) == "Insight No. 1 · March 5, 2024"
    assert '<time datetime="2024-03-05">' in main(response)


def test_shows_the_date_with_the_hebrew_month_name(client, site):
    response = client.get(WAGES_HE)
    line = meta(response)
    assert line.startswith("מבט ")
    assert "5 במרץ 2024" in line
    assert re.search(r"\b1\b", line)  # the number…
    assert "No." not in line  # …in Hebrew words


def test_journal_issue_shows_volume_and_issue(client, site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    make_publication(journal, "Journal article", volume=12, issue=3, date=datetime.date(2024, 2, 1))
    assert meta(client.get("/en/publications/policy-papers/journal-article/")) == (
        "Policy Papers Vol. 12, No. 3 · Feb. 1, 2024"
    )


def test_authors_in_order_linking_to_profiles_and_guests_as_text(client, site):
    assert authors(client.get(WAGES_EN)) == [
        ("Dana Levi", "/en/team/dana-levi/"),
        ("Guest Writer", None),
        ("Amir Cohen", "/en/team/amir-cohen/"),
    ]


def test_author_order_follows_the_editor(client, site):
    for author in PublicationAuthor.objects.filter(publication=site.en.wages):
        author.sort_order = {"Dana Levi": 2, "Amir Cohen": 0}.get(author.display_name, 1)
        author.save()
    assert [name for name, _href in authors(client.get(WAGES_EN))] == ["Amir Cohen", "Guest Writer", "Dana Levi"]


def test_hebrew_publication_links_authors_to_their_hebrew_profiles(client, site):
    assert authors(client.get(WAGES_HE)) == [
        ("דנה לוי", "/he/team/dana-levi/"),
        ("Guest Writer", None),
        ("אמיר כהן", "/he/team/amir-cohen/"),
    ]


def test_topics_and_series_are_linked(client, site):
    dl = facts(client.get(WAGES_EN))
    assert link_to(dl, "Insight") == "/en/publications/insight/"
    assert link_to(dl, "Labour market") == "/en/topics/labour-market/"
    assert link_to(dl, "Security") == "/en/topics/security/"
    he = facts(client.get(WAGES_HE))
    assert link_to(he, "מבט") == "/he/publications/insight/"
    assert link_to(he, "שוק העבודה") == "/he/topics/labour-market/"


def test_unpublished_topic_is_not_listed(client, site):
    site.en.security.unpublish()
    assert "Security" not in text(facts(client.get(WAGES_EN)))


def test_lead_image_with_alt_text_caption_and_credit(client, site):
    body = main(client.get(WAGES_EN))
    figure = re.search(r'<figure class="figure figure--lead">.*?</figure>', body, re.S).group(0)
    [img] = elements(figure, "img")
    assert img["attrs"]["alt"] == "Cranes at the port"
    assert "srcset" in img["attrs"]
    assert text(re.search(r"<figcaption>.*?</figcaption>", figure, re.S).group(0)) == "The port at dawn Photo: Noa Bar"
    assert '<span class="credit">Photo: Noa Bar</span>' in figure


def test_hebrew_caption_with_the_image_credit(client, site):
    figure = re.search(r"<figcaption>.*?</figcaption>", main(client.get(WAGES_HE)), re.S).group(0)
    assert text(figure) == "הנמל עם שחר Photo: Noa Bar"


def test_no_lead_image_no_figure(client, site):
    assert "figure--lead" not in main(client.get("/en/publications/insight/housing-costs/"))


def test_lettered_list_is_an_ordered_list_of_type_a(client, site):
    body = main(client.get(WAGES_EN))
    lists = re.findall(r"<ol[^>]*>", body)
    assert '<ol class="list list--lettered" type="a">' in lists


def test_numbered_and_bulleted_lists(client, site):
    page = site.en.housing_pub
    page.body = [
        ("list", {"style": "numbered", "items": ["<p>one</p>", "<p>two</p>"]}),
        ("list", {"style": "bulleted", "items": ["<p>dot</p>"]}),
    ]
    page.save_revision().publish()
    body = main(client.get("/en/publications/insight/housing-costs/"))
    assert '<ol class="list list--numbered">' in body
    assert 'type="a"' not in body
    assert '<ul class="list list--bulleted">' in body


def test_footnotes_are_numbered_linked_and_listed(client, site):
    body = main(client.get(WAGES_EN))
    # References in the text (in a paragraph and in a list item) link to the notes…
    assert '<a href="#footnote-1" id="footnote-source-1-1"><sup>[1]</sup></a>' in body
    assert '<a href="#footnote-2" id="footnote-source-2-1"><sup>[2]</sup></a>' in body
    assert "<footnote" not in body
    # …and the notes link back.
    notes = re.search(r'<div class="footnotes" id="footnotes">.*?</ol>', body, re.S).group(0)
    items = [li for li in elements(notes, "li")]
    assert [li["attrs"]["id"] for li in items] == ["footnote-1", "footnote-2"]
    assert [li["text"] for li in items] == ["↩ Central Bureau of Statistics, 2023.", "↩ Bank of Israel survey."]
    assert 'href="#footnote-source-1-1"' in notes


def test_footnote_referenced_twice_links_back_to_both_places(client, site):
    page = site.en.housing_pub
    note = "0f4c1a56-6a7e-4b4f-9a55-000000000001"
    Footnote.objects.create(page=page, uuid=note, text="<p>Same source.</p>")
    page.body = [paragraph(f'<p>A<footnote id="{note}">[1]</footnote> and B<footnote id="{note}">[1]</footnote>.</p>')]
    page.save_revision().publish()
    body = main(client.get("/en/publications/insight/housing-costs/"))
    assert 'id="footnote-source-1-1"' in body
    assert 'id="footnote-source-1-2"' in body
    assert 'href="#footnote-source-1-2"' in body


def test_page_without_footnotes_has_no_footnote_list(client, site):
    assert 'id="footnotes"' not in main(client.get("/en/publications/insight/housing-costs/"))


def test_disclaimer_falls_back_to_the_series_default(client, site):
    assert "The views expressed are the authors' own." in text(main(client.get(WAGES_EN)))
    assert "הדעות המובעות הן של המחברים בלבד." in text(main(client.get(WAGES_HE)))


def test_own_disclaimer_replaces_the_series_default(client, site):
    body = text(main(client.get("/en/publications/insight/minimum-wage-effects/")))
    assert "This paper has its own disclaimer." in body
    assert "The views expressed" not in body


def test_no_disclaimer_when_neither_page_nor_series_has_one(client, site):
    assert "publication__disclaimer" not in main(client.get("/en/publications/policy-papers/security-outlook/"))


def test_pdf_download_link_when_a_pdf_is_set(client, site):
    body = main(client.get(WAGES_EN))
    [download] = [a for a in elements(body, "a") if "download" in a["attrs"]]
    assert download["attrs"]["href"] == site.document.pdf.url
    assert download["text"].startswith("Download PDF")
    assert "(1.0 KB)" in text(body)  # the file size
    # The document itself is served.
    response = client.get(download["attrs"]["href"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_without_an_uploaded_pdf_the_link_is_to_the_generated_pdf(client, site):
    from lectern.publications import pdf

    markup = main(client.get("/en/publications/insight/housing-costs/"))
    assert "/documents/" not in markup
    # Made from the content (test_pdf.py); no link where WeasyPrint cannot run.
    assert ('href="/en/publications/insight/housing-costs/pdf/"' in markup) == pdf.available()


def related(response):
    section = re.search(r'<section class="related".*?</section>', main(response), re.S)
    return card_titles(section.group(0)) if section else []


def test_related_publications_picked_by_the_editor_come_first(client, site):
    # "Wages and growth" shares topics with "Security outlook", but the editor picked "Housing costs".
    assert related(client.get(WAGES_EN)) == ["Housing costs"]


def test_related_publications_default_to_shared_topics(client, site):
    make_publication(site.en.papers, "Labour and security", topics=[site.en.labour, site.en.security], number=2)
    # Most shared topics first, then the newest.
    assert related(client.get("/en/publications/policy-papers/labour-and-security/")) == [
        "Wages and growth",
        "Security outlook",
    ]


def test_related_publications_without_topics_come_from_the_series(client, site):
    make_publication(site.en.insight, "No topics", number=4)
    assert related(client.get("/en/publications/insight/no-topics/")) == [
        "Wages and growth",
        "Housing costs",
        "Minimum wage effects",
    ]


def test_related_publications_stay_in_the_page_language(client, site):
    titles = related(client.get(WAGES_HE))
    assert titles == ["תחזית ביטחונית"]


def test_related_picks_show_the_translation_in_the_page_language(client, site):
    RelatedPublication.objects.create(page=site.he.wages, publication=site.en.minimum_pub, sort_order=0)
    assert related(client.get(WAGES_HE)) == ["השפעות שכר המינימום"]


def test_unpublished_related_pick_is_left_out(client, site):
    RelatedPublication.objects.create(page=site.en.wages, publication=site.en.minimum_pub, sort_order=1)
    site.en.housing_pub.unpublish()
    assert related(client.get(WAGES_EN)) == ["Minimum wage effects"]


def test_related_section_links_to_all_publications(client, site):
    section = re.search(r'<section class="related".*?</section>', main(client.get(WAGES_HE)), re.S).group(0)
    assert elements(section, "a")[-1]["attrs"]["href"] == "/he/publications/"


def test_breadcrumb_home_publications_series_title(client, site):
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', main(client.get(WAGES_EN)), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(crumbs, "a")] == [
        ("Home", "/en/"),
        ("Publications", "/en/publications/"),
        ("Insight", "/en/publications/insight/"),
    ]
    assert text(crumbs) == "Home Publications Insight Wages and growth"
    assert '<span aria-current="page">Wages and growth</span>' in crumbs


def test_hebrew_breadcrumb(client, site):
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', main(client.get(WAGES_HE)), re.S).group(0)
    assert [a["attrs"]["href"] for a in elements(crumbs, "a")] == [
        "/he/",
        "/he/publications/",
        "/he/publications/insight/",
    ]
    assert text(crumbs).endswith("פרסומים מבט שכר וצמיחה")


def test_title_summary_and_search_description(client, site):
    response = client.get(WAGES_EN)
    page = html(response)
    assert "<title>Wages and growth | IPS</title>" in page
    assert '<meta name="description" content="Wages in Israel, 2024.">' in page
    assert "Summary of Wages and growth." in text(main(response))


def test_draft_changes_are_not_shown_until_published(client, site):
    page = site.en.wages
    page.title = "Wages and growth (revised)"
    page.save_revision()
    assert "revised" not in html(client.get(WAGES_EN))
    page.get_latest_revision().publish()
    assert "Wages and growth (revised)" in text(main(client.get(WAGES_EN)))


def test_a_listed_publication_names_only_its_own_authors(site):
    """After a listing prefetched several publications' authors, each one's author list and
    searchable text hold its own authors only (a prefetched relation narrowed again used to
    return every author in the archive)."""
    from lectern.publications.models import PublicationPage, prefetch_for_listing

    wages, housing = PublicationPage.objects.filter(pk__in=[site.en.wages.pk, site.en.housing_pub.pk]).order_by("pk")
    housing.authors.add(PublicationAuthor(name="Only Housing", sort_order=0))
    housing.save()
    prefetch_for_listing([wages, housing])

    assert [author.display_name for author in wages.author_list()] == ["Dana Levi", "Guest Writer", "Amir Cohen"]
    assert "Only Housing" not in wages.search_extra()
    assert "Guest Writer" not in housing.search_extra()
