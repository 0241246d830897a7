"""How to cite a publication: one CSL-JSON item, formatted in APA, Chicago and MLA, and exported
as BibTeX, RIS and CSL-JSON.

The CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) is the one
description of a publication; the formatted references come from it through citeproc-py and the
standard CSL styles, and the BibTeX and RIS files are written from it with bibtexparser and rispy.
The styles, the two CSL locales and the CSL-JSON schema are vendored in ``csl/`` (see its README):
nothing is fetched at run time.

A report series (Insight, Policy Paper …) is described as CSL's report type and number
(``genre`` + ``number``: "Insight No. 12"), the pair reference managers file a think tank's
numbered papers under; a series with volumes is a journal (``container-title``, ``volume``, ``issue``).
"""

import functools
import hashlib
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import models
from django.utils.safestring import mark_safe

import bibtexparser
import rispy
from anyascii import anyascii
from bibtexparser.model import Entry, Field
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc import model as csl_model
from citeproc.frontend import CitationStylesXML
from citeproc.model import Name
from citeproc.source.json import CiteProcJSON
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

CSL_DIR = Path(__file__).resolve().parent / "csl"

# (key, label, CSL style file): the order the page shows them in. Chicago is the notes-and-bibliography
# system (18th edition); its bibliography entry is what a reader copies into a reference list.
STYLES = (
    ("apa", "APA", "apa.csl"),
    ("chicago", "Chicago", "chicago-notes-bibliography.csl"),
    ("mla", "MLA", "modern-language-association.csl"),
)
CSL_LOCALES = {"en": "en-US", "he": "he-IL"}
BIBTEX_LANGUAGES = {"en": "english", "he": "hebrew"}

# Formatted references are stored with the digest of what they are made of (the CSL-JSON item), so
# any change to the publication, its authors, series or institute makes new ones. The address in
# them is this placeholder, replaced when a page shows them: what is stored does not depend on the
# host a reader came to, so it can be made when the page is published.
URL_PLACEHOLDER = "https://lectern.invalid/publication-address"


# --- the CSL-JSON item -------------------------------------------------------------------------


def csl_name(name):
    """A person's name as CSL-JSON: ``{"family", "given"}``, or ``{"literal"}`` for a name that does
    not split into given and family names (one word, e.g. a pen name, or an organisation).

    "Given Family" splits at the last space; "Family, Given" at the comma; lower-case words before
    the family name are its particle ("Ludwig van Beethoven": ``non-dropping-particle`` "van").
    """
    name = " ".join(name.split())
    if "," in name:
        family, _, given = (part.strip() for part in name.partition(","))
        if family and given:
            return {"family": family, "given": given}
        return {"literal": name.strip(", ")}
    words = name.split(" ")
    if len(words) < 2:
        return {"literal": name}
    given, family = words[:-1], words[-1]
    particle = []
    while len(given) > 1 and given[-1][:1].islower():
        particle.insert(0, given.pop())
    result = {"family": family, "given": " ".join(given)}
    if particle:
        result["non-dropping-particle"] = " ".join(particle)
    return result


def author_names(authors):
    """The display names of ``PublicationAuthor`` rows as ``author_list()`` returns them (each person
    in the page's language), in order."""
    names = []
    for author in authors:
        profile = getattr(author, "profile", None)
        names.append(profile.title if profile is not None else author.display_name)
    return [name for name in names if name.strip()]


def csl_item(page, *, authors, url, institute=None, language=None):
    """The CSL-JSON item of a publication.

    ``authors`` are the page's ``author_list()`` (the page already fetched them), ``url`` its
    absolute address, ``institute`` the publisher (an ``Institute`` in the page's language).
    """
    language = language or page.locale.language_code
    series = page.series if page.series_id else None
    item = {
        "id": f"publication-{page.pk}",
        "type": "article-journal" if series and series.has_volumes else "report",
        "title": page.title,
        "author": [csl_name(name) for name in author_names(authors)],
        "issued": {
            "date-parts": [[page.publication_date.year, page.publication_date.month, page.publication_date.day]]
        },
        "language": language,
    }
    if url:
        item["URL"] = url
    if institute is not None and institute.name:
        item["publisher"] = institute.name
    if series and series.has_volumes:
        item["container-title"] = series.title
        if page.volume is not None:
            item["volume"] = str(page.volume)
        if page.issue is not None:
            item["issue"] = str(page.issue)
    elif series:
        item["genre"] = series.title
        if page.number is not None:
            item["number"] = str(page.number)
    elif page.number is not None:
        item["number"] = str(page.number)
    if not item["author"]:
        del item["author"]
    return item


def csl_json(item):
    """The CSL-JSON document (an array of items) for download."""
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


