"""The demo's videos: at a real provider whose player the Content-Security-Policy lets in, and an
earlier demo database's videos (at a made-up host) moved there by ``load_demo``, once."""

from urllib.parse import urlsplit

from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.oembed_providers import youtube
from wagtail.models import Revision

from lectern.demo.content.media import VIDEOS
from lectern.demo.media import OLD_VIDEO_HOST, move_to_provider
from lectern.media.models import VideoPage

from .builders import VIDEO_URL


def test_demo_videos_are_provider_addresses_whose_player_the_policy_allows(settings):
    finder = OEmbedFinder(providers=[youtube])  # what Wagtail asks when an editor saves (nothing is asked here)
    for spec in VIDEOS:
        assert finder.accept(spec["url"]), spec["url"]
        player = urlsplit(spec["player"])
        assert f"{player.scheme}://{player.netloc}" in settings.CSP_FRAME_HOSTS
        assert player.netloc == "www.youtube-nocookie.com"  # the privacy-enhanced player, no cookies


def test_an_earlier_demo_video_moves_to_the_provider_once(site):
    en, he = VideoPage.objects.get(pk=site.en.video.pk), VideoPage.objects.get(pk=site.he.video.pk)
    assert en.video_url == he.video_url == VIDEO_URL and VIDEO_URL.startswith(OLD_VIDEO_HOST)
    spec = VIDEOS[0]
    move_to_provider(spec, [en, he])
    for page in (en, he):
        page = VideoPage.objects.get(pk=page.pk)
        assert page.video_url == spec["url"]
        assert page.live and not page.has_unpublished_changes
        assert page.live_revision.as_object().video_url == spec["url"]
    revisions = Revision.objects.count()
    move_to_provider(spec, [VideoPage.objects.get(pk=en.pk), VideoPage.objects.get(pk=he.pk)])
    assert Revision.objects.count() == revisions  # run again: nothing to do


def test_a_video_an_editor_moved_elsewhere_is_left_alone(site):
    VideoPage.objects.filter(pk=site.en.video.pk).update(video_url="https://vimeo.com/123456")
    revisions = Revision.objects.count()
    move_to_provider(VIDEOS[0], [VideoPage.objects.get(pk=site.en.video.pk)])
    assert VideoPage.objects.get(pk=site.en.video.pk).video_url == "https://vimeo.com/123456"
    assert Revision.objects.count() == revisions
