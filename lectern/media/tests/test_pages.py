"""Media item pages (appearance, video, press release), a person's profile, and the editor's side."""

import datetime
import re

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lectern.core.tests.helpers import content, elements, main, text
from lectern.media.models import Kind, MediaAppearancePage, PressReleasePage, VideoPage
from lectern.media.tests.builders import VIDEO_PLAYER, VIDEO_URL, appearance
from lectern.search.registry import SEARCHABLE


def test_appearance_page_gives_outlet_date_people_and_a_link_to_the_piece(client, site):
    markup = content(client.get("/en/media/articles/minimum-wage-quote/"))
    assert elements(markup, "h1")[0]["text"] == "Economists on the minimum wage"
    assert text(elements(markup, "header")[0]["text"]).startswith("Quote · Haaretz · March 9, 2023")
    [quote] = elements(markup, "blockquote")
    assert quote["text"] == "The minimum wage must keep up with prices."
    assert quote["attrs"]["cite"] == "https://news.example.com/minimum-wage-quote"
    assert quote["attrs"]["lang"] == "he"
    [link] = [a for a in elements(markup, "a") if a["attrs"].get("rel") == "external"]
    assert link["text"] == "Read at Haaretz"
    assert link["attrs"]["href"] == "https://news.example.com/minimum-wage-quote"
    assert link["attrs"]["hreflang"] == "he"
    assert "(in Hebrew)" in text(markup)
    people = re.search(r'<ul class="authors">.*?</ul>', markup, re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(people, "a")] == [
        ("Dana Levi", "/en/team/dana-levi/"),
        ("Amir Cohen", "/en/team/amir-cohen/"),
    ]
    assert 'href="/en/topics/minimum-wage/"' in markup


def test_radio_and_tv_say_listen_and_watch(client, site):
    assert "Listen at Radio One" in text(main(client.get("/en/media/radio-and-tv/morning-interview/")))
    assert "Watch at Channel 9" in text(main(client.get("/en/media/radio-and-tv/housing-evening-news/")))


def test_hebrew_appearance_links_hebrew_profiles(client, site):
    response = client.get("/he/media/articles/minimum-wage-quote/")
    assert response.status_code == 200
    markup = main(response)
    assert "הארץ" in text(markup)
    assert 'href="/he/team/dana-levi/"' in markup and 'href="/he/team/amir-cohen/"' in markup


def test_video_loads_nothing_from_the_provider_until_asked(client, site):
    markup = content(client.get("/en/media/videos/economy-briefing/"))
    # The provider's player waits in a <template> (inert: the browser fetches nothing from it).
    outside_template = re.sub(r"<template.*?</template>", "", markup, flags=re.S)
    assert "<iframe" not in outside_template and VIDEO_PLAYER not in outside_template
    player = re.search(r'<template class="video__player">(.*?)</template>', markup, re.S).group(1)
    assert f'src="{VIDEO_PLAYER}"' in player
    assert 'title="Briefing on the economy"' in player  # screen readers name the frame
    [button] = elements(markup, "button")
    assert "hidden" in button["attrs"]  # shown by lectern.js; without JavaScript the link leads to the video
    assert button["text"] == "Play the video here (loads the player from ExampleTube)"
    assert ("Watch at ExampleTube", VIDEO_URL) in [(a["text"], a["attrs"]["href"]) for a in elements(markup, "a")]
    [poster] = elements(markup, "img")
    assert poster["attrs"]["alt"] == "A speaker at a lectern"
    transcript = re.search(r'<section class="transcript".*?</section>', markup, re.S).group(0)
    assert [p["text"] for p in elements(transcript, "p")] == ["Dana Levi: Good morning.", "Growth slowed this year."]


def test_video_without_a_stored_player_links_to_its_source(client, site):
    video = site.en.video
    video.video_url = "https://video.example.org/watch/never-fetched"
    video.save()
    markup = content(client.get("/en/media/videos/economy-briefing/"))
    assert "<template" not in markup and "<button" not in markup
    assert ("Watch the video at its source", video.video_url) in [
        (a["text"], a["attrs"]["href"]) for a in elements(markup, "a")
    ]


def contact_card(markup):
    return list(
        zip([dt["text"] for dt in elements(markup, "dt")], [dd["text"] for dd in elements(markup, "dd")], strict=True)
    )


def test_press_release_shows_its_text_and_whom_to_contact(client, site):
    markup = content(client.get("/en/media/press-releases/security-programme/"))
    assert "The institute today opened a programme." in text(markup)
    contact = re.search(r'<section class="press-contact".*?</section>', markup, re.S).group(0)
    # No contact on the release: the institute's own phone (the test institute has no email).
    assert contact_card(contact) == [("Phone", "02-555-0100")]
    release = site.en.release
    release.contact_name, release.contact_email = "Noa Press", "press@example.org"
    release.save()
    contact = re.search(r'<section class="press-contact".*?</section>', main(client.get(release.url)), re.S).group(0)
    assert contact_card(contact) == [("Contact", "Noa Press"), ("Email", "press@example.org")]
    assert 'href="mailto:press@example.org"' in contact


