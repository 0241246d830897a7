"""The institute's podcast: a show page with its episodes as child pages, an RSS feed for podcast
apps (``<show>/feed/``), and each episode's transcript as a file (``<episode>/transcript/``).

The audio is a Wagtail document (uploaded in the episode's form); ``serving.py`` serves audio
documents with HTTP Range support so players can seek.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from lectern.core.i18n import localize_pages
from lectern.core.pages import prefetch
from lectern.core.pagination import paginate
from lectern.people.contributors import PersonOrGuest, with_profiles
from lectern.search.registry import searchable

from .audio import audio_type

# Apple Podcasts categories that suit a policy institute ("Category" or "Category|Sub-category").
CATEGORIES = [
    ("News|Politics", _("News › Politics")),
    ("News|Daily News", _("News › Daily News")),
    ("News|News Commentary", _("News › News Commentary")),
    ("Government", _("Government")),
    ("Education", _("Education")),
    ("History", _("History")),
    ("Society & Culture", _("Society & Culture")),
    ("Science|Social Sciences", _("Science › Social Sciences")),
    ("Business", _("Business")),
    ("Technology", _("Technology")),
]


class PodcastShowPage(RoutablePageMixin, Page):
    """A podcast show (``/podcast/``): its description and cover, the details podcast directories
    ask for, and its episodes, newest first. Its feed is at ``feed/`` below its address."""

    page_description = _("A podcast show: description, cover and feed details; holds the episodes.")

    description = models.TextField(_("description"), help_text=_("What the show is about; podcast apps show it."))
    cover_image = models.ForeignKey(
        "images.LecternImage",
        verbose_name=_("cover image"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square, at least 1400 × 1400 pixels; the credit stored with the image is shown."),
    )
    author = models.CharField(
        _("author"), max_length=200, blank=True, help_text=_("Shown as the show's author; defaults to the institute.")
    )
    owner_name = models.CharField(_("owner's name"), max_length=200)
    owner_email = models.EmailField(
        _("owner's email"), help_text=_("Podcast directories write here to confirm the show belongs to you.")
    )
    category = models.CharField(_("category"), max_length=60, choices=CATEGORIES, default="News|Politics")
    explicit = models.BooleanField(_("explicit content"), default=False)
    feed_locked = models.BooleanField(
        _("locked"), default=True, help_text=_("Asks podcast platforms not to let anyone else import the feed.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldPanel("category"),
                FieldRowPanel([FieldPanel("explicit"), FieldPanel("feed_locked")]),
            ],
            heading=_("For podcast directories"),
        ),
    ]
    route_select_related = ("cover_image",)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["podcast.PodcastEpisodePage"]

    class Meta:
        verbose_name = _("podcast show")

    def episodes(self):
        return PodcastEpisodePage.objects.live().public().child_of(self)

    def category_path(self):
        return self.category.split("|")

    def author_name(self):
        from lectern.core.models import Institute

        institute = Institute.for_locale(self.locale)
        return self.author or (institute.name if institute else "")

    @path("")
    def show(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feed import podcast_feed

        return podcast_feed(self, request)

    def feed_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("feed") if url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = paginate(request, self.episodes().for_listing())
        context["feed_url"] = self.feed_url(request)
        return context


class EpisodeQuerySet(PageQuerySet):
    def featuring(self, person_key):
        # The person's links first, then the episodes by key: a correlated EXISTS made the database
        # walk every page of the language (a profile's latest episodes: 56 ms at 100,000 publications).
        return self.filter(
            pk__in=EpisodeParticipant.objects.filter(person__translation_key=person_key).values("episode_id")
        )

    def latest_featuring(self, person, limit):
        return (
            self.live()
            .public()
            .filter(locale_id=person.locale_id)
            .featuring(person.translation_key)
            .order_by("-date", "-pk")[:limit]
        )

    def for_listing(self):
        """What an episode's card shows (and the feed's item needs), in a fixed number of queries."""
        return (
            self.select_related("audio", "locale")
            .prefetch_related(listing_participants(), "topics")
            .order_by("-date", "-pk")
        )


def listing_participants():
    """Participants with each person's name in the episode's language (an episode may point to the
    other language's profile), in one query."""
    localized_name = (
        Page.objects.live()
        .filter(translation_key=OuterRef("person__translation_key"), locale_id=OuterRef("episode__locale_id"))
        .values("title")[:1]
    )
    return Prefetch(
        "participants",
        queryset=EpisodeParticipant.objects.select_related("person").annotate(localized_name=Subquery(localized_name)),
    )


EpisodeManager = PageManager.from_queryset(EpisodeQuerySet)


@searchable(_("Podcast episode"), fields=["summary", "show_notes", "transcript"], extra_text="participant_names")
class PodcastEpisodePage(RoutablePageMixin, Page):
    """An episode: the audio (a document), its details, show notes, participants and transcript."""

    page_description = _("A podcast episode: audio file, duration, show notes, participants, transcript.")

    date = models.DateField(_("publication date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), help_text=_("A sentence or two for listings, search and podcast apps."))
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP3 (best supported by podcast apps), M4A, OGG/Opus or WAV file."),
    )
    duration = models.DurationField(_("duration"), help_text=_("Hours, minutes and seconds, e.g. 00:42:10."))
    episode_number = models.PositiveIntegerField(_("episode number"), null=True, blank=True)
    season_number = models.PositiveIntegerField(_("season"), null=True, blank=True)
    show_notes = RichTextField(_("show notes"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("The words spoken, one paragraph per line, e.g. “Dana Levi: Welcome to …”."),
    )
    topics = ParentalManyToManyField("topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="+")

    objects = EpisodeManager()
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("episode_number"), FieldPanel("season_number")]),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("audio"), FieldPanel("duration")], heading=_("Audio")),
        InlinePanel("participants", label=_("Participant"), heading=_("Participants")),
        FieldPanel("show_notes"),
        FieldPanel("transcript"),
        FieldPanel("topics"),
    ]
    search_fields = [*Page.search_fields, index.FilterField("date")]
    route_select_related = ("audio",)
    parent_page_types = ["podcast.PodcastShowPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("podcast episode")
        verbose_name_plural = _("podcast episodes")
        indexes = [models.Index(fields=["date"])]

    def clean(self):
        super().clean()
        if self.audio_id and not audio_type(self.audio.filename):
            raise ValidationError({"audio": _("Choose an audio file (MP3, M4A, OGG, Opus or WAV).")})
        if self.duration is not None and self.duration <= datetime.timedelta(0):
            raise ValidationError({"duration": _("The duration must be longer than zero.")})

    @property
    def duration_seconds(self):
        return int(self.duration.total_seconds()) if self.duration else 0

    @property
    def audio_type(self):
        return audio_type(self.audio.filename) if self.audio_id else ""

    def participant_list(self):
        """Participants in order, each linked person in this page's language."""
        return with_profiles(self.participants.select_related("person"), self.locale_id)

    def participant_names(self):
        return " ".join(p.display_name for p in self.participants.select_related("person"))

    def transcript_paragraphs(self):
        return [line.strip() for line in self.transcript.splitlines() if line.strip()]

    def transcript_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("transcript") if url and self.transcript else None

    @path("")
    def episode(self, request):
        return self.render(request)

    @path("transcript/", name="transcript")
    def transcript_file(self, request):
        """The transcript as plain text, for podcast apps (Podcasting 2.0 ``podcast:transcript``)."""
        if not self.transcript:
            raise Http404(_("This episode has no transcript."))
        return HttpResponse(self.transcript.strip() + "\n", content_type="text/plain; charset=utf-8")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "topics")
        context["participants"] = self.participant_list()
        context["topics"] = localize_pages([t for t in self.topics.all() if t.live], self.locale_id)
        context["show"] = self.get_parent().specific_deferred
        return context


class EpisodeParticipant(PersonOrGuest, Orderable):
    """A host or guest of an episode: a person of the institute or a guest by name."""

    class Role(models.TextChoices):
        HOST = "host", _("Host")
        GUEST = "guest", _("Guest")

    episode = ParentalKey(PodcastEpisodePage, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(_("guest's name"), max_length=200, blank=True, help_text=_("For guests without a profile."))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.GUEST)

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("name"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("participant")
