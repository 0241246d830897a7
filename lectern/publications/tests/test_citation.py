"""Cite a publication: APA, Chicago and MLA references on the page, BibTeX, RIS and CSL-JSON downloads.

The downloads are read back with the tools reference managers use (bibtexparser, rispy, the CSL-JSON
schema) and their fields compared with the publication.
"""

import datetime
import json
import re

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from pylatexenc.latex2text import LatexNodes2Text

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import elements, main, text
from lectern.publications import citation
from lectern.publications.models import PublicationAuthor

WAGES_EN = "/en/publications/insight/wages-and-growth/"
WAGES_HE = "/he/publications/insight/wages-and-growth/"
SCHEMA = json.loads((citation.CSL_DIR / "csl-data.json").read_text())


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, response.content.decode("utf-8")


def parse_bibtex(source):
    library = bibtexparser.parse_string(
        source, append_middleware=[SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()]
    )
    assert not library.failed_blocks
    [entry] = library.entries
    return entry


def bib_authors(entry):
    """(family, given) of each author, LaTeX decoded (bibtexparser leaves name parts encoded)."""
    decode = LatexNodes2Text().latex_to_text
    return [(decode(" ".join(name.von + name.last)), decode(" ".join(name.first))) for name in entry["author"]]


def parse_csl_json(source):
    data = json.loads(source)
    jsonschema.Draft3Validator(SCHEMA).validate(data)  # the CSL-JSON schema is draft 3
    [item] = data
    return item


def cite_section(response):
    return re.search(r'<section class="cite".*?</section>', main(response), re.S).group(0)


def references(response):
    """{style label: reference text} of the page's Cite section."""
    section = cite_section(response)
    labels = [h3["text"] for h3 in elements(section, "h3")]
    texts = [text(p) for p in re.findall(r'<p class="cite__text".*?</p>', section, re.S)]
    return dict(zip(labels, texts, strict=False))


# --- the downloads ------------------------------------------------------------------------------


def test_bibtex_download_reads_back_with_every_field(client, site):
    response, source = download(client, f"{WAGES_EN}cite.bib")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="wages-and-growth.bib"'
    entry = parse_bibtex(source)
    assert entry.entry_type == "techreport"
    assert entry.key == "levi2024wages"
    assert entry["title"] == "Wages and growth"
    assert bib_authors(entry) == [("Levi", "Dana"), ("Writer", "Guest"), ("Cohen", "Amir")]
    assert entry["year"] == "2024"
    assert entry["date"] == "2024-03-05"
    assert entry["type"] == "Insight"  # the series
    assert entry["number"] == "1"
    assert entry["institution"] == "Institute for Policy Studies"
    assert entry["url"] == f"http://testserver{WAGES_EN}"
    assert entry["language"] == "en"


def test_hebrew_bibtex_download_is_in_hebrew(client, site):
    entry = parse_bibtex(download(client, f"{WAGES_HE}cite.bib")[1])
    assert entry["title"] == "שכר וצמיחה"
    assert bib_authors(entry) == [("לוי", "דנה"), ("Writer", "Guest"), ("כהן", "אמיר")]
    assert entry["type"] == "מבט"
    assert entry["institution"] == "המכון למחקרי מדיניות"
    assert entry["url"] == f"http://testserver{WAGES_HE}"
    assert entry["language"] == "he"
    assert entry["langid"] == "hebrew"
    assert re.fullmatch(r"[a-z0-9]+", entry.key)  # an ASCII key: lvy2024skhr


def test_bibtex_escapes_latex_special_characters(client, site):
    title = "Costs & benefits: 50% of {GDP} for $5 #1_a ~x \\ y"
    page = make_publication(site.en.insight, "Costs", slug="costs", number=9, authors=["Ben & Jerry"])
    page.title = title
    page.save()
    _response, source = download(client, "/en/publications/insight/costs/cite.bib")
    assert r"Costs \& benefits: 50\% of \{GDP\} for \$5 \#1\_a \textasciitilde{}x \textbackslash{} y" in source
    entry = parse_bibtex(source)
    assert entry["title"] == title  # decoded back to the very title
    assert bib_authors(entry) == [("Jerry", "Ben &")]
    item = citation.csl_item(page, authors=[], url="", language="en")
    assert r"title = {x\textasciicircum{}2}" in citation.bibtex({**item, "title": "x^2"})


