"""The podcast feed of a show (``<show>/feed/``): RSS 2.0 with the tags podcast apps read.

Apple's iTunes namespace (author, owner, cover, category, explicit flag, duration, episode and
season numbers) and the Podcasting 2.0 namespace (``podcast:guid``, ``podcast:locked``, a
transcript and the people of each episode). Built on Django's RSS generator, like the
publication feeds (``lectern.feeds``); a show's feed is in the show's language. The latest
``FEED_LENGTH`` episodes, in a fixed number of queries however many there are.
"""

import uuid

from django.http import HttpResponse
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.rich_text import expand_db_html

from lectern.core.i18n import localize_pages
from lectern.feeds.feeds import local_datetime

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
# Podcasting 2.0: a show's guid is a UUIDv5 of its feed address (without scheme) in this namespace.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
FEED_LENGTH = 300  # podcast apps list a show's whole back catalogue from its feed
COVER_RENDITION = "fill-1400x1400|format-jpeg"


def yes_no(value, yes="true", no="false"):
    return yes if value else no


class PodcastRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES, "xmlns:podcast": PODCAST}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        show = self.feed
        if show["cover_url"]:
            handler.startElement("image", {})
            handler.addQuickElement("url", show["cover_url"])
            handler.addQuickElement("title", show["title"])
            handler.addQuickElement("link", show["link"])
            handler.endElement("image")
            handler.addQuickElement("itunes:image", None, {"href": show["cover_url"]})
        handler.addQuickElement("itunes:author", show["author_name"])
        handler.addQuickElement("itunes:summary", show["description"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", show["owner_name"])
        handler.addQuickElement("itunes:email", show["owner_email"])
        handler.endElement("itunes:owner")
        category, *sub = show["itunes_category"]
        handler.startElement("itunes:category", {"text": category})
        for name in sub:
            handler.addQuickElement("itunes:category", None, {"text": name})
        handler.endElement("itunes:category")
        handler.addQuickElement("itunes:explicit", yes_no(show["explicit"]))
        handler.addQuickElement("podcast:locked", yes_no(show["locked"], "yes", "no"), {"owner": show["owner_email"]})
        handler.addQuickElement("podcast:guid", show["podcast_guid"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", str(item["duration"]))
        handler.addQuickElement("itunes:episodeType", "full")
        if item["episode"]:
            handler.addQuickElement("itunes:episode", str(item["episode"]))
        if item["season"]:
            handler.addQuickElement("itunes:season", str(item["season"]))
        handler.addQuickElement("itunes:summary", item["summary"])
        handler.addQuickElement("itunes:explicit", yes_no(item["explicit"]))
        if item["transcript_url"]:
            handler.addQuickElement(
                "podcast:transcript",
                None,
                {"url": item["transcript_url"], "type": "text/plain", "language": item["language"]},
            )
        for person in item["people"]:
            attributes = {"role": person["role"]}
            if person["href"]:
                attributes["href"] = person["href"]
            handler.addQuickElement("podcast:person", person["name"], attributes)


def cover_url(show, request):
    if not show.cover_image_id:
        return None
    return request.build_absolute_uri(show.cover_image.get_rendition(COVER_RENDITION).url)


def podcast_guid(feed_url):
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, feed_url.split("://", 1)[-1].rstrip("/")))


def podcast_feed(show, request):
    absolute = request.build_absolute_uri
    language = show.locale.language_code
    feed_url = absolute(show.feed_url(request))
    feed = PodcastRssFeed(
        title=show.title,
        link=absolute(show.get_url(request)),
        description=show.description,
        language=language,
        feed_url=feed_url,
        feed_copyright=_("© %(author)s") % {"author": show.author_name()},
        author_name=show.author_name(),
        owner_name=show.owner_name,
        owner_email=show.owner_email,
        cover_url=cover_url(show, request),
        itunes_category=show.category_path(),
        explicit=show.explicit,
        locked=show.feed_locked,
        podcast_guid=podcast_guid(feed_url),
    )
    episodes = [
        episode for episode in show.episodes().for_listing()[:FEED_LENGTH] if episode.audio_id and episode.duration
    ]
    people = [p.person for episode in episodes for p in episode.participants.all() if p.person_id]
    profiles = {person.pk: local for person, local in zip(people, localize_pages(people, show.locale_id), strict=True)}
    topics = [topic for episode in episodes for topic in episode.topics.all() if topic.live]
    topic_titles = {
        topic.pk: local.title for topic, local in zip(topics, localize_pages(topics, show.locale_id), strict=True)
    }
    for episode in episodes:
        url = absolute(episode.get_url(request))
        feed.add_item(
            title=episode.title,
            link=url,
            description=expand_db_html(episode.show_notes) if episode.show_notes else episode.summary,
            pubdate=local_datetime(episode.date),
            unique_id=uuid.uuid5(episode.translation_key, language).urn,
            unique_id_is_permalink=False,
            enclosures=[Enclosure(absolute(episode.audio.url), str(episode.audio.get_file_size()), episode.audio_type)],
            categories=[topic_titles[topic.pk] for topic in episode.topics.all() if topic.pk in topic_titles],
            duration=episode.duration_seconds,
            episode=episode.episode_number,
            season=episode.season_number,
            summary=episode.summary,
            explicit=show.explicit,
            language=language,
            transcript_url=absolute(episode.transcript_url(request)) if episode.transcript else None,
            people=[
                {
                    "name": participant.display_name,
                    "role": participant.role,
                    "href": absolute(profiles[participant.person_id].get_url(request))
                    if participant.person_id
                    else None,
                }
                for participant in episode.participants.all()
            ],
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
