"""Print-quality PDFs of publications, made with WeasyPrint from the page's own content.

A PDF is rendered once per published revision and language and kept in the default storage
(``pdf-cache/<page id>-<live revision id>-<language>.pdf``); publishing the page again gives it
a new key, and the old files are deleted on ``page_published`` / ``page_unpublished``.

WeasyPrint needs pango and harfbuzz, and the Hebrew PDFs need fonts with Hebrew (Debian's
``fonts-noto-core``). Without those system libraries ``available()`` is false: the page shows
no PDF link and the PDF address answers 503. Nothing is fetched from the network while
rendering: images and stylesheets come from the media and static files on disk, or, when media
is on object storage (its own origin), through the storage's API; anything else not at all.
"""

import ctypes.util
import functools
import importlib.util
import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

CACHE_DIR = "pdf-cache"
TEMPLATE = "publications/publication_pdf.html"
# Font stacks of fonts installed on the server (Debian fonts-noto-core, fonts-dejavu-core):
# the page's script first, so that Hebrew glyphs come from the Hebrew Noto fonts.
FONTS = {
    False: {
        "serif": '"Noto Serif", "Noto Serif Hebrew", "DejaVu Serif", serif',
        "sans": '"Noto Sans", "Noto Sans Hebrew", "DejaVu Sans", sans-serif',
    },
    True: {
        "serif": '"Noto Serif Hebrew", "Noto Serif", "DejaVu Serif", serif',
        "sans": '"Noto Sans Hebrew", "Noto Sans", "DejaVu Sans", sans-serif',
    },
}


# The system libraries WeasyPrint loads (weasyprint/text/ffi.py).
WEASYPRINT_LIBRARIES = ("gobject-2.0", "pango-1.0", "pangoft2-1.0", "harfbuzz", "fontconfig")


@functools.cache
def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: pango, harfbuzz … not installed
        logger.warning("PDFs of publications are not available: %s", error)
        return None
    return weasyprint


@functools.cache
def available():
    """Whether PDFs can be made here (WeasyPrint and its system libraries are installed), found
    without importing WeasyPrint: every publication page asks (for its PDF link), and the import
    costs each web worker about 45 MB, so it waits for the first PDF (``can_render``)."""
    if importlib.util.find_spec("weasyprint") is None:
        return False
    return all(ctypes.util.find_library(name) for name in WEASYPRINT_LIBRARIES)


def can_render():
    """Whether WeasyPrint really loads (imports it)."""
    return available() and _weasyprint() is not None


def cache_name(page):
    """The storage name of the page's PDF for its live revision (pages made live without a revision: 0)."""
    return f"{CACHE_DIR}/{page.pk}-{page.live_revision_id or 0}-{page.locale.language_code}.pdf"


def _local_file(path):
    """The file on disk for a site-relative ``path`` under MEDIA_URL or STATIC_URL, or None."""
    path = unquote(path)
    media, static = settings.MEDIA_URL, settings.STATIC_URL
    if media and path.startswith(media):
        root = Path(settings.MEDIA_ROOT).resolve()
        candidate = (root / path.removeprefix(media)).resolve()
        return candidate if candidate.is_relative_to(root) and candidate.is_file() else None
    if static and path.startswith(static):
        found = finders.find(path.removeprefix(static))
        if found:
            return Path(found)
        root = Path(settings.STATIC_ROOT).resolve()
        candidate = (root / path.removeprefix(static)).resolve()
        return candidate if candidate.is_relative_to(root) and candidate.is_file() else None
    return None


def _stored_file(url):
    """The bytes of a media file at ``url`` in the default storage when that storage has addresses
    of its own (object storage, a media domain), or None."""
    probe = "lectern-probe"
    base = default_storage.url(probe).removesuffix(probe)
    if not base.startswith(("http://", "https://")) or not url.startswith(base):
        return None
    name = unquote(urlsplit(url).path.removeprefix(urlsplit(base).path))
    if not name or ".." in name.split("/"):
        return None
    try:
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    except (OSError, SuspiciousFileOperation):
        return None


def local_files_fetcher():
    """A WeasyPrint URL fetcher that reads media and static files from disk (media through the
    storage when it is elsewhere) and refuses all else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            file = _local_file(urlsplit(url).path)
            body = file.read_bytes() if file is not None else _stored_file(url)
            if body is None:
                raise ValueError(f"Not fetched (PDFs use the site's own media and static files only): {url}")
            content_type = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body=body, headers={"Content-Type": content_type})

    return LocalFilesFetcher(allowed_protocols=("http", "https", "data"))


def render(page, request):
    """The page's PDF, rendered now (bytes)."""
    weasyprint = _weasyprint()
    language = page.locale.language_code
    with translation.override(language):
        html = render_to_string(TEMPLATE, pdf_context(page, request), request=request)
    document = weasyprint.HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_files_fetcher())
    return document.write_pdf()


def pdf_context(page, request):
    from lectern.core.models import Institute

    bidi = translation.get_language_info(page.locale.language_code)["bidi"]
    return {
        "page": page,
        "self": page,
        "institute": Institute.for_locale(page.locale),
        "authors": page.author_list(),
        "language": page.locale.language_code,
        "bidi": bidi,
        "fonts": FONTS[bidi],
    }


def pdf_bytes(page, request):
    """The page's PDF for its live revision: from the cache, or rendered and cached."""
    name = cache_name(page)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as cached:
            return cached.read()
    content = render(page, request)
    saved = default_storage.save(name, ContentFile(content))
    if saved != name:  # another worker cached the same PDF meanwhile: keep one copy
        default_storage.delete(saved)
    return content


def forget(page_id, keep=None):
    """Delete the cached PDFs of a page, except ``keep`` (a storage name)."""
    try:
        _dirs, files = default_storage.listdir(CACHE_DIR)
    except FileNotFoundError:
        return
    for file in files:
        name = f"{CACHE_DIR}/{file}"
        if file.startswith(f"{page_id}-") and name != keep:
            default_storage.delete(name)


def on_published(sender, instance, **kwargs):
    forget(instance.pk, keep=cache_name(instance))


def on_unpublished(sender, instance, **kwargs):
    forget(instance.pk)


def connect():
    from wagtail.signals import page_published, page_unpublished

    from .models import PublicationPage

    page_published.connect(on_published, sender=PublicationPage, dispatch_uid="lectern-pdf-published")
    page_unpublished.connect(on_unpublished, sender=PublicationPage, dispatch_uid="lectern-pdf-unpublished")
