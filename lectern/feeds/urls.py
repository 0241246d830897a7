"""``/<language>/feeds/…``: every feed as RSS (``.rss``) and as Atom (``.atom``)."""

from django.urls import path

from .feeds import FORMATS, AllPublicationsFeed, PersonFeed, SeriesFeed, TopicFeed

app_name = "feeds"

urlpatterns = []
for extension, generator in FORMATS.items():
    urlpatterns += [
        path(f"publications.{extension}", AllPublicationsFeed(generator), name=f"publications_{extension}"),
        path(f"series/<slug:slug>.{extension}", SeriesFeed(generator), name=f"series_{extension}"),
        path(f"topics/<slug:slug>.{extension}", TopicFeed(generator), name=f"topic_{extension}"),
        path(f"people/<slug:slug>.{extension}", PersonFeed(generator), name=f"person_{extension}"),
    ]