def test_ris_download_reads_back_with_every_field(client, site):
    response, source = download(client, f"{WAGES_EN}cite.ris")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="wages-and-growth.ris"'
    assert source.startswith("TY  - RPRT\n")
    [record] = rispy.loads(source)
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == "Wages and growth"
    assert record["authors"] == ["Levi, Dana", "Writer, Guest", "Cohen, Amir"]
    assert record["year"] == "2024"
    assert record["date"] == "2024/03/05/"
    assert record["tertiary_title"] == record["type_of_work"] == "Insight"  # T3 series, M3 report type
    assert record["volume"] == "1"  # RIS's report number
    assert record["publisher"] == "Institute for Policy Studies"
    assert record["urls"] == [f"http://testserver{WAGES_EN}"]
    assert record["language"] == "en"


def test_hebrew_ris_download(client, site):
    [record] = rispy.loads(download(client, f"{WAGES_HE}cite.ris")[1])
    assert record["title"] == "שכר וצמיחה"
    assert record["authors"] == ["לוי, דנה", "Writer, Guest", "כהן, אמיר"]
    assert record["tertiary_title"] == "מבט"
    assert record["publisher"] == "המכון למחקרי מדיניות"
    assert record["language"] == "he"


def test_csl_json_download_is_valid_and_complete(client, site):
    response, source = download(client, f"{WAGES_EN}cite.json")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="wages-and-growth.json"'
    item = parse_csl_json(source)
    assert item["type"] == "report"
    assert item["title"] == "Wages and growth"
    assert item["author"] == [
        {"family": "Levi", "given": "Dana"},
        {"family": "Writer", "given": "Guest"},
        {"family": "Cohen", "given": "Amir"},
    ]
    assert item["issued"] == {"date-parts": [[2024, 3, 5]]}
    assert item["genre"] == "Insight"
    assert item["number"] == "1"
    assert item["publisher"] == "Institute for Policy Studies"
    assert item["URL"] == f"http://testserver{WAGES_EN}"
    assert item["language"] == "en"


def test_hebrew_csl_json_download(client, site):
    item = parse_csl_json(download(client, f"{WAGES_HE}cite.json")[1])
    assert item["title"] == "שכר וצמיחה"
    assert item["author"][0] == {"family": "לוי", "given": "דנה"}
    assert item["genre"] == "מבט"
    assert item["publisher"] == "המכון למחקרי מדיניות"
    assert item["language"] == "he"


def test_the_schema_rejects_a_broken_item():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft3Validator(SCHEMA).validate([{"id": "x", "type": "not-a-type"}])


