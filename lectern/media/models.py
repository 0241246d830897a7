"""The institute in the media: press releases, media appearances (articles, quotes, radio
and TV) and the video gallery.

Every item is a page, so editors translate them with wagtail-localize like everything else,
each has an address to share, and the site search and sitemap find them. They share one
concrete base, :class:`MediaItemPage` (kind, date, outlet, summary, image, people, topics),
so a listing of every kind, its filters and a person's appearances are each one query on
one table; each kind adds its own fields in its own table.

The tree: ``/media/`` is a :class:`MediaIndexPage` listing everything below it; sections
(Articles, Quotes, Radio and TV, Video gallery, Press releases) are media index pages too,
each listing its own items with the same filters.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from lectern.core.blocks import BodyBlock
from lectern.core.i18n import localize_pages
from lectern.core.models import Institute
from lectern.core.pages import prefetch
from lectern.publications.facets import ArchivePageMixin
from lectern.search.registry import searchable


class Kind(models.TextChoices):
    PRESS_RELEASE = "press-release", _("Press release")
    ARTICLE = "article", _("Article")
    QUOTE = "quote", _("Quote")
    RADIO = "radio", _("Radio")
    TV = "tv", _("TV")
    VIDEO = "video", _("Video")


APPEARANCE_KINDS = [Kind.ARTICLE, Kind.QUOTE, Kind.RADIO, Kind.TV]

# Languages a piece in the press may be in (the site's own and the region's).
APPEARANCE_LANGUAGES = [
    ("en", _("English")),
    ("he", _("Hebrew")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
    ("fr", _("French")),
    ("de", _("German")),
    ("es", _("Spanish")),
]


class MediaIndexPage(ArchivePageMixin, Page):
    """``/media/`` and its sections: lists every media item below it, newest first, filtered by
    type, person, topic and year (all in the address, each with counts)."""

    page_description = _("Lists the press releases, media appearances and videos below it; may hold sections.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "media.MediaIndexPage"]
    subpage_types = ["media.MediaIndexPage", "media.PressReleasePage", "media.MediaAppearancePage", "media.VideoPage"]

    class Meta:
        verbose_name = _("media listing")

    def get_context(self, request, *args, **kwargs):
        from .facets import media_listing

        context = super().get_context(request, *args, **kwargs)
        private = Page.objects.all().private_q()  # one query, for the sections and the items
        context["sections"] = MediaIndexPage.objects.child_of(self).live().exclude(private)
        items = MediaItemPage.objects.live().descendant_of(self).exclude(private)
        context.update(media_listing(request, items, self.locale))
        return context

    @classmethod
    def top_for_locale(cls, locale_id):
        """The outermost media listing of a language (where a person's appearances are listed)."""
        return cls.objects.live().public().filter(locale_id=locale_id).order_by("depth", "path").first()


class MediaItemQuerySet(PageQuerySet):
    def in_locale(self, locale):
        return self if locale is None else self.filter(locale=locale)

    def involving(self, person_key):
        """Items a person took part in (by translation key: a link to either language's profile counts)."""
        # The person's links first, then the items by key: a correlated EXISTS made the database walk
        # every page of the language (a profile's latest items: 62 ms at 100,000 publications).
        through = MediaItemPage.people.through
        return self.filter(
            pk__in=through.objects.filter(personpage__translation_key=person_key).values("mediaitempage_id")
        )

    def about_topics(self, topic_keys):
        through = MediaItemPage.topics.through
        return self.filter(
            Exists(through.objects.filter(mediaitempage=OuterRef("pk"), topicpage__translation_key__in=topic_keys))
        )

    def latest_involving(self, person, limit):
        """A person's latest public items in the person's language (for their profile)."""
        return self.live().public().in_locale(person.locale_id).involving(person.translation_key).newest_first()[:limit]

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def for_listing(self):
        """What a card shows, in three queries whatever the number of items (people's names
        in the reader's language are added by :func:`with_people`)."""
        return (
            self.select_related("image", "locale")
            .prefetch_related("people", "image__renditions")
            .defer_streamfields()
            .newest_first()
        )


def with_people(items, locale_id):
    """Give each item ``listed_people``: its live people, in ``locale_id``'s language (one query)."""
    items = list(items)
    people = [person for item in items for person in item.people.all() if person.live]
    localized = dict(zip([p.pk for p in people], localize_pages(people, locale_id), strict=True))
    for item in items:
        item.listed_people = [localized[p.pk] for p in item.people.all() if p.live]
    return items


MediaItemManager = PageManager.from_queryset(MediaItemQuerySet)


class MediaItemPage(Page):
    """What every media item has; never created on its own (see the kinds below)."""

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, db_index=True)
    date = models.DateField(_("date"), default=timezone.localdate)
    outlet = models.CharField(
        _("outlet"), max_length=200, blank=True, help_text=_("The newspaper, station, channel or event.")
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("A sentence or two for listings and search."))
    image = models.ForeignKey(
        "images.LecternImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    people = ParentalManyToManyField(
        "people.PersonPage",
        verbose_name=_("people"),
        blank=True,
        related_name="+",
        help_text=_("The institute's people who speak, write or are quoted."),
    )
    topics = ParentalManyToManyField("topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="+")

    objects = MediaItemManager()
    fixed_kind = None  # the kind of every page of a subclass, if it has only one
    is_creatable = False
    parent_page_types = ["media.MediaIndexPage"]
    subpage_types = []
    search_fields = [*Page.search_fields, index.FilterField("date"), index.FilterField("kind")]

    class Meta:
        verbose_name = _("media item")
        indexes = [models.Index(fields=["date"])]

    def clean(self):
        if self.fixed_kind:
            self.kind = self.fixed_kind  # before validation, so previews show it too
        super().clean()

    def save(self, *args, **kwargs):
        if self.fixed_kind:
            self.kind = self.fixed_kind
        return super().save(*args, **kwargs)

    def localized_people(self):
        return localize_pages([p for p in self.people.all() if p.live], self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "people", "topics")
        context["people"] = self.localized_people()
        context["topics"] = localize_pages([t for t in self.topics.all() if t.live], self.locale_id)
        return context


def people_panels():
    return [FieldPanel("people"), FieldPanel("topics")]


@searchable(_("Press release"), fields=["summary", "body"])
class PressReleasePage(MediaItemPage):
    page_description = _("A press release: date, summary, text and whom the press may contact.")

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact_name = models.CharField(_("press contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("press contact's email"), blank=True)
    contact_phone = models.CharField(_("press contact's phone"), max_length=40, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("footnotes", label=_("Footnotes"), heading=_("Footnotes")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact for the press"),
            help_text=_("Leave empty to show the institute's email and phone."),
        ),
        *people_panels(),
    ]
    fixed_kind = Kind.PRESS_RELEASE
    search_fields = [*MediaItemPage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("press release")

    def get_context(self, request, *args, **kwargs):
        prefetch(self, request, "footnotes")
        return super().get_context(request, *args, **kwargs)

    def press_contact(self):
        """The contact given on the release, or the institute's own."""
        if self.contact_name or self.contact_email or self.contact_phone:
            return {"name": self.contact_name, "email": self.contact_email, "phone": self.contact_phone}
        institute = Institute.for_locale(self.locale)
        if institute and (institute.email or institute.phone):
            return {"name": "", "email": institute.email, "phone": institute.phone}
        return None


class MediaAppearanceForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "kind" in self.fields:
            self.fields["kind"].choices = [(kind.value, kind.label) for kind in APPEARANCE_KINDS]


@searchable(_("In the media"), fields=["summary", "quote", "outlet"])
class MediaAppearancePage(MediaItemPage):
    """An article by, an interview with, or a quote of the institute's people elsewhere: the
    page gives the outlet, date and people, and links to the piece itself."""

    page_description = _("An article, quote, radio or TV appearance in an outside outlet, with a link to it.")

    link = models.URLField(_("link"), max_length=500, help_text=_("The address of the piece at the outlet."))
    language = models.CharField(_("language of the piece"), max_length=8, choices=APPEARANCE_LANGUAGES, default="en")
    quote = models.TextField(_("quoted words"), blank=True, help_text=_("For quotes: the words quoted."))

    content_panels = [
        TitleFieldPanel("title", heading=_("Headline")),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("outlet"), FieldPanel("language")]),
        FieldPanel("link"),
        FieldPanel("quote"),
        FieldPanel("summary"),
        FieldPanel("image"),
        *people_panels(),
    ]
    base_form_class = MediaAppearanceForm
    search_fields = [
        *MediaItemPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("quote"),
        index.SearchField("outlet"),
    ]

    class Meta:
        verbose_name = _("media appearance")

    def clean(self):
        super().clean()
        if self.kind not in APPEARANCE_KINDS:
            raise ValidationError({"kind": _("Choose article, quote, radio or TV.")})
        if not self.outlet:
            raise ValidationError({"outlet": _("Name the outlet.")})


class VideoPageForm(WagtailAdminPageForm):
    def clean_video_url(self):
        """Ask the provider (once, when an editor saves) whether the address is a video that can be
        embedded; readers' page views never ask it again (see ``VideoPage.embed``)."""
        url = self.cleaned_data.get("video_url")
        if url:
            try:
                get_embed(url)
            except EmbedException:
                raise forms.ValidationError(
                    _("No video to embed was found at this address (YouTube, Vimeo and other oEmbed providers work).")
                ) from None
        return url


@searchable(_("Video"), fields=["summary", "transcript"])
class VideoPage(MediaItemPage):
    """A video of the gallery: the provider's player behind a "click to load" poster (nothing is
    loaded from the provider until the reader asks), and the transcript on the page."""

    page_description = _("A video of the gallery: an embedded video with its transcript.")

    video_url = models.URLField(
        _("video address"), max_length=500, help_text=_("The video's page at YouTube, Vimeo or another provider.")
    )
    transcript = RichTextField(_("transcript"), blank=True, features=["bold", "italic", "link", "h3", "ol", "ul"])

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("outlet", heading=_("Source"))]),
        FieldPanel("video_url"),
        FieldPanel("image", heading=_("Poster"), help_text=_("Shown until the reader starts the video.")),
        FieldPanel("summary"),
        FieldPanel("transcript"),
        *people_panels(),
    ]
    base_form_class = VideoPageForm
    fixed_kind = Kind.VIDEO
    search_fields = [*MediaItemPage.search_fields, index.SearchField("summary"), index.SearchField("transcript")]

    class Meta:
        verbose_name = _("video")

    def embed(self):
        """The provider's player as stored when the video was saved (never fetched while serving a reader)."""
        return Embed.objects.filter(hash=get_embed_hash(self.video_url)).first() if self.video_url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["embed"] = self.embed()
        return context
