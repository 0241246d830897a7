from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control

from wagtail.contrib.sitemaps import views as sitemap_views

from .sitemaps import SITEMAPS

# Crawlers may keep these an hour; pages published meanwhile are found on the next visit.
MAX_AGE = 60 * 60


@cache_control(max_age=MAX_AGE)
def sitemap_index(request):
    """``/sitemap.xml``: the address of every page of every section's sitemap."""
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")


@cache_control(max_age=MAX_AGE)
def sitemap_section(request, section):
    """``/sitemap-<section>.xml?p=N``: one page of a section's addresses, with their languages."""
    return sitemap_views.sitemap(request, SITEMAPS, section=section)


@cache_control(max_age=MAX_AGE)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap_index"))
    return render(
        request, "metadata/robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain; charset=utf-8"
    )
