"""Property-based fuzzing of the site's public inputs: no query string may produce a 500.

Hypothesis throws arbitrary query strings at search, the archive listings, the feeds, the
sitemaps, the citation downloads and (when present) the read API: very long values, mixed
scripts, control characters, injection fragments, negative or huge page numbers, repeated
and unknown parameters, malformed percent-escapes. Bad input must be answered with a page
that says so (400 or 404), never with a server error.

Django's test client re-raises a view's exception instead of returning a 500: either fails.
"""

import os
from urllib.parse import quote, urlencode

from django.urls import Resolver404, resolve

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# A 500 fails; so does anything else a reader should not meet (e.g. a 403 or 405).
EXPECTED = {200, 301, 302, 400, 404}

FUZZ = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
    database=None,  # nothing written into the tree; a failure prints its reproduction
    # ~20 s of requests (plus the site build); FUZZ_EXAMPLES=500 for a longer hunt.
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 30)),
)

INJECTIONS = [
    "' OR 1=1 --",
    '" OR ""="',
    "'; DROP TABLE wagtailcore_page; --",
    "1; SELECT sqlite_version()",
    '"',
    "'",
    "*",
    "**",
    "-",
    "NOT",
    "OR",
    "AND",
    "NEAR(",
    "NEAR(a b, 2)",
    "a NEAR/3 b",
    "title:wages",
    "^wages",
    "(",
    ")",
    "()",
    "{}",
    "[]",
    "\\",
    "%",
    "_",
    "%00",
    "\x00",
    "\u200f\u200e",
    "\ufeff",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ request }}",
    "{% debug %}",
    "../../etc/passwd",
    "ש״ח",
    "שָׁלוֹם",
    "וּבַבָּתִּים",
    "السلام عليكم",
    "数据库",
    "🙂👩‍👩‍👧",
    "e\u0301",
    "ﬁ",
]

NUMBERS = [
    "0",
    "-1",
    "-0",
    "+1",
    "1.5",
    "1e3",
    "１",  # fullwidth digit: int() accepts it
    "٣",  # Arabic-Indic digit
    " 2 ",
    "9" * 30,
    "-" + "9" * 30,
    str(2**63),
    str(2**64 + 1),
    "9" * 5000,  # past Python's int-string conversion limit
    "NaN",
    "inf",
    "0x10",
    "2024-02-30",
    "2024-13-01",
    "0000-00-00",
    "9999-12-31",
    "1900-01-01",
    "2024-03-05",
    "05/03/2024",
]

SLUGS = [
    "insight",
    "policy-papers",
    "economy",
    "labour-market",
    "minimum-wage",
    "housing",
    "security",
    "dana-levi",
    "amir-cohen",
    "draft-person",
    "no-such-thing",
]

# Any code point but lone surrogates (which no URL can carry), control characters included.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
scripts_text = st.text(
    st.characters(
        # Latin, Hebrew (with niqqud and geresh), Arabic, CJK, controls, bidi marks.
        include_characters="\x00\x01\x07\x1b\x7f\u200e\u200f\u202e\u05f3\u05f4",
        min_codepoint=0x20,
        max_codepoint=0x7E,
    )
    | st.characters(min_codepoint=0x0590, max_codepoint=0x05FF)
    | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    | st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    max_size=40,
)
long_text = st.integers(min_value=1000, max_value=10_000).flatmap(
    lambda n: st.sampled_from(["a", "ש", "数", "x ", "* ", "' OR ", "\u0301"]).map(lambda s: (s * n)[:n])
)
ints_as_text = st.integers(min_value=-(10**40), max_value=10**40).map(str)
values = st.one_of(
    st.sampled_from(INJECTIONS),
    st.sampled_from(NUMBERS),
    st.sampled_from(SLUGS),
    any_text,
    scripts_text,
    ints_as_text,
    long_text,
    st.lists(st.sampled_from(INJECTIONS) | scripts_text, min_size=2, max_size=5).map(" ".join),
)


def pairs_for(known_keys):
    """Lists of (key, value): the view's parameters, repeated at will, and some unknown ones."""
    keys = st.sampled_from(known_keys) | st.sampled_from(["", "q[]", "page[]", "__proto__"]) | any_text
    return st.lists(st.tuples(keys, values), max_size=6)


