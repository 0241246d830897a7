"""The few words around a match, with the matched words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import word_matches

WORD = re.compile(r"\S+")
WINDOW = 32  # words shown


def highlight(text, terms, window=WINDOW):
    """``text`` cut to ``window`` words around its first match, matches wrapped in <mark>.

    Returns None when nothing in ``text`` matches.
    """
    words = WORD.findall(text or "")
    hits = [i for i, word in enumerate(words) if word_matches(word, terms)]
    if not hits:
        return None
    start = max(0, hits[0] - window // 4)
    shown = words[start : start + window]
    parts = [f"<mark>{escape(w)}</mark>" if word_matches(w, terms) else escape(w) for w in shown]
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + window < len(words) else ""
    return mark_safe(prefix + " ".join(parts) + suffix)  # noqa: S308 (every word is escaped above)