# --- formatted references (citeproc-py) --------------------------------------------------------


def _initialize(self, given, mark, context):
    """citeproc-py's ``Name.initialize`` with two gaps closed:

    * ``initialize="false"`` (CSL 1.0.1: keep given names whole, as Chicago and MLA ask) is honoured;
    * a given name in a script without letter case (Hebrew) is initialized too; citeproc-py took
      every word that does not start with a capital for a particle ("van") and kept it whole.
    """
    if (_inherited_option(self, "initialize", context) or "true").lower() == "false":
        return given
    by_hyphen = self.get_option("initialize-with-hyphen", context)
    hyphen_parts = given.split("-") if by_hyphen else [given.replace("-", " ")]
    result_parts = []
    for hyphen_part in hyphen_parts:
        hyphen_result = ""
        group = []
        for part in hyphen_part.replace(".", " ").split():
            if part[0].islower():  # a particle: "van", "de"
                hyphen_result += mark.join(group) + mark + " " + part + " "
                group = []
            else:
                group.append(part[0])
        hyphen_result += mark.join(group) + mark
        result_parts.append(" ".join(hyphen_result.split()))
    return "-".join(result_parts)


def _inherited_option(name_element, option, context):
    """A name option set on ``cs:name`` or inherited from the citation, bibliography or style."""
    value = name_element.get(option)
    if value is None:
        scope = (context if context is not None else name_element).xpath_search(
            "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
        )
        value = scope[0].get(option) if scope else None
    return value if value is not None else name_element.get_root().get(option)


Name.initialize = _initialize


# citeproc-py looks up the same parts of a style again and again while it formats one reference
# (a macro by name, an element's enclosing layout or bibliography, whether a branch calls a
# variable: ≈ 300 XPath searches a reference, most of its time). A parsed style never changes
# (``csl_style`` keeps one per process), so each answer is kept on the element it was asked of;
# ``_keep_elements`` keeps every element's Python object alive, so what is kept on it stays.
_STATIC_SEARCHES = ("./ancestor", "./parent", "./cs:term[", "cs:macro[")


def _kept(method):
    @functools.wraps(method)
    def kept(self, *args):
        answers = self.__dict__.setdefault("_lectern_kept", {})
        key = (method.__name__, *args)
        if key not in answers:
            answers[key] = method(self, *args)
        return answers[key]

    return kept


def _xpath_search(self, expression, _search=csl_model.CitationStylesElement.xpath_search):
    if not expression.startswith(_STATIC_SEARCHES):
        return _search(self, expression)
    answers = self.__dict__.setdefault("_lectern_kept", {})
    key = ("xpath_search", expression)
    if key not in answers:
        answers[key] = _search(self, expression)
    return list(answers[key])


csl_model.CitationStylesElement.xpath_search = _xpath_search
csl_model.CitationStylesElement.get_macro = _kept(csl_model.CitationStylesElement.get_macro)
csl_model.CitationStylesElement.get_layout = _kept(csl_model.CitationStylesElement.get_layout)
for _element in (csl_model.Parent, csl_model.Text):
    _element.calls_variable = _kept(_element.calls_variable)


def _keep_elements(root):
    root._lectern_elements = list(root.iter())
    return root


@functools.cache
def _locale(csl_locale):
    return _keep_elements(CitationStylesXML(str(CSL_DIR / f"locales-{csl_locale}.xml"), validate=False).root)


@functools.cache
def csl_style(filename, csl_locale):
    """A vendored CSL style set up for ``csl_locale`` with the vendored locale files, parsed once per process.

    citeproc-py would read its own copies of the locales; the list is rebuilt in the same order
    (the style's own terms for the dialect, then the language, then any, then the locale file,
    then en-US), from ``csl/``.
    """
    style = CitationStylesStyle(str(CSL_DIR / filename), locale="en-US", validate=False)
    root = style.root
    root.locales = []
    language = csl_locale.split("-")[0]
    for lang in (csl_locale, language, None):
        expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
        root.locales.extend(root.xpath_search(expr))
    root.locales.append(_locale(csl_locale))
    if csl_locale != "en-US":
        root.locales.append(_locale("en-US"))
    for locale in root.locales:
        locale.style = root
    _keep_elements(root)
    return style


def _punctuation_in_quote(style):
    for locale in style.root.locales:
        options = locale.find("cs:style-options", locale.nsmap)
        if options is not None and options.get("punctuation-in-quote"):
            return options.get("punctuation-in-quote") == "true"
    return False