def test_every_item_type_is_searchable_and_its_type_is_fixed(site):
    assert {PressReleasePage, MediaAppearancePage, VideoPage} <= set(SEARCHABLE)
    assert site.en.release.kind == Kind.PRESS_RELEASE and site.en.video.kind == Kind.VIDEO


def test_a_person_profile_lists_their_latest_media_items_with_a_link_to_all(client, site):
    markup = main(client.get("/en/team/dana-levi/"))
    section = re.search(r'<section class="person-media".*?</section>', markup, re.S).group(0)
    assert [h["text"] for h in elements(section, "h3")] == [
        "Wages are rising",
        "Briefing on the economy",
        "Economists on the minimum wage",
        "Housing on the evening news",
    ]
    assert ("All media appearances of Dana Levi", "/en/media/?person=dana-levi") in [
        (a["text"], a["attrs"]["href"]) for a in elements(section, "a")
    ]
    he_section = re.search(r'<section class="person-media".*?</section>', main(client.get("/he/team/dana-levi/")), re.S)
    assert "/he/media/?person=dana-levi" in he_section.group(0)
    assert "השכר עולה" in text(he_section.group(0))


def test_a_profile_without_media_items_has_no_media_section(client, site):
    for item in (site.en.quote, site.en.radio, site.en.release):
        item.people.set([])
        item.save()
    assert 'class="person-media"' not in main(client.get("/en/team/amir-cohen/"))


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def test_editors_add_an_appearance_under_a_section_and_choose_only_appearance_types(client, site, editor):
    section = site.en.media_articles
    form = client.get(f"/admin/pages/add/media/mediaappearancepage/{section.pk}/").content.decode()
    options = re.search(r'<select name="kind".*?</select>', form, re.S).group(0)
    assert re.findall(r'<option value="([\w-]+)"', options) == ["article", "quote", "radio", "tv"]
    response = client.post(
        f"/admin/pages/add/media/mediaappearancepage/{section.pk}/",
        {
            "title": "A new column",
            "slug": "a-new-column",
            "kind": "article",
            "date": "2024-09-01",
            "outlet": "Gazette",
            "language": "en",
            "link": "https://gazette.example.com/column",
            "people": [site.en.dana.pk],
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, re.findall(r'class="error-message"[^>]*>(.*?)<', response.content.decode())
    page = MediaAppearancePage.objects.get(slug="a-new-column")
    assert page.live and page.kind == "article" and list(page.people.all()) == [site.en.dana]


def test_a_video_address_without_an_embeddable_video_is_refused_in_the_admin(client, site, editor):
    response = client.post(
        f"/admin/pages/add/media/videopage/{site.en.media_videos.pk}/",
        {"title": "Unknown", "slug": "unknown", "date": "2024-09-01", "video_url": "https://unknown.example.net/v/1"},
    )
    assert response.status_code == 200
    assert "No video to embed was found at this address" in response.content.decode()
    assert not VideoPage.objects.filter(slug="unknown").exists()


def test_profile_queries_do_not_grow_with_media_items(client, site, django_assert_num_queries):
    url = "/en/team/dana-levi/"
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for day in range(12):
        appearance(
            site.en.media_articles,
            f"Column {day}",
            f"column-{day}",
            "article",
            "Gazette",
            datetime.date(2025, 1, day + 1),
            [site.en.dana],
            [site.en.labour],
        )
    cache.clear()
    with django_assert_num_queries(len(few)):
        response = client.get(url)
    section = re.search(r'<section class="person-media".*?</section>', main(response), re.S).group(0)
    assert len(elements(section, "h3")) == 5  # the latest five, then the link to all


def test_editors_preview_a_new_video(client, site, editor):
    url = f"/admin/pages/add/media/videopage/{site.en.media_videos.pk}/preview/"
    data = {
        "title": "Draft video",
        "slug": "draft-video",
        "date": "2024-05-01",
        "video_url": VIDEO_URL,  # stored already: the form asks no provider
        "people": [site.en.dana.pk],
    }
    response = client.post(url, data)
    assert response.status_code == 200, (response.status_code, response.content[:300])
    assert response.json()["is_valid"]
    markup = client.get(url).content.decode()
    assert "Draft video" in markup and '<span class="media-kind">Video</span>' in markup  # its type, before saving
    assert f'src="{VIDEO_PLAYER}"' in markup
