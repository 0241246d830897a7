"""Readers of what a page's ``<head>`` tells machines."""

import json
import re

from lectern.core.tests.helpers import between, elements, html

WAGES_EN = "/en/publications/insight/wages-and-growth/"
WAGES_HE = "/he/publications/insight/wages-and-growth/"
HOUSING_EN = "/en/publications/insight/housing-costs/"


def head(response):
    return between(html(response), "<head>", "</head>")


def meta_tags(response):
    """``[(property or name, content), …]`` of the ``<meta>`` tags in the head, in order."""
    found = []
    for meta in elements(head(response), "meta"):
        attrs = meta["attrs"]
        key = attrs.get("property") or attrs.get("name")
        if key:
            found.append((key, attrs.get("content")))
    return found


def meta_values(response, key):
    return [content for name, content in meta_tags(response) if name == key]


def og(response):
    """{property: content} of the single-valued Open Graph and Twitter tags."""
    return {name: content for name, content in meta_tags(response) if name.startswith(("og:", "twitter:", "article:"))}


def canonical(response):
    links = [link["attrs"] for link in elements(head(response), "link") if link["attrs"].get("rel") == "canonical"]
    assert len(links) <= 1
    return links[0]["href"] if links else None


def json_ld(response):
    """Every JSON-LD object of the page, parsed."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html(response), re.S)
    return [json.loads(script) for script in scripts]