class _EscapedJSON(CiteProcJSON):
    """The item's text, HTML-escaped on the way in: citeproc-py's HTML formatter escapes the style's
    own terms but passes the item's values (title, names, publisher …) through as they are."""

    def parse_string(self, string):
        return super().parse_string(html.escape(str(string), quote=False))

    def parse_names(self, json_data):
        escaped = [{key: html.escape(value, quote=False) for key, value in name.items()} for name in json_data]
        return super().parse_names(escaped)


# The only markup the HTML formatter adds; any other "<" is escaped (a second line of defence).
_NOT_FORMATTING = re.compile(r'<(?!/?(?:i|b|u|sup|sub)>|span style="font-variant:small-caps;">|/span>)')


def format_reference(item, style_key, language):
    """The reference in one style, as HTML: escaped text, titles in ``<i>``."""
    filename = next(filename for key, _label, filename in STYLES if key == style_key)
    style = csl_style(filename, CSL_LOCALES.get(language, "en-US"))
    bibliography = CitationStylesBibliography(style, _EscapedJSON([item]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    text = _NOT_FORMATTING.sub("&lt;", str(bibliography.bibliography()[0]))
    if _punctuation_in_quote(style):
        # American usage puts a period or comma inside closing quotes; citeproc-py ignores the locale option.
        text = re.sub(r"”([.,])", r"\1”", text)
    return text


@dataclass(frozen=True)
class Reference:
    key: str
    label: str
    html: str


class StoredReferences(models.Model):
    """A publication's formatted references in one language, kept in the database: citeproc-py takes
    ≈ 4 ms a style, and a page shows three. Made when the publication is published (``store``), and
    on a page view whose item no longer matches ``digest`` (an author or series renamed since)."""

    publication = models.ForeignKey("publications.PublicationPage", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    digest = models.CharField(max_length=64)
    texts = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["publication", "language"], name="stored_references_unique"),
        ]

    def __str__(self):
        return f"{self.publication_id} ({self.language})"


def _stored_form(item, language):
    """The item as its references are made and stored (the address a placeholder), and its digest."""
    if item.get("URL"):
        item = {**item, "URL": URL_PLACEHOLDER}
    digest = hashlib.sha256(json.dumps([item, language], sort_keys=True).encode()).hexdigest()
    return item, digest


def reference_texts(item, language, publication_id=None):
    """The APA, Chicago and MLA texts of ``item`` in ``language``, with the address a placeholder:
    the stored ones if they were made from this very item (one query), else made now and stored."""
    item, digest = _stored_form(item, language)
    if publication_id is not None:
        stored = StoredReferences.objects.filter(publication_id=publication_id, language=language).first()
        if stored is not None and stored.digest == digest:
            return stored.texts
    texts = [format_reference(item, style_key, language) for style_key, _label, _file in STYLES]
    if publication_id is not None:
        store(publication_id, language, digest, texts)
    return texts


def store(publication_id, language, digest, texts):
    # One row per publication and language, replaced (upsert: two workers may make it at once).
    StoredReferences.objects.bulk_create(
        [StoredReferences(publication_id=publication_id, language=language, digest=digest, texts=texts)],
        update_conflicts=True,
        unique_fields=["publication", "language"],
        update_fields=["digest", "texts"],
    )


def formatted_references(item, language, publication_id=None):
    """APA, Chicago and MLA references of ``item`` in ``language``, made once per content of the item
    (and kept in the database for ``publication_id``)."""
    texts = reference_texts(item, language, publication_id)
    url = _escape(item.get("URL", ""))
    references = []
    for (style_key, label, _file), text in zip(STYLES, texts, strict=True):
        if url:
            # The address is left-to-right even inside a Hebrew reference (its slashes would flip).
            text = text.replace(URL_PLACEHOLDER, f'<bdi dir="ltr">{url}</bdi>', 1).replace(URL_PLACEHOLDER, url)
        # Escaped text with the formatter's <i> (see format_reference).
        references.append(Reference(style_key, label, mark_safe(text)))  # noqa: S308
    return references


def _escape(text):
    return html.escape(text, quote=False)


# --- BibTeX (bibtexparser) ---------------------------------------------------------------------

# Only LaTeX's special characters are escaped; letters stay UTF-8 (Hebrew has no LaTeX spelling,
# and biber, Zotero and JabRef read UTF-8).
_LATEX_SPECIALS = {
    ord("\\"): r"\textbackslash{}",
    ord("{"): r"\{",
    ord("}"): r"\}",
    ord("&"): r"\&",
    ord("%"): r"\%",
    ord("$"): r"\$",
    ord("#"): r"\#",
    ord("_"): r"\_",
    ord("~"): r"\textasciitilde{}",
    ord("^"): r"\textasciicircum{}",
}
_latex = UnicodeToLatexEncoder(
    conversion_rules=[UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule=_LATEX_SPECIALS)],
    unknown_char_policy="keep",
    unknown_char_warning=False,
)


