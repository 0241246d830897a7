"""Google Scholar's citation_* tags on publication pages."""

import datetime

from lectern.core.tests.builders import make_publication

from .helpers import HOUSING_EN, WAGES_EN, WAGES_HE, meta_tags, meta_values

HOST = "http://testserver"


def citations(response):
    return [(name, content) for name, content in meta_tags(response) if name.startswith("citation_")]


def test_report_tags(client, site):
    assert citations(client.get(WAGES_EN)) == [
        ("citation_title", "Wages and growth"),
        ("citation_author", "Dana Levi"),
        ("citation_author", "Guest Writer"),
        ("citation_author", "Amir Cohen"),
        ("citation_publication_date", "2024/03/05"),
        ("citation_technical_report_institution", "Institute for Policy Studies"),
        ("citation_technical_report_number", "Insight No. 1"),
        ("citation_language", "en"),
        ("citation_abstract_html_url", f"{HOST}{WAGES_EN}"),
        ("citation_pdf_url", f"{HOST}{site.document.pdf.url}"),
    ]


def test_pdf_url_is_absolute_and_served(client, site):
    [pdf_url] = meta_values(client.get(WAGES_EN), "citation_pdf_url")
    assert pdf_url.startswith(f"{HOST}/documents/")
    assert client.get(pdf_url.removeprefix(HOST)).status_code == 200


def test_hebrew_tags(client, site):
    tags = citations(client.get(WAGES_HE))
    assert [content for name, content in tags if name == "citation_author"] == ["דנה לוי", "Guest Writer", "אמיר כהן"]
    assert ("citation_title", "שכר וצמיחה") in tags
    assert ("citation_technical_report_institution", "המכון למחקרי מדיניות") in tags
    assert ("citation_technical_report_number", "מבט מס׳ 1") in tags
    assert ("citation_language", "he") in tags


def test_author_order_follows_the_editor(client, site):
    from lectern.publications.models import PublicationAuthor

    for author in PublicationAuthor.objects.filter(publication=site.en.wages):
        author.sort_order = {"Dana Levi": 2, "Amir Cohen": 0}.get(author.display_name, 1)
        author.save()
    assert meta_values(client.get(WAGES_EN), "citation_author") == ["Amir Cohen", "Guest Writer", "Dana Levi"]


def test_no_pdf_no_pdf_url(client, site):
    tags = dict(citations(client.get(HOUSING_EN)))
    assert "citation_pdf_url" not in tags
    assert tags["citation_publication_date"] == "2024/01/10"
    assert tags["citation_technical_report_number"] == "Insight No. 2"


def test_publication_without_number_has_no_report_number(client, site):
    make_publication(site.en.insight, "Unnumbered", authors=["A. Guest"], date=datetime.date(2024, 12, 31))
    tags = dict(citations(client.get("/en/publications/insight/unnumbered/")))
    assert tags["citation_publication_date"] == "2024/12/31"
    assert "citation_technical_report_number" not in tags
    assert tags["citation_technical_report_institution"] == "Institute for Policy Studies"


def test_journal_article_tags(client, site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    make_publication(
        journal, "Journal article", volume=12, issue=3, authors=["A. Guest"], date=datetime.date(2024, 2, 1)
    )
    tags = citations(client.get("/en/publications/policy-papers/journal-article/"))
    assert ("citation_journal_title", "Policy Papers") in tags
    assert ("citation_volume", "12") in tags
    assert ("citation_issue", "3") in tags
    assert ("citation_publisher", "Institute for Policy Studies") in tags
    assert not [name for name, _content in tags if name.startswith("citation_technical_report")]


def test_only_publications_have_citation_tags(client, site):
    for url in ["/en/", "/en/publications/", "/en/publications/insight/", "/en/team/dana-levi/"]:
        assert citations(client.get(url)) == [], url
