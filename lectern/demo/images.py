"""Demo pictures and the demo PDF, drawn locally with Pillow so the demo needs no downloads.

Every picture is generated from its key (used as the random seed), so the same key
always gives the same picture. The texts (title, alt text, credit) live in
``content.site.IMAGES``; this module only draws and stores.
"""

import io
import itertools
import math
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lectern.images.models import LecternImage

LEAD_SIZE = (1600, 900)
PORTRAIT_SIZE = (800, 800)


# --- drawing ---------------------------------------------------------------------


def _gradient(size, top, bottom):
    """A vertical two-colour gradient (Pillow's 256px ramp, stretched)."""
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _blob(rng, cx, cy, radius, points=28, roughness=0.35):
    """A closed, irregular outline around (cx, cy): reads as a landmass or a cloud."""
    outline = []
    for i in range(points):
        angle = 2 * math.pi * i / points
        r = radius * (1 + rng.uniform(-roughness, roughness))
        outline.append((cx + r * math.cos(angle), cy + r * 0.7 * math.sin(angle)))
    return outline


def _draw_map(img, rng, palette):
    """Landmasses, a graticule and a few 'cities' joined by routes."""
    w, h = img.size
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(3, 5)):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        draw.polygon(_blob(rng, cx, cy, rng.uniform(h * 0.2, h * 0.5)), fill=(*palette[2], 235))
    layer = layer.filter(ImageFilter.GaussianBlur(3))
    img.paste(layer, (0, 0), layer)
    draw = ImageDraw.Draw(img, "RGBA")
    for x in range(0, w, 100):
        draw.line([(x, 0), (x, h)], fill=(255, 255, 255, 28), width=1)
    for y in range(0, h, 100):
        draw.line([(0, y), (w, y)], fill=(255, 255, 255, 28), width=1)
    cities = [(rng.uniform(w * 0.1, w * 0.9), rng.uniform(h * 0.1, h * 0.9)) for _ in range(6)]
    for a, b in itertools.pairwise(cities):
        draw.line([a, b], fill=(*palette[3], 150), width=3)
    for x, y in cities:
        draw.ellipse([x - 9, y - 9, x + 9, y + 9], fill=(*palette[3], 255))
        draw.ellipse([x - 22, y - 22, x + 22, y + 22], outline=(*palette[3], 120), width=2)


def _draw_orbs(img, rng, palette):
    """Soft overlapping circles."""
    w, h = img.size
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(14):
        r = rng.uniform(h * 0.08, h * 0.45)
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        colour = palette[rng.randint(2, 3)]
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(*colour, rng.randint(40, 110)))
    layer = layer.filter(ImageFilter.GaussianBlur(6))
    img.paste(layer, (0, 0), layer)


def _draw_grid(img, rng, palette):
    """A circuit-like grid of lit cells and traces."""
    w, h = img.size
    draw = ImageDraw.Draw(img, "RGBA")
    cell = 40
    for x in range(0, w, cell):
        for y in range(0, h, cell):
            if rng.random() < 0.18:
                alpha = rng.randint(40, 200)
                draw.rectangle([x + 4, y + 4, x + cell - 4, y + cell - 4], fill=(*palette[2], alpha))
    for _ in range(30):
        x, y = rng.randrange(0, w, cell), rng.randrange(0, h, cell)
        length = rng.randint(3, 12) * cell
        end = (x + length, y) if rng.random() < 0.5 else (x, y + length)
        draw.line([(x, y), end], fill=(*palette[3], 170), width=3)
        draw.ellipse([end[0] - 6, end[1] - 6, end[0] + 6, end[1] + 6], fill=(*palette[3], 230))


def _draw_waves(img, rng, palette):
    """Stacked sine lines, like a calm sea or a seismograph."""
    w, h = img.size
    draw = ImageDraw.Draw(img, "RGBA")
    for i in range(26):
        base = h * 0.25 + i * h * 0.028
        amp, freq, phase = rng.uniform(8, 40), rng.uniform(1.5, 4), rng.uniform(0, 6.3)
        points = [(x, base + amp * math.sin(freq * 2 * math.pi * x / w + phase)) for x in range(0, w + 20, 20)]
        draw.line(points, fill=(*palette[2 + i % 2], 60 + i * 6), width=3)


