"""Turn the content's compact block tuples into StreamField data for ``core.blocks.BodyBlock``.

The result is the raw JSON form Wagtail stores ({"type", "value", "id"}), which a
StreamField accepts as is; it also suits the bulk loader, which bypasses model saves.
"""

import re
import uuid
from html import escape

FOOTNOTE_MARK = re.compile(r"\[\^(\w+)\]")


def footnote_uuid(publication_slug, key):
    """A stable UUID per publication and footnote key.

    The English page and its Hebrew translation share it: copy_for_translation keeps the
    footnotes' UUIDs, and the Hebrew body must reference the same ones.
    """
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"lectern-demo:{publication_slug}:{key}"))


def rich_text(text, footnotes=None):
    """One paragraph of rich text. "[^key]" becomes the reference that wagtail_footnotes
    stores: ``<footnote id="UUID">[first 6 chars of UUID]</footnote>``."""

    def reference(match):
        ref = footnotes[match.group(1)]
        return f'<footnote id="{ref}">[{ref[:6]}]</footnote>'

    return f"<p>{FOOTNOTE_MARK.sub(reference, escape(text, quote=False))}</p>"


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def stream(blocks, images=None, footnotes=None):
    """``blocks``: the content tuples. ``images``: key -> LecternImage (for figures).
    ``footnotes``: footnote key -> UUID string."""
    data = []
    for kind, *args in blocks:
        if kind == "p":
            block_type, value = "paragraph", rich_text(args[0], footnotes)
        elif kind in ("h2", "h3", "h4"):
            block_type, value = "heading", {"text": args[0], "level": kind}
        elif kind == "list":
            style, items = args
            block_type = "list"
            value = {"style": style, "items": [_block("item", rich_text(item, footnotes)) for item in items]}
        elif kind == "quote":
            block_type, value = "quote", {"quote": args[0], "attribution": args[1]}
        elif kind == "figure":
            key, alt, caption, credit = args
            image = images[key]
            block_type = "image"
            value = {
                "image": {"image": image.pk, "decorative": False, "alt_text": alt or image.description},
                "caption": caption,
                "credit": credit,
            }
        elif kind == "table":
            caption, rows = args
            block_type = "table"
            value = {
                "data": rows,
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": caption,
            }
        else:
            raise ValueError(f"Unknown demo block {kind!r}")
        data.append(_block(block_type, value))
    return data


def footnotes_used(blocks):
    """The footnote keys referenced in ``blocks``, in order (to check the content is consistent)."""
    keys = []
    for kind, *args in blocks:
        texts = [args[0]] if kind == "p" else args[1] if kind == "list" else []
        for text in texts:
            keys.extend(key for key in FOOTNOTE_MARK.findall(text) if key not in keys)
    return keys