def test_journal_article_with_volume_and_issue(client, site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    make_publication(journal, "Journal article", volume=12, issue=3, number=4, authors=[site.en.dana])
    url = "/en/publications/policy-papers/journal-article/"
    entry = parse_bibtex(download(client, f"{url}cite.bib")[1])
    assert entry.entry_type == "article"
    assert (entry["journal"], entry["volume"], entry["number"]) == ("Policy Papers", "12", "3")
    assert entry["publisher"] == "Institute for Policy Studies"
    [record] = rispy.loads(download(client, f"{url}cite.ris")[1])
    assert record["type_of_reference"] == "JOUR"
    assert (record["journal_name"], record["volume"], record["number"]) == ("Policy Papers", "12", "3")
    item = parse_csl_json(download(client, f"{url}cite.json")[1])
    assert item["type"] == "article-journal"
    assert (item["container-title"], item["volume"], item["issue"]) == ("Policy Papers", "12", "3")
    assert references(client.get(url))["APA"] == (
        f"Levi, D. (2024). Journal article. Policy Papers, 12(3). http://testserver{url}"
    )


def test_guest_and_single_name_authors(client, site):
    make_publication(
        site.en.papers,
        "Many hands",
        number=2,
        date=datetime.date(2025, 1, 2),
        authors=["Plato", "Ludwig van Beethoven", "Cohen, Amir", site.en.dana],
    )
    url = "/en/publications/policy-papers/many-hands/"
    item = parse_csl_json(download(client, f"{url}cite.json")[1])
    assert item["author"] == [
        {"literal": "Plato"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        {"family": "Cohen", "given": "Amir"},
        {"family": "Levi", "given": "Dana"},
    ]
    entry = parse_bibtex(download(client, f"{url}cite.bib")[1])
    assert bib_authors(entry) == [("Plato", ""), ("van Beethoven", "Ludwig"), ("Cohen", "Amir"), ("Levi", "Dana")]
    [record] = rispy.loads(download(client, f"{url}cite.ris")[1])
    assert record["authors"] == ["Plato", "van Beethoven, Ludwig", "Cohen, Amir", "Levi, Dana"]
    apa = references(client.get(url))["APA"]
    assert apa.startswith("Plato, van Beethoven, L., Cohen, A., & Levi, D. (2025).")


def test_an_organisation_stays_one_name_in_bibtex():
    item = {
        "id": "x",
        "type": "report",
        "title": "Annual report",
        "author": [{"literal": "Bank of Israel"}, {"family": "Levi", "given": "Dana"}],
        "issued": {"date-parts": [[2024, 1, 1]]},
        "language": "en",
    }
    source = citation.bibtex(item)
    assert "author = {{Bank of Israel} and Levi, Dana}" in source
    entry = parse_bibtex(source)
    assert bib_authors(entry) == [("Bank of Israel", ""), ("Levi", "Dana")]
    assert entry.key == "bank2024annual"


def test_publication_without_authors_or_number(client, site):
    page = make_publication(site.en.papers, "Anonymous", date=datetime.date(2022, 5, 1))
    item = parse_csl_json(download(client, "/en/publications/policy-papers/anonymous/cite.json")[1])
    assert "author" not in item
    assert "number" not in item
    entry = parse_bibtex(download(client, "/en/publications/policy-papers/anonymous/cite.bib")[1])
    assert "author" not in entry.fields_dict
    assert entry.key == "institute2022anonymous"
    assert "Anonymous" in references(client.get(page.url))["MLA"]


@pytest.mark.parametrize(
    "url",
    [
        f"{WAGES_EN}cite.pdf",
        f"{WAGES_EN}cite.bib/",
        f"{WAGES_EN}cite/",
        f"{WAGES_EN}unknown/",
        f"{WAGES_EN}cite.bib/more",
        "/en/publications/insight/cite.bib",  # a series
        "/en/publications/insight/no-such-paper/cite.bib",
    ],
)
def test_unknown_sub_routes_are_not_found(client, site, url):
    assert client.get(url).status_code == 404


def test_draft_publication_has_no_downloads(client, site):
    site.en.housing_pub.unpublish()
    assert client.get("/en/publications/insight/housing-costs/cite.bib").status_code == 404


# --- the formatted references -------------------------------------------------------------------


def test_english_references_in_apa_chicago_and_mla(client, site):
    refs = references(client.get(WAGES_EN))
    url = f"http://testserver{WAGES_EN}"
    assert refs == {
        "APA": f"Levi, D., Writer, G., & Cohen, A. (2024). Wages and growth (Insight No. 1). Institute for Policy Studies. {url}",
        "Chicago": (
            f"Levi, Dana, Guest Writer, and Amir Cohen. Wages and Growth. Insight No. 1. "
            f"Institute for Policy Studies, 2024. {url}."
        ),
        "MLA": f"Levi, Dana, et al. Wages and Growth. Insight no. 1, Institute for Policy Studies, 5 Mar. 2024, {url}.",
    }


def test_hebrew_references_use_hebrew_terms_and_names(client, site):
    refs = references(client.get(WAGES_HE))
    assert set(refs) == {"APA", "Chicago", "MLA"}
    for reference in refs.values():
        assert "שכר וצמיחה" in reference  # title
        assert "לוי" in reference  # first author
        assert "מבט" in reference  # series
        assert "מס׳ 1" in reference  # the number, with the Hebrew term
        assert "המכון למחקרי מדיניות" in reference
        assert f"http://testserver{WAGES_HE}" in reference
    assert refs["APA"].startswith("לוי, ד., Writer, G., & כהן, א. (2024).")  # Hebrew initials
    assert refs["Chicago"].startswith("לוי, דנה, Guest Writer,")  # full names
    assert "2024" in refs["Chicago"]
    assert "5 מרץ 2024" in refs["MLA"]  # the Hebrew month
    assert "ואחרים" in refs["MLA"]  # "et al."


def test_hebrew_terms_come_from_the_hebrew_locale():
    item = {
        "id": "x",
        "type": "report",
        "title": "Title",
        "author": [{"family": name, "given": "A"} for name in ("One", "Two", "Three")],
        "issued": {"date-parts": [[2024, 3, 5]]},
        "genre": "Insight",
        "number": "7",
    }
    english, hebrew = (citation.format_reference(item, "mla", language) for language in ("en", "he"))
    assert "Insight no. 7" in english
    assert "et al." in english
    assert "Insight מס׳ 7" in hebrew
    assert "ואחרים" in hebrew


def test_cite_section_on_english_and_hebrew_pages(client, site):
    for url, heading, language, direction in (
        (WAGES_EN, "Cite this publication", "en", "ltr"),
        (WAGES_HE, "ציטוט הפרסום", "he", "rtl"),
    ):
        section = cite_section(client.get(url))
        assert text(elements(section, "h2")[0]["text"]) == heading
        paragraphs = [p for p in elements(section, "p") if p["attrs"].get("class") == "cite__text"]
        assert [p["attrs"]["id"] for p in paragraphs] == ["cite-apa", "cite-chicago", "cite-mla"]
        assert {(p["attrs"]["lang"], p["attrs"]["dir"]) for p in paragraphs} == {(language, direction)}
        # The address keeps its direction inside a Hebrew reference.
        assert f'<bdi dir="ltr">http://testserver{url}</bdi>' in section
        # Copy buttons are hidden until the script can copy; each says which reference it copies.
        buttons = elements(section, "button")
        assert len(buttons) == 3
        assert all("hidden" in b["attrs"] and b["attrs"]["type"] == "button" for b in buttons)
        assert [b["attrs"]["data-copy"] for b in buttons] == ["cite-apa", "cite-chicago", "cite-mla"]
        links = {a["text"]: a["attrs"] for a in elements(section, "a")}
        assert {name: attrs["href"] for name, attrs in links.items()} == {
            "BibTeX": f"{url}cite.bib",
            "RIS": f"{url}cite.ris",
            "CSL-JSON": f"{url}cite.json",
        }
        assert {attrs["type"] for attrs in links.values()} == {
            "application/x-bibtex",
            "application/x-research-info-systems",
            "application/vnd.citationstyles.csl+json",
        }


def test_hebrew_interface_strings(client, site):
    section = cite_section(client.get(WAGES_HE))
    assert "העתקה" in section
    assert "Copy" not in section
    assert "Download" not in section


def test_references_escape_html(client, site):
    page = site.en.housing_pub
    page.title = "Rents <script>alert(1)</script> & more"
    page.save_revision().publish()
    section = cite_section(client.get("/en/publications/insight/housing-costs/"))
    assert "<script>" not in section
    assert "&lt;script&gt;" in section
    assert "Rents &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in section


def test_references_follow_changes_to_the_publication(client, site):
    assert "Wages and growth" in references(client.get(WAGES_EN))["APA"]
    page = site.en.wages
    page.title = "Wages, growth and prices"
    page.save_revision().publish()
    assert "Wages, growth and prices" in references(client.get(WAGES_EN))["APA"]
    PublicationAuthor.objects.filter(publication=page, name="Guest Writer").update(name="Noa Bar")
    assert "Bar, N." in references(client.get(WAGES_EN))["APA"]


def counting_citeproc(monkeypatch):
    calls = []
    real = citation.format_reference
    monkeypatch.setattr(citation, "format_reference", lambda *args: calls.append(args) or real(*args))
    return calls


def test_formatted_references_are_kept_by_content(site, monkeypatch):
    page = site.en.wages
    item = {"id": "p", "type": "report", "title": "Kept", "issued": {"date-parts": [[2020]]}, "language": "en"}
    item["URL"] = "http://testserver/en/kept/"
    calls = counting_citeproc(monkeypatch)
    first = citation.formatted_references(item, "en", page.pk)
    # Another host the reader came to: the stored texts, with that address.
    again = citation.formatted_references({**item, "URL": "http://localhost:8000/en/kept/"}, "en", page.pk)
    assert len(calls) == 3  # once per style
    assert [r.html.replace("localhost:8000", "testserver") for r in again] == [r.html for r in first]
    assert '<bdi dir="ltr">http://localhost:8000/en/kept/</bdi>' in again[0].html
    citation.formatted_references({**item, "title": "Changed"}, "en", page.pk)
    assert len(calls) == 6
    # One row per publication and language, replaced when the item changes.
    [stored] = citation.StoredReferences.objects.filter(publication=page)
    assert "Changed" in stored.texts[0]
    citation.formatted_references(item, "en")  # no publication (an unsaved page's preview): made, not kept
    assert len(calls) == 9
    assert citation.StoredReferences.objects.filter(publication=page).count() == 1


@pytest.mark.parametrize("language", ["en", "he"])
@pytest.mark.parametrize(
    "url", ["http://testserver/en/publications/insight/a-b/", "https://www.example.org/he/x/?a=1&b=2", "http://h/"]
)
def test_kept_references_equal_those_made_with_the_address(language, url):
    """The address is stored as a placeholder and put back when shown: the very text citeproc gives."""
    item = {"id": "p", "type": "report", "title": "A & B", "issued": {"date-parts": [[2024, 3, 5]]}}
    item.update(language=language, URL=url, author=[{"family": "Levi", "given": "Dana"}], genre="Insight", number="3")
    shown = citation.formatted_references(item, language)
    for (style, _label, _file), reference in zip(citation.STYLES, shown, strict=True):
        direct = citation.format_reference(item, style, language)
        escaped = citation._escape(url)
        assert reference.html == direct.replace(escaped, f'<bdi dir="ltr">{escaped}</bdi>', 1)


def test_publishing_keeps_the_references_the_page_shows(client, site, monkeypatch):
    page = site.he.wages
    page.title = "שכר, צמיחה ומחירים"
    page.save_revision().publish()
    [stored] = citation.StoredReferences.objects.filter(publication=page)
    assert stored.language == "he"
    calls = counting_citeproc(monkeypatch)
    assert "שכר, צמיחה ומחירים" in references(client.get(WAGES_HE))["APA"]
    assert calls == []  # made on publish, read with one query
    # A renamed author shows on the next view (the item no longer matches what was kept).
    PublicationAuthor.objects.filter(publication=page, name="Guest Writer").update(name="Noa Bar")
    assert "Bar, N." in references(client.get(WAGES_HE))["APA"]
    assert len(calls) == 3


def test_a_parsed_style_gives_the_same_result_for_every_item():
    """Styles are parsed once per process: rendering one item must not change the next."""
    first = {"id": "a", "type": "report", "title": "First", "author": [{"family": "Levi", "given": "Dana"}]}
    second = {"id": "b", "type": "report", "title": "Second", "author": [{"family": "Levi", "given": "Dana"}]}
    for item in (first, second):
        item.update(issued={"date-parts": [[2024]]}, language="en")
    before = citation.format_reference(second, "mla", "en")
    citation.format_reference(first, "mla", "en")
    assert citation.format_reference(second, "mla", "en") == before
    assert before.startswith("Levi, Dana. <i>Second</i>")  # no "———" for a repeated author


def test_styles_and_locales_are_the_vendored_files():
    style = citation.csl_style("apa.csl", "he-IL")
    files = {locale.getroottree().docinfo.URL for locale in style.root.locales if locale.tag.endswith("locale")}
    assert {str(citation.CSL_DIR / "locales-he-IL.xml"), str(citation.CSL_DIR / "locales-en-US.xml")} <= files
    assert all(str(citation.CSL_DIR) in url for url in files if url)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dana Levi", {"family": "Levi", "given": "Dana"}),
        ("  Dana   Levi ", {"family": "Levi", "given": "Dana"}),
        ("Levi, Dana", {"family": "Levi", "given": "Dana"}),
        ("Plato", {"literal": "Plato"}),
        ("דנה לוי", {"family": "לוי", "given": "דנה"}),
        ("Maria de la Cruz", {"family": "Cruz", "given": "Maria", "non-dropping-particle": "de la"}),
        ("Anna Maria Schmidt", {"family": "Schmidt", "given": "Anna Maria"}),
        ("Bank of Israel,", {"literal": "Bank of Israel"}),
    ],
)
def test_names_split_into_given_and_family(name, expected):
    assert citation.csl_name(name) == expected


def test_a_hebrew_page_previewed_from_an_english_admin_cites_in_hebrew(site, rf):
    page = site.he.wages  # English is active (as in an English admin's preview)
    item = page.citation_item(rf.get("/"))
    assert item["language"] == "he"
    assert item["publisher"] == "המכון למחקרי מדיניות"
    assert item["URL"] == f"http://testserver{WAGES_HE}"
    assert "מבט מס׳ 1" in citation.format_reference(item, "apa", item["language"])