def _draw_bars(img, rng, palette):
    """An abstract bar chart that doubles as a city skyline."""
    w, h = img.size
    draw = ImageDraw.Draw(img, "RGBA")
    x = 0
    while x < w:
        bar = rng.randint(30, 90)
        top = rng.uniform(h * 0.25, h * 0.85)
        draw.rectangle([x, top, x + bar - 6, h], fill=(*palette[2], rng.randint(120, 230)))
        if rng.random() < 0.4:
            draw.rectangle([x, top, x + bar - 6, top + 6], fill=(*palette[3], 255))
        x += bar
    trend = [(i, h * 0.7 - i * 0.25 - 60 * math.sin(i / 180)) for i in range(0, w + 40, 40)]
    draw.line(trend, fill=(*palette[3], 255), width=6)


def _draw_rays(img, rng, palette):
    """Rays from a low sun: a dawn or a blast, depending on the reader."""
    w, h = img.size
    cx, cy = rng.uniform(w * 0.3, w * 0.7), h * 0.95
    draw = ImageDraw.Draw(img, "RGBA")
    for i in range(36):
        angle = math.pi + math.pi * (i + rng.random() * 0.5) / 36
        end = (cx + 2000 * math.cos(angle), cy + 2000 * math.sin(angle))
        draw.line([(cx, cy), end], fill=(*palette[2 + i % 2], 70), width=rng.randint(4, 18))
    draw.ellipse([cx - 120, cy - 120, cx + 120, cy + 120], fill=(*palette[3], 255))


STYLES = {
    "map": _draw_map,
    "orbs": _draw_orbs,
    "grid": _draw_grid,
    "waves": _draw_waves,
    "bars": _draw_bars,
    "rays": _draw_rays,
}


def draw_lead(key, style, palette):
    rng = random.Random(key)  # noqa: S311 (a seed for repeatable pictures, not for secrets)
    img = _gradient(LEAD_SIZE, palette[0], palette[1])
    STYLES[style](img, rng, palette)
    return img


def draw_portrait(key, palette):
    """A head-and-shoulders silhouette on a gradient: a placeholder portrait."""
    rng = random.Random(key)  # noqa: S311 (a seed for repeatable pictures, not for secrets)
    w, h = PORTRAIT_SIZE
    img = _gradient(PORTRAIT_SIZE, palette[0], palette[1])
    draw = ImageDraw.Draw(img, "RGBA")
    shift = rng.uniform(-40, 40)
    body = palette[2]
    draw.ellipse([w * 0.16 + shift, h * 0.68, w * 0.84 + shift, h * 1.35], fill=(*body, 255))
    draw.rectangle([w * 0.43 + shift, h * 0.52, w * 0.57 + shift, h * 0.72], fill=(*palette[3], 255))
    draw.ellipse([w * 0.31 + shift, h * 0.18, w * 0.69 + shift, h * 0.62], fill=(*palette[3], 255))
    # A few hair shapes so the portraits are told apart at a glance.
    if rng.random() < 0.6:
        draw.pieslice([w * 0.29 + shift, h * 0.15, w * 0.71 + shift, h * 0.5], 180, 360, fill=(*palette[1], 255))
    return img


def _jpeg(img):
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=82, optimize=True)
    buffer.seek(0)
    return buffer


# --- storing -----------------------------------------------------------------------


def ensure_image(key, spec, portrait=False):
    """The LecternImage for ``key`` (looked up by title), drawn and stored if missing."""
    image = LecternImage.objects.filter(title=spec["title"]).first()
    if image:
        return image
    picture = draw_portrait(key, spec["palette"]) if portrait else draw_lead(key, spec["style"], spec["palette"])
    image = LecternImage(
        title=spec["title"],
        description=spec["alt"],
        credit=spec.get("credit", ""),
        file=ImageFile(_jpeg(picture), name=f"{key}.jpg"),
    )
    image._set_image_file_metadata()  # file size and hash, as the admin's upload form does
    image.save()
    return image


def _pdf_bytes(title, lines):
    """A small one-page A4 PDF (Pillow's PDF writer), with the title and a few lines of text."""
    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, 1240, 180], fill=(24, 52, 86))
    draw.text((90, 60), "IPS", fill="white", font=ImageFont.load_default(size=64))
    draw.text((90, 260), title, fill=(24, 52, 86), font=ImageFont.load_default(size=44))
    font = ImageFont.load_default(size=28)
    for i, line in enumerate(lines):
        draw.text((90, 380 + i * 46), line, fill=(40, 40, 40), font=font)
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150.0)
    return buffer.getvalue()


def ensure_pdf(spec):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document:
        return document
    document = Document(
        title=spec["title"], file=ContentFile(_pdf_bytes(spec["heading"], spec["lines"]), name=spec["filename"])
    )
    document._set_document_file_metadata()
    document.save()
    return document