def _bibtex_name(name):
    if "literal" in name:
        return "{" + _latex.unicode_to_latex(name["literal"]) + "}"  # braces: one name, never split
    family = " ".join(part for part in (name.get("non-dropping-particle"), name["family"]) if part)
    parts = [_latex.unicode_to_latex(family), _latex.unicode_to_latex(name["given"])]
    return ", ".join("{" + part + "}" if re.search(r"\band\b", part) else part for part in parts)


def bibtex_key(item):
    """e.g. ``levi2024wages``: first author's family name, year, first word of the title (ASCII)."""
    first = (item.get("author") or [{}])[0]
    who = (first.get("family") or first.get("literal") or item.get("publisher") or "x").split()[0]
    words = [re.sub(r"[^a-z0-9]", "", anyascii(word).lower()) for word in item["title"].split()]
    what = next((word for word in words if len(word) > 3), next((word for word in words if word), ""))
    key = re.sub(r"[^a-z0-9]", "", anyascii(who).lower()) + str(item["issued"]["date-parts"][0][0]) + what
    return key or item["id"]


def bibtex(item):
    """The BibTeX entry: ``@techreport`` for a report series, ``@article`` for a journal."""
    year, month, day = item["issued"]["date-parts"][0]
    journal = item["type"] == "article-journal"
    fields = [("title", item["title"])]
    if item.get("author"):
        fields.append(("author", " and ".join(_bibtex_name(name) for name in item["author"])))
    if journal:
        fields += [("journal", item.get("container-title")), ("volume", item.get("volume"))]
        fields += [("number", item.get("issue")), ("publisher", item.get("publisher"))]
    else:
        fields += [("institution", item.get("publisher")), ("type", item.get("genre"))]
        fields.append(("number", item.get("number")))
    fields += [("year", str(year)), ("date", f"{year:04d}-{month:02d}-{day:02d}")]
    fields += [("language", item["language"]), ("langid", BIBTEX_LANGUAGES.get(item["language"]))]
    fields.append(("url", item.get("URL")))

    def value(key, text):
        # Names are already encoded; a URL is read verbatim by biblatex and the url package.
        return text if key in ("author", "url") else _latex.unicode_to_latex(text)

    library = bibtexparser.Library()
    library.add(
        Entry(
            "article" if journal else "techreport",
            bibtex_key(item),
            [Field(key, value(key, text)) for key, text in fields if text],
        )
    )
    return bibtexparser.write_string(library)


# --- RIS (rispy) -------------------------------------------------------------------------------


class _RisWriter(rispy.RisWriter):
    def set_header(self, count):
        return None  # rispy numbers references ("1."); one reference needs no number


def ris(item):
    """The RIS record: ``RPRT`` with the series as type of work and the number as report number
    (RIS's ``VL`` for reports), or ``JOUR`` for a journal."""
    year, month, day = item["issued"]["date-parts"][0]
    journal = item["type"] == "article-journal"
    record = {"type_of_reference": "JOUR" if journal else "RPRT", "title": item["title"]}
    authors = [name.get("literal") or _ris_name(name) for name in item.get("author", [])]
    if authors:
        record["authors"] = authors
    record["year"] = str(year)
    record["date"] = f"{year:04d}/{month:02d}/{day:02d}/"
    if journal:
        optional = {"journal_name": "container-title", "volume": "volume", "number": "issue"}
    else:
        optional = {"type_of_work": "genre", "tertiary_title": "genre", "volume": "number"}
    optional["publisher"] = "publisher"
    record.update({key: item[source] for key, source in optional.items() if item.get(source)})
    if item.get("URL"):
        record["urls"] = [item["URL"]]
    record["language"] = item["language"]
    return rispy.dumps([record], implementation=_RisWriter)


def _ris_name(name):
    family = " ".join(part for part in (name.get("non-dropping-particle"), name["family"]) if part)
    return f"{family}, {name['given']}"


# --- kept up to date on publish ----------------------------------------------------------------


def connect():
    from wagtail.signals import page_published

    from lectern.publications.models import PublicationPage

    page_published.connect(store_on_publish, sender=PublicationPage, dispatch_uid="lectern-citations-published")


def store_on_publish(instance, **_kwargs):
    # The page as it is now stored, with its saved authors, series and institute.
    type(instance).objects.select_related("series").get(pk=instance.pk).store_citations()


def store_all(publications):
    """Make and keep the formatted references of many publications (a queryset of PublicationPage: a
    bulk import, an archive built without publishing each page). One citeproc run per publication,
    three styles: ≈ 12 ms each on one core."""
    for page in publications.select_related("series").iterator(chunk_size=500):
        page.store_citations()