def raw_query():
    """Query strings no form would send: broken escapes, stray separators, invalid UTF-8."""
    fragments = st.sampled_from(
        ["%", "%z", "%zz", "%ff%fe", "%c3", "%00", "&", "&&", "=", "==", ";", "+", "?", "#", "%26", "%3D", "%u05e9"]
    )
    encoded = (any_text | scripts_text).map(lambda s: quote(s, safe="&=%;+"))
    return st.lists(fragments | encoded | st.sampled_from(["q=", "page=", "type=", "p=", "year="]), max_size=8).map(
        "".join
    )


def query_strings(known_keys):
    return pairs_for(known_keys).map(lambda pairs: urlencode(pairs, doseq=True)) | raw_query()


def get(client, path, query_string):
    response = client.get(path, QUERY_STRING=query_string)
    event(f"status {response.status_code}")  # see --hypothesis-show-statistics
    assert response.status_code < 500, (path, query_string, response.status_code)
    assert response.status_code in EXPECTED, (path, query_string, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.status_code not in (301, 302):
        assert body.strip(), (path, query_string, "empty response")
    return response


@pytest.mark.parametrize(
    "path",
    [
        "/en/search/?q=wages",
        "/he/search/?q=שכר",
        "/en/publications/",
        "/he/publications/insight/",
        "/en/topics/economy/",
        "/en/feeds/publications.rss",
        "/he/feeds/topics/economy.atom",
        "/sitemap.xml",
        "/sitemap-publications.xml?p=1",
    ],
)
def test_the_fuzzed_addresses_exist(client, site, path):
    """The fuzzing below would prove little if every address it tries were a 404 anyway."""
    assert client.get(path).status_code == 200


# --- search -------------------------------------------------------------------------------

SEARCH_KEYS = ["q", "q", "q", "type", "sort", "page"]


@FUZZ
@given(path=st.sampled_from(["/en/search/", "/he/search/"]), qs=query_strings(SEARCH_KEYS))
@example(path="/en/search/", qs=urlencode({"q": "' OR 1=1 --"}))
@example(path="/en/search/", qs=urlencode([("q", "NEAR("), ("q", '"'), ("q", "*")]))
@example(path="/he/search/", qs=urlencode({"q": "שכר", "page": "-1"}))
@example(path="/he/search/", qs=urlencode({"q": "שכר", "page": "9" * 5000}))
@example(path="/en/search/", qs=urlencode({"q": "wages", "page": "１"}))
@example(path="/en/search/", qs=urlencode({"q": "a" * 10_000}))
@example(path="/en/search/", qs=urlencode({"q": "wages\x00"}))
@example(path="/en/search/", qs="q=%ff%fe&page=%zz")
def test_search_never_fails(client, site, path, qs):
    get(client, path, qs)


SEARCH_TYPES = ["topics.topicpage", "people.personpage", "publications.publicationpage", "projects.projectpage"]


def mostly(plausible, weird=values):
    """Plausible values most of the time (so the code behind validation runs), weird ones too."""
    # (not one_of(plausible, weird): one_of flattens ``weird``'s own branches, which would dominate)
    return st.integers(0, 9).flatmap(lambda n: weird if n == 0 else st.sampled_from(plausible))


@FUZZ
@given(
    q=mostly(["wages", "Wages growth", "שכר", "שכר המינימום", "labour market", "dana", "*", "wage*", '"wages"'])
    | st.lists(st.sampled_from(INJECTIONS) | scripts_text, max_size=4).map(" ".join),
    page=mostly(["1", "1", "2", "0", "-1"]),
    types=st.lists(mostly(SEARCH_TYPES), max_size=3),
    sort=mostly(["", "relevance", "date"]),
)
@example(q="wages", page="2", types=["publications.publicationpage"], sort="date")
@example(q="*", page="0", types=[], sort="relevance")
@example(q="שָׁלוֹם ש״ח", page="1", types=SEARCH_TYPES, sort="date")
def test_search_with_a_query_never_fails(client, site, q, page, types, sort):
    """Every parameter at once, so page, type and sort reach the results code (they need a q)."""
    get(client, "/en/search/", urlencode([("q", q), ("page", page), ("sort", sort)] + [("type", t) for t in types]))


# --- archive listings ------------------------------------------------------------------

ARCHIVE_KEYS = ["series", "topic", "author", "year", "from", "to", "language", "page"]
LISTINGS = [
    "/en/publications/",
    "/he/publications/",
    "/en/publications/insight/",
    "/he/publications/insight/",
    "/en/publications/policy-papers/",
    "/en/topics/economy/",
    "/en/topics/economy/labour-market/",
    "/he/topics/economy/",
]


@FUZZ
@given(path=st.sampled_from(LISTINGS), qs=query_strings(ARCHIVE_KEYS))
@example(path="/en/publications/", qs=urlencode({"year": "9" * 5000}))
@example(path="/en/publications/", qs=urlencode({"from": "2024-02-30", "to": "0000-00-00"}))
@example(path="/en/publications/", qs=urlencode({"from": "2025-01-01", "to": "2024-01-01"}))
@example(path="/en/publications/", qs=urlencode([("topic", "economy"), ("topic", "security"), ("page", "-1")]))
@example(path="/en/publications/insight/", qs=urlencode({"author": "draft-person", "language": "xx"}))
@example(path="/he/publications/", qs=urlencode({"series": "שכר", "page": "9" * 30}))
@example(path="/en/topics/economy/", qs=urlencode({"author": "' OR 1=1 --", "year": "\x00"}))
def test_archive_listings_never_fail(client, site, path, qs):
    get(client, path, qs)


PLAUSIBLE_FILTERS = {
    "series": ["insight", "policy-papers", "economy", "nope"],
    "topic": ["economy", "labour-market", "minimum-wage", "security", "housing", "insight"],
    "author": ["dana-levi", "amir-cohen", "draft-person", "guest-writer"],
    "year": ["2023", "2024", "1900", "2999", "3000", "-2024"],
    "from": ["2023-01-01", "2024-02-29", "2023-02-29", "1-1-1"],
    "to": ["2024-12-31", "2023-06-01", "9999-12-31"],
    "language": ["en", "he", "xx"],
    "page": ["1", "1", "2", "0"],
}


@FUZZ
@given(
    path=st.sampled_from(LISTINGS),
    data=st.fixed_dictionaries({}, optional={key: mostly(plausible) for key, plausible in PLAUSIBLE_FILTERS.items()}),
)
@example(
    path="/en/publications/",
    data={
        "series": "insight",
        "topic": "economy",
        "author": "dana-levi",
        "year": "2024",
        "from": "2024-01-01",
        "to": "2024-12-31",
        "language": "he",
        "page": "1",
    },
)
def test_archive_filters_combined_never_fail(client, site, path, data):
    """All filters at once, mostly plausible values, so the facet counting runs with them."""
    get(client, path, urlencode(data))


# --- feeds, sitemaps, citations ------------------------------------------------------------

slugs = st.sampled_from(SLUGS) | st.from_regex(r"\A[-a-zA-Z0-9_]{1,80}\Z")


@FUZZ
@given(
    lang=st.sampled_from(["en", "he"]),
    kind=st.sampled_from(["publications", "series", "topics", "people"]),
    slug=slugs,
    extension=st.sampled_from(["rss", "atom"]),
    qs=query_strings(["page", "p", "q", "format"]),
)
@example(lang="he", kind="topics", slug="economy", extension="atom", qs="page=-1")
@example(lang="en", kind="people", slug="draft-person", extension="rss", qs="")
def test_feeds_never_fail(client, site, lang, kind, slug, extension, qs):
    path = (
        f"/{lang}/feeds/publications.{extension}"
        if kind == "publications"
        else f"/{lang}/feeds/{kind}/{slug}.{extension}"
    )
    get(client, path, qs)


@FUZZ
@given(
    section=st.sampled_from(["publications", "pages", "people", "topics", "nothing"]) | slugs,
    qs=query_strings(["p", "p", "page"]),
)
@example(section="publications", qs="p=-1")
@example(section="publications", qs="p=0")
@example(section="publications", qs="p=" + "9" * 5000)
@example(section="publications", qs="p=1&p=2&p=%zz")
def test_sitemaps_never_fail(client, site, section, qs):
    get(client, "/sitemap.xml", qs)
    get(client, f"/sitemap-{section}.xml", qs)


@FUZZ
@given(
    extension=st.sampled_from(["bib", "ris", "json"]),
    lang=st.sampled_from(["en", "he"]),
    qs=query_strings(["style", "format", "lang", "locale", "download"]),
)
@example(extension="bib", lang="en", qs="style=%00")
def test_citation_downloads_never_fail(client, site, extension, lang, qs):
    page = site.en.wages if lang == "en" else site.he.wages
    get(client, f"{page.url}cite.{extension}", qs)


# --- the read API, when the site has one ------------------------------------------------

API_PAGES = "/api/v2/pages/"
API_KEYS = ["limit", "offset", "order", "fields", "type", "search", "locale", "child_of", "descendant_of", "slug"]


@pytest.fixture
def api():
    try:
        resolve(API_PAGES)
    except Resolver404:
        pytest.skip(f"The site has no read API at {API_PAGES}.")


@FUZZ
@given(qs=query_strings(API_KEYS))
@example(qs="limit=-1&offset=-1")
@example(qs="offset=" + "9" * 30)  # was a 500: past the database's 64-bit OFFSET
@example(qs=f"offset={2**63}&limit=1")
@example(qs="limit=" + "9" * 5000 + "&offset=" + "9" * 30)
@example(qs="order=-nonexistent&fields=*,-title,_,body(")
@example(qs="type=wagtailcore.nosuchmodel&search=' OR 1=1 --")
@example(qs="type=publications.publicationpage&search=NEAR(&locale=xx")
@example(qs="fields=" + "a," * 3000)
def test_api_never_fails(client, site, api, qs):
    get(client, API_PAGES, qs)


API_PLAUSIBLE = {
    "type": ["publications.PublicationPage", "people.PersonPage", "topics.TopicPage", "wagtailcore.Page", "x.Y"],
    "fields": ["*", "title", "-title", "_,title", "authors", "topics(title)", "nope", "body"],
    "order": ["title", "-title", "random", "id", "-first_published_at", "nope"],
    "limit": ["1", "5", "20", "0", "-1", "1000"],
    "offset": ["0", "1", "3", "-1", "100000"],
    "search": ["wages", "שכר", "NEAR(", "' OR 1=1 --"],
    "locale": ["en", "he", "xx"],
    "search_operator": ["and", "or", "xor"],
    "slug": ["wages-and-growth", "economy"],
}


@FUZZ
@given(data=st.fixed_dictionaries({}, optional={key: mostly(plausible) for key, plausible in API_PLAUSIBLE.items()}))
@example(data={"type": "publications.PublicationPage", "fields": "*", "order": "-title", "search": "wages"})
@example(data={"type": "publications.PublicationPage", "search": "שכר", "order": "random", "locale": "he"})
def test_api_with_plausible_parameters_never_fails(client, site, api, data):
    """Mostly valid combinations, so the API's serializers and prefetching run with them."""
    get(client, API_PAGES, urlencode(data))


# --- arbitrary addresses under the language prefixes ------------------------------------

segments = st.lists(
    st.sampled_from(["publications", "insight", "wages-and-growth", "topics", "economy", "team", "cite.bib", "..", "."])
    | (any_text | scripts_text).map(lambda s: quote(s, safe="")),
    max_size=5,
)


@FUZZ
@given(
    lang=st.sampled_from(["en", "he", "xx", ""]),
    parts=segments,
    tail=st.sampled_from(["/", "", "/cite.bib", "/cite.ris", "/cite.json", ".rss", "/feeds/x.atom"]),
    qs=query_strings(["page", "q"]),
)
@example(lang="en", parts=["publications", "insight", "%00"], tail="/", qs="")
@example(lang="he", parts=["publications", "insight", "wages-and-growth"], tail="/cite.bib", qs="page=-1")
def test_arbitrary_addresses_never_fail(client, site, lang, parts, tail, qs):
    """Wagtail's page routing (and the citation route) with paths no link leads to."""
    path = "/" + "/".join(([lang] if lang else []) + parts) + tail
    get(client, path, qs)
