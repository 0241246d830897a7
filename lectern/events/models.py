from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from lectern.core.blocks import BodyBlock
from lectern.core.i18n import localize_pages
from lectern.core.mail import absolute_url
from lectern.core.pages import ancestors, prefetch
from lectern.people.contributors import PersonOrGuest, with_profiles
from lectern.publications.facets import ArchivePageMixin
from lectern.search.registry import searchable

from . import calendar, times
from .blocks import EventDocumentBlock, RecordingBlock, SessionBlock

UPCOMING_LIMIT = 50  # the listing and the calendar feed show at most this many upcoming events


class EventQuerySet(PageQuerySet):
    def in_locale(self, locale):
        return self if locale is None else self.filter(locale=locale)

    def upcoming(self, now=None):
        """Not over yet (an event under way is still upcoming), soonest first.

        The events are found by their own ``end`` index first: joined to the page table, the
        database (SQLite without statistics) read every page of the language instead
        (178 ms → 1 ms at 100,000 publications)."""
        ending = EventPage.objects.filter(end__gt=now or timezone.now()).values("pk")
        return self.filter(pk__in=ending).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")

    def about_topics(self, topic_keys):
        through = EventPage.topics.through
        return self.filter(
            Exists(through.objects.filter(eventpage=OuterRef("pk"), topicpage__translation_key__in=topic_keys))
        )

    def for_listing(self):
        return self.select_related("image", "locale").prefetch_related("image__renditions")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(ArchivePageMixin, RoutablePageMixin, Page):
    """``/events/``: upcoming events, then past ones (paginated, filtered by year and topic),
    and the calendar feed of upcoming events at ``/events/calendar/``."""

    page_description = _("Lists upcoming and past events; holds the events.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return EventPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        from .filters import past_events

        context = super().get_context(request, *args, **kwargs)
        events = self.events()  # public() asks for the view restrictions once, here
        context["upcoming"] = list(events.upcoming().for_listing()[:UPCOMING_LIMIT])
        context.update(past_events(request, events.past(), self.locale))
        url = self.get_url(request)
        context["calendar_url"] = url + self.reverse_subpage("calendar") if url else None
        return context

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        """The upcoming events as one iCalendar file a calendar application can subscribe to."""
        events = [
            (event, request.build_absolute_uri(event.get_url(request)))
            for event in self.events().upcoming().select_related("locale")[:UPCOMING_LIMIT]
        ]
        from lectern.core.models import Institute

        institute = Institute.for_locale(self.locale)
        name = f"{institute.name}: {self.title}" if institute else self.title
        return calendar.ics_response(
            calendar.calendar(events, name=name), f"events-{self.locale.language_code}.ics", download=False
        )


class EventLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    HEBREW = "he", _("Hebrew")
    ARABIC = "ar", _("Arabic")
    ENGLISH_AND_HEBREW = "en+he", _("English and Hebrew")


@searchable(_("Event"), fields=["summary", "body"], extra_text="search_extra")
class EventPage(RoutablePageMixin, Page):
    """A conference, lecture or briefing: when and where, who speaks, the programme,
    registration if the event wants it, and after the event its recordings and documents."""

    page_description = _("An event: date and times, venue, speakers, programme, registration, recordings.")

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences; shown in listings and calendars."))
    start = models.DateTimeField(_("starts"), help_text=_("In the institute's local time."))
    end = models.DateTimeField(_("ends"), help_text=_("In the institute's local time."))
    venue = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("e.g. “IPS Conference Hall”."))
    address = models.TextField(_("address"), blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to watch or join online (a webinar or a live stream).")
    )
    image = models.ForeignKey(
        "images.LecternImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    language = models.CharField(
        _("language of the event"), max_length=5, choices=EventLanguage.choices, default=EventLanguage.ENGLISH
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    programme = StreamField([("session", SessionBlock())], verbose_name=_("programme"), blank=True)
    recordings = StreamField(
        [("recording", RecordingBlock())],
        verbose_name=_("recordings"),
        blank=True,
        help_text=_("After the event: videos of the sessions."),
    )
    documents = StreamField(
        [("document", EventDocumentBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Slides, papers or a summary, for after the event."),
    )
    topics = ParentalManyToManyField("topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="+")

    takes_registrations = models.BooleanField(
        _("readers register"), default=False, help_text=_("Show a registration form until the event starts.")
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. When the seats are taken, new registrants join a waiting list."),
    )
    registration_closed = models.BooleanField(
        _("registration closed"), default=False, help_text=_("Close registration before the event starts.")
    )

    objects = EventManager()
    route_select_related = ("image",)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("language")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        InlinePanel("speakers", label=_("Speaker"), heading=_("Speakers")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_caption")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("takes_registrations"), FieldPanel("capacity"), FieldPanel("registration_closed")],
            heading=_("Registration"),
        ),
        FieldPanel("recordings"),
        FieldPanel("documents"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        if self.capacity is not None and not self.takes_registrations:
            raise ValidationError({"capacity": _("Seats count only when readers register.")})

    # --- facts the templates and emails show --------------------------------------------------

    @property
    def when(self):
        return times.when(self.start, self.end)

    @property
    def local_start(self):
        return times.local(self.start)

    @property
    def local_end(self):
        return times.local(self.end)

    @property
    def zone_text(self):
        """The time zone the times are shown in, e.g. "Asia/Jerusalem, UTC+02:00"."""
        return f"{settings.TIME_ZONE}, {times.utc_offset(self.start)}"

    @property
    def location_text(self):
        return ", ".join(part for part in (self.venue, " ".join(self.address.split())) if part)

    def is_over(self, now=None):
        return self.end <= (now or timezone.now())

    def search_extra(self):
        return " ".join(speaker.display_name for speaker in self.speakers.select_related("person"))

    def speaker_list(self):
        """Speakers in order, each person linked to their profile in this page's language."""
        return with_profiles(self.speakers.select_related("person"), self.locale_id)

    def session_list(self):
        """The programme with each session's moments and speakers (people in this page's language)."""
        sessions = [block.value for block in self.programme]
        people = [s["person"] for session in sessions for s in session["speakers"] if s["person"]]
        localized = {p.translation_key: p for p in localize_pages(people, self.locale_id)}
        first_day = self.local_start.date()
        result = []
        for session in sessions:
            day = session["day"] or first_day
            result.append(
                {
                    "title": session["title"],
                    "description": session["description"],
                    "start": times.at(day, session["start"]),
                    "end": times.at(day, session["end"]) if session["end"] else None,
                    "show_day": day != first_day or self.local_end.date() != first_day,
                    "day": day,
                    "speakers": [
                        {
                            "profile": localized.get(s["person"].translation_key, s["person"]) if s["person"] else None,
                            "name": s["name"],
                            "affiliation": s["affiliation"],
                        }
                        for s in session["speakers"]
                    ],
                }
            )
        return result

    def recording_list(self):
        """Recordings with the player stored when the editor saved them (one query for all).

        Nothing is fetched from a video provider while a page is served: a recording without a
        stored player shows as a link.
        """
        items = [block.value for block in self.recordings]
        if not items:
            return []
        hashes = {get_embed_hash(item["video"].url): item for item in items}
        stored = {embed.hash: embed for embed in Embed.objects.filter(hash__in=list(hashes))}
        return [
            {
                "title": item["title"],
                "url": item["video"].url,
                "html": stored[key].html if key in stored else "",
                "provider": stored[key].provider_name if key in stored else "",
            }
            for key, item in hashes.items()
        ]

    def document_list(self):
        return [
            {"document": block.value["document"], "title": block.value["title"] or block.value["document"].title}
            for block in self.documents
            if block.value["document"]
        ]

    # --- registration -------------------------------------------------------------------------

    def registration_open(self, now=None):
        return self.takes_registrations and not self.registration_closed and (now or timezone.now()) < self.start

    def registrations(self):
        """Registrations for this event in every language (the pages share a translation key)."""
        return EventRegistration.objects.filter(event__translation_key=self.translation_key)

    def seats_left(self):
        if self.capacity is None:
            return None
        taken = self.registrations().filter(status=EventRegistration.Status.REGISTERED).count()
        return max(self.capacity - taken, 0)

    # --- pages and files ----------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "footnotes", "topics")
        context["speakers"] = self.speaker_list()
        context["sessions"] = self.session_list()
        context["topics"] = localize_pages([t for t in self.topics.all() if t.live], self.locale_id)
        over = self.is_over()
        context["is_over"] = over
        context["recordings"] = self.recording_list() if over else []
        context["documents"] = self.document_list()
        index = next((page for page in ancestors(self) if page.depth == self.depth - 1), None)
        context["index_url"] = index.get_url(request) if index else None
        url = self.get_url(request)
        context["calendar_url"] = url + self.reverse_subpage("calendar") if url else None
        context["registration_open"] = self.registration_open()
        if context["registration_open"]:
            context["seats_left"] = self.seats_left()
        return context

    @path("", name="event")
    def event_view(self, request):
        from . import views

        return views.event_page(self, request)

    @path("registered/", name="registered")
    def registered_view(self, request):
        from . import views

        return views.registered(self, request)

    @path("cancel/", name="cancel")
    def cancel_view(self, request):
        from . import views

        return views.cancel(self, request)

    @path("cancelled/", name="cancelled")
    def cancelled_view(self, request):
        return TemplateResponse(request, "events/cancelled.html", {"page": self})

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        url = request.build_absolute_uri(self.get_url(request))
        return calendar.ics_response(calendar.calendar([(self, url)], name=self.title), f"{self.slug}.ics")

    def absolute_url(self, route=None, query=""):
        url = self.get_url()
        if url is None:
            return None
        if route:
            url += self.reverse_subpage(route)
        return absolute_url(url) + (f"?{query}" if query else "")

    def ics(self):
        """The event's iCalendar file (for email attachments)."""
        return calendar.calendar([(self, self.absolute_url())], name=self.title)


class EventSpeaker(PersonOrGuest, Orderable):
    """A speaker, in order: a person of the institute or a guest by name and affiliation."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="speaking_engagements",
    )
    name = models.CharField(
        _("guest's name"), max_length=200, blank=True, help_text=_("For speakers without a profile.")
    )
    affiliation = models.CharField(_("guest's affiliation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("e.g. “Moderator” or “Keynote”."))

    panels = [FieldPanel("person"), FieldRowPanel([FieldPanel("name"), FieldPanel("affiliation")]), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")


class EventRegistration(models.Model):
    """A reader's seat (or place on the waiting list) at an event.

    ``event`` is the page the reader registered on (their language); seats are counted over
    every language version of the event.
    """

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REGISTERED)
    created = models.DateTimeField(_("registered at"), default=timezone.now)
    updated = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["email"]), models.Index(fields=["status", "created"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def event_title(self):
        return self.event.title

    def cancel_url(self):
        from .registration import cancel_token

        # In the query: Wagtail's page addresses allow no ":" (the signature's separator).
        return self.event.absolute_url("cancel", urlencode({"token": cancel_token(self)}))
