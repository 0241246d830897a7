"""Print-quality PDFs of publications, made from their content (``<publication url>pdf/``).

The PDFs are read back with poppler's ``pdftotext`` and ``pdffonts`` (Debian ``poppler-utils``,
installed by ``.ci/run`` with WeasyPrint's system libraries and the Noto fonts).
"""

import re
import subprocess

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

import pytest

from lectern.core.tests.helpers import main
from lectern.publications import pdf

pytestmark = pytest.mark.skipif(not pdf.available(), reason="WeasyPrint or its system libraries are missing")

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def _empty_pdf_cache():
    """Page ids repeat between test modules: start every test without cached PDFs."""
    try:
        _dirs, files = default_storage.listdir(pdf.CACHE_DIR)
    except FileNotFoundError:
        files = []
    for name in files:
        default_storage.delete(f"{pdf.CACHE_DIR}/{name}")


def without_upload(page):
    """The page with no uploaded PDF, so that the PDF is generated."""
    page.pdf = None
    page.save()
    return page


def pdf_url(page):
    return page.url + "pdf/"


def poppler(tool, content, tmp_path, *args):
    file = tmp_path / "publication.pdf"
    file.write_bytes(content)
    result = subprocess.run([tool, *args, str(file), *(["-"] if tool == "pdftotext" else [])], capture_output=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def pdf_text(content, tmp_path):
    """The PDF's text in reading (logical) order, bidi marks removed and spaces collapsed."""
    return " ".join(BIDI_CONTROLS.sub("", poppler("pdftotext", content, tmp_path)).split())


def test_english_pdf(client, site, tmp_path):
    page = without_upload(site.en.wages)
    response = client.get(pdf_url(page))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="wages-and-growth.pdf"'
    content = response.content
    assert content.startswith(b"%PDF-")
    assert int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", content, tmp_path))[1]) >= 1
    text = pdf_text(content, tmp_path)
    for expected in (
        "Wages and growth",
        "Institute for Policy Studies",
        "Insight No. 1",
        "March 5, 2024",
        "Dana Levi",
        "Guest Writer",
        "Amir Cohen",
        "Wages grew slowly.",
        "Central Bureau of Statistics, 2023.",
        "Bank of Israel survey.",
        "The views expressed are the authors' own.",
    ):
        assert expected in text
    assert re.search(r"\b1 ?/ ?\d+\b", text), text  # page numbers in the footer: "1 / 1"


def test_hebrew_pdf_is_right_to_left_with_hebrew_fonts(client, site, tmp_path):
    page = without_upload(site.he.wages)
    page.body = [("paragraph", "<p>השכר עלה לאט בשנה האחרונה.</p>")]
    page.save()
    response = client.get(pdf_url(page))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="wages-and-growth.pdf"'
    text = pdf_text(response.content, tmp_path)
    # Logical order, as typed: pdftotext would give "החימצו רכש" for glyphs laid out left to right.
    for expected in ("שכר וצמיחה", "המכון למחקרי מדיניות", "השכר עלה לאט בשנה האחרונה.", "דנה לוי", "אמיר כהן", "מבט"):
        assert expected in text, text
    assert "הדעות המובעות הן של המחברים בלבד." in text
    fonts = poppler("pdffonts", response.content, tmp_path).splitlines()[2:]
    hebrew = [line for line in fonts if "Hebrew" in line.split()[0]]
    assert hebrew, fonts
    assert all(line.split()[-5] == "yes" for line in fonts)  # every font embedded (the "emb" column)


def test_second_request_is_served_from_the_cache(client, site):
    page = without_upload(site.en.housing_pub)
    first = client.get(pdf_url(page))
    name = pdf.cache_name(page)
    assert default_storage.exists(name)
    # Replace the cached file: a second render would not return this.
    default_storage.delete(name)
    default_storage.save(name, ContentFile(b"%PDF-1.7 cached"))
    second = client.get(pdf_url(page))
    assert first.content.startswith(b"%PDF-")
    assert second.content == b"%PDF-1.7 cached"


def test_republishing_makes_a_new_pdf(client, site, tmp_path):
    page = site.en.housing_pub
    page.save_revision().publish()
    page.refresh_from_db()
    old_name = pdf.cache_name(page)
    assert "Housing costs" in pdf_text(client.get(pdf_url(page)).content, tmp_path)
    assert default_storage.exists(old_name)

    page.title = "Housing costs revisited"
    page.save_revision().publish()
    page.refresh_from_db()
    assert pdf.cache_name(page) != old_name
    assert not default_storage.exists(old_name)  # the old revision's PDF is deleted on publishing
    assert "Housing costs revisited" in pdf_text(client.get(pdf_url(page)).content, tmp_path)
    assert default_storage.exists(pdf.cache_name(page))


def test_an_uploaded_pdf_takes_precedence(client, site):
    page = site.en.wages
    response = client.get(pdf_url(page))
    assert response.status_code == 302
    assert response["Location"] == page.pdf.url
    assert not default_storage.exists(pdf.cache_name(page))
    markup = main(client.get(page.url))
    assert f'href="{page.pdf.url}"' in markup
    assert f'href="{pdf_url(page)}"' not in markup


def test_the_page_links_to_the_generated_pdf(client, site):
    page = site.en.housing_pub
    markup = main(client.get(page.url))
    assert f'href="{pdf_url(page)}"' in markup
    assert "Download PDF" in markup


def test_drafts_have_no_pdf(client, site):
    page = site.en.housing_pub
    url = pdf_url(page)
    page.unpublish()
    assert client.get(url).status_code == 404


def test_without_weasyprint_the_pdf_is_unavailable(client, site, monkeypatch):
    monkeypatch.setattr(pdf, "available", lambda: False)
    page = site.en.housing_pub
    response = client.get(pdf_url(page))
    assert response.status_code == 503
    assert "PDF not available" in response.content.decode()
    assert f'href="{pdf_url(page)}"' not in main(client.get(page.url))
    hebrew = without_upload(site.he.wages)
    response = client.get(pdf_url(hebrew))
    assert response.status_code == 503
    assert "קובץ PDF אינו זמין" in response.content.decode()


def test_only_local_files_are_fetched(settings, tmp_path):
    from weasyprint.urls import URLFetchingError

    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(b"\x89PNG")
    settings.MEDIA_ROOT = str(tmp_path)
    fetcher = pdf.local_files_fetcher()
    response = fetcher("http://testserver/media/images/a.png")
    assert response.headers["Content-Type"] == "image/png"
    for url in (
        "https://example.org/tracker.png",
        "http://testserver/media/../secret.txt",
        "http://testserver/admin/",
        "file:///etc/passwd",
    ):
        with pytest.raises((ValueError, URLFetchingError)):
            fetcher(url)


def test_media_on_object_storage_is_read_through_the_storage(client, site, settings, tmp_path):
    """Media with an origin of its own (S3 behind a media domain, as docs/deployment.md sets it up):
    the images' addresses are no longer under MEDIA_URL, and the PDF still has them."""
    media = "https://media.example.org/lectern/"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": settings.MEDIA_ROOT, "base_url": media},
        },
    }
    page = without_upload(site.en.wages)
    assert media in client.get(page.url).content.decode()  # the lead image is on the media origin
    response = client.get(pdf_url(page))
    assert response.status_code == 200
    listed = poppler("pdfimages", response.content, tmp_path, "-list").splitlines()[2:]
    assert listed, "the lead image is missing from the PDF"
    fetcher = pdf.local_files_fetcher()
    for url in (f"{media}../secret.txt", f"{media}images/missing.png", "https://media.example.org/other/a.png"):
        with pytest.raises(ValueError):
            fetcher(url)
