"""The few words around a match, with the matched words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import normalize, word_matches

WORD = re.compile(r"\S+")
WINDOW = 32  # words shown


def highlight(text, terms, window=WINDOW):
    """``text`` cut to ``window`` words around its first match, matches wrapped in <mark>.

    Returns None when nothing in ``text`` matches.
    """
    words = WORD.findall(text or "")
    # A term is a stem of the word, or the word without its Hebrew prefixes or plural ending: its
    # first two letters are in the word. Words without them are not analysed (most of a long text).
    starts = {term[:2] for term in terms}
    seen = {}  # a text repeats its words: each is analysed once

    def matches(word):
        if word not in seen:
            plain = normalize(word).lower()
            seen[word] = any(start in plain for start in starts) and word_matches(word, terms)
        return seen[word]

    first = next((i for i, word in enumerate(words) if matches(word)), None)
    if first is None:
        return None
    start = max(0, first - window // 4)
    shown = words[start : start + window]
    parts = [f"<mark>{escape(w)}</mark>" if matches(w) else escape(w) for w in shown]
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + window < len(words) else ""
    return mark_safe(prefix + " ".join(parts) + suffix)  # noqa: S308 (every word is escaped above)
