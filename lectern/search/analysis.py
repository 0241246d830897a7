"""Language analysis applied to indexed text and to queries alike.

Wagtail's database backends (SQLite FTS5, PostgreSQL full text with the ``simple``
configuration) match whole tokens. Lectern hands them analysed tokens:

* Hebrew: niqqud and cantillation removed, final letters (ך ם ן ף ץ) written as their
  normal forms, geresh and gershayim (' " ׳ ״) dropped inside words, and for every word the
  forms without its one-letter prefixes (ו ה ב כ ל מ ש and their combinations) so that
  "ישראל" finds "בישראל". A stem is never shorter than two letters. A document keeps each
  word's own form twice and each stem once, so a word that matches as written ranks above
  one that matched only after a prefix was removed.
  Plural endings (ים, ות) are removed too, so "טיל בליסטי" finds "טילים בליסטיים".
* English (and other Latin-script words): lower-cased, British spellings written the
  American way ("defence", "normalisation"), and Snowball-stemmed, so "sanction" finds
  "sanctions" and "normalization" finds "normalisation".

Queries are analysed without prefix removal: a reader who types "בישראל" means that form.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

HEBREW_MARKS = re.compile("[\u0591-\u05bd\u05bf-\u05c7]")  # cantillation and niqqud (not maqaf U+05BE)
FINAL_LETTERS = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
# Geresh/gershayim inside a Hebrew word: ASCII ' and ", the Hebrew ׳ ״, and typographic quotes.
# The quote comes first and the letter before it is a lookbehind over both: the regex engine then
# skips to candidate quotes instead of trying the lookbehind at every character (~20× faster).
HEBREW_QUOTES = re.compile("['\"\u05f3\u05f4\u2019\u201d](?<=[\u05d0-\u05ea].)(?=[\u05d0-\u05ea])")
TOKEN = re.compile(r"[\u05d0-\u05ea]+|[^\W_]+", re.UNICODE)
HEBREW_WORD = re.compile("^[\u05d0-\u05ea]+$")

PREFIX_LETTERS = set("והבכלמש")
PLURAL_ENDINGS = ("ימ", "ות")  # ים and ות, after final letters are normalised
MIN_SINGULAR = 3
BRITISH = {
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "labour": "labor",
    "favour": "favor",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "analyse": "analyze",
}
BRITISH_ENDING = re.compile(r"isation(s?)$")
MAX_PREFIX = 3  # e.g. ו+ש+ב ("ושבישראל")
MIN_STEM = 2

_english = snowballstemmer.stemmer("english")


def normalize(text):
    """The text with Hebrew marks, quotes and final letters normalised (not yet tokenised)."""
    text = unicodedata.normalize("NFC", text)
    text = HEBREW_MARKS.sub("", text)
    text = HEBREW_QUOTES.sub("", text)
    # Five replace() calls, not str.translate: translate looks every character of the text up
    # in a table, ~40× slower on Hebrew text than five scans.
    for final, normal in FINAL_LETTERS.items():
        text = text.replace(final, normal)
    return text


def tokens(text):
    """Words of the normalised text, lower-cased."""
    return [token.lower() for token in TOKEN.findall(normalize(text))]


@lru_cache(maxsize=50_000)
def hebrew_stems(word):
    """The forms of a Hebrew word without one, two or three leading prefix letters."""
    stems = []
    for cut in range(1, MAX_PREFIX + 1):
        if word[cut - 1] not in PREFIX_LETTERS or len(word) - cut < MIN_STEM:
            break
        stems.append(word[cut:])
    return stems


@lru_cache(maxsize=50_000)
def hebrew_forms(word):
    """The word, its prefix-less stems, and each of those without a plural ending."""
    forms = [word, *hebrew_stems(word)]
    singular = [form[:-2] for form in forms if form.endswith(PLURAL_ENDINGS) and len(form) - 2 >= MIN_SINGULAR]
    return forms + [form for form in singular if form not in forms]


@lru_cache(maxsize=50_000)
def english_stem(word):
    word = BRITISH.get(word) or BRITISH_ENDING.sub(r"ization\1", word)
    return _english.stemWord(word)


def document_terms(word):
    """What one word of a document contributes to the index."""
    if HEBREW_WORD.match(word):
        return [word, *hebrew_forms(word)]
    stem = english_stem(word)
    return [word, word, stem] if stem != word else [word, word]


def query_terms(word):
    if HEBREW_WORD.match(word):
        return [word]
    return [english_stem(word)]


@lru_cache(maxsize=50_000)
def document_text(token):
    """``document_terms`` of one token (as found, before lower-casing) as indexed text. Documents
    repeat the same few thousand words: each is analysed once per process."""
    return " ".join(document_terms(token.lower()))


def analyze_document(text):
    """The analysed token stream to index for ``text`` (``tokens``, then ``document_terms``)."""
    return " ".join(map(document_text, TOKEN.findall(normalize(text))))


def analyze_query(text):
    """The analysed query, one term per word, duplicates removed, order kept."""
    seen = []
    for word in tokens(text):
        for term in query_terms(word):
            if term not in seen:
                seen.append(term)
    return seen


def word_matches(word, terms):
    """Whether a word of a document matches any analysed query term (for highlighting)."""
    analysed = tokens(word)
    return any(term in terms for part in analysed for term in document_terms(part))
