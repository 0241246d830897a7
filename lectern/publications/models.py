from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import post_page_move

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from lectern.api import fields as api
from lectern.core.blocks import BodyBlock
from lectern.core.i18n import active_locale, localize_pages
from lectern.core.models import Institute
from lectern.core.pages import ancestors, prefetch
from lectern.people.contributors import PersonOrGuest, with_profiles
from lectern.publications import citation, listing, pdf
from lectern.publications.facets import ArchivePageMixin, archive
from lectern.search.registry import searchable


class PublicationIndexPage(ArchivePageMixin, Page):
    """``/publications/``: every publication, newest first, and the list of series."""

    page_description = _("Lists every publication; holds the series.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.SeriesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("publication index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Found through the few series rows: by path alone, SQLite walked every page's (270 ms at 100,000).
        series = SeriesPage.objects.filter(pk__in=SeriesPage.objects.values("pk"))
        context["series_list"] = series.child_of(self).live()
        context.update(archive(request, self.locale))
        return context


class SeriesPage(ArchivePageMixin, Page):
    """A numbered series (Insight, Policy Paper, a journal …) and its listing page."""

    page_description = _("A numbered series, e.g. Insight or Policy Paper, with its own listing and disclaimer.")

    intro = models.TextField(_("introduction"), blank=True)
    has_volumes = models.BooleanField(
        _("has volumes and issues"),
        default=False,
        help_text=_("For journals: publications then carry a volume and an issue number."),
    )
    default_disclaimer = models.TextField(
        _("default disclaimer"),
        blank=True,
        help_text=_("Printed at the end of every publication of the series unless it has its own."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("has_volumes"),
        FieldPanel("default_disclaimer"),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = _("publication series")
        verbose_name_plural = _("publication series")

    def next_number(self):
        """The number proposed for a new publication: one more than the highest so far."""
        highest = PublicationPage.objects.filter(series=self).aggregate(Max("number"))["number__max"]
        return (highest or 0) + 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(archive(request, self.locale, fixed=[("series", self)]))
        return context


class PublicationQuerySet(PageQuerySet):
    def in_locale(self, locale):
        """In one language (a Locale or its id); all languages for None."""
        return self if locale is None else self.filter(locale=locale)

    # The links are found first (through the topic's or person's index) and the publications by
    # key: a correlated EXISTS made the database visit every publication of the language instead
    # (a person's 12 cards and count: 120 ms each at 15,000 publications).

    def about_topics(self, topic_keys):
        """Publications tagged with any of these topics (by translation key, so links to
        the other language's topic pages count too)."""
        through = PublicationPage.topics.through
        return self.filter(
            pk__in=through.objects.filter(topicpage__translation_key__in=topic_keys).values("publicationpage_id")
        )

    def by_person(self, person_key):
        return self.filter(
            pk__in=PublicationAuthor.objects.filter(person__translation_key=person_key).values("publication_id")
        )

    def in_projects(self, project_keys):
        through = PublicationPage.projects.through
        return self.filter(
            Exists(
                through.objects.filter(publicationpage=OuterRef("pk"), projectpage__translation_key__in=project_keys)
            )
        )

    def paged_listing(self):
        """``for_listing()`` for Django's Paginator, a page at a time in two steps (``KeyedListing``)."""
        return KeyedListing(self.for_listing())

    def for_listing(self):
        """What a listing card shows, fetched in three queries whatever the page size.

        The body (several kB of JSON per publication) is left behind: cards never show it, and
        carrying it made the database sort whole rows (10x slower on a 10,000-publication archive).
        """
        return (
            self.defer("body")
            .select_related("series", "lead_image", "locale")
            .prefetch_related(listing_authors(), "lead_image__renditions")
            .order_by("-publication_date", "-pk")
        )


RELATED_CANDIDATES = 500  # links to a publication's topics weighed for its related publications


class KeyedListing:
    """A listing as Django's Paginator takes it, whose pages are fetched in two steps: the keys of
    the page's publications, in the listing's order, then those publications with what a card
    shows. Sorting and skipping whole rows makes the database read each row's stored text (in
    SQLite every publication row is kilobytes; the columns after the body sit in its overflow
    pages): 12 cards at offset 9,600 of 15,000 publications took 926 ms that way, 40 ms of keys
    then a lookup of 12 this way."""

    def __init__(self, queryset):
        self.queryset = queryset

    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        keys = list(self.queryset.values_list("pk", flat=True)[index])
        by_pk = self.queryset.filter(pk__in=keys).order_by().in_bulk() if keys else {}
        return [by_pk[pk] for pk in keys if pk in by_pk]


def listing_authors():
    """The authors of listed publications, each person's name in the publication's language
    (an author may point to the other language's profile), in one query."""
    localized_name = (
        Page.objects.live()
        .filter(translation_key=OuterRef("person__translation_key"), locale_id=OuterRef("publication__locale_id"))
        .values("title")[:1]
    )
    return Prefetch(
        "authors",
        queryset=PublicationAuthor.objects.select_related("person").annotate(localized_name=Subquery(localized_name)),
    )


def prefetch_for_listing(publications):
    """Give already fetched publications what ``for_listing()`` fetches, in a fixed number of queries."""
    prefetch_related_objects(list(publications), "series", "lead_image__renditions", listing_authors())


PublicationManager = PageManager.from_queryset(PublicationQuerySet)


class PublicationPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = getattr(self, "parent_page", None)
        if not self.instance.pk and parent is not None:
            series = parent.specific_deferred
            if isinstance(series, SeriesPage):
                # Not in the tree yet: give the new page its series, so that its own checks (volume
                # and issue) run on the form instead of failing when the page is saved.
                self.instance.series = series
                if "number" in self.fields:
                    # Set on the form, not the field: the new page's empty number would hide a field's initial.
                    self.initial["number"] = series.next_number()

    def clean_number(self):
        number = self.cleaned_data.get("number")
        series = self.instance.series if self.instance.series_id else None
        if series is None and getattr(self, "parent_page", None) is not None:
            series = self.parent_page.specific_deferred
        if number and isinstance(series, SeriesPage):
            clash = PublicationPage.objects.filter(series=series, number=number)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                raise ValidationError(
                    _("Number %(number)s is already used in this series; the next free one is %(next)s."),
                    params={"number": number, "next": series.next_number()},
                )
        return number


@searchable(_("Publication"), fields=["summary", "body"], extra_text="search_extra")
class PublicationPage(RoutablePageMixin, Page):
    """One publication of a series: an Insight, a policy paper, a journal article …"""

    page_description = _("A publication of a series: summary, authors, body, topics, optional PDF.")

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences; shown in listings and search results.")
    )
    series = models.ForeignKey(
        SeriesPage,
        verbose_name=_("series"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="publications",
        help_text=_("Set from the page's place in the tree."),
    )
    number = models.PositiveIntegerField(
        _("number"),
        null=True,
        blank=True,
        help_text=_("Running number within the series; the next free number is proposed."),
    )
    volume = models.PositiveIntegerField(_("volume"), null=True, blank=True)
    issue = models.PositiveIntegerField(_("issue"), null=True, blank=True)
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    lead_image = models.ForeignKey(
        "images.LecternImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_caption = models.CharField(_("lead image caption"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the publication as a PDF document."),
    )
    disclaimer = models.TextField(
        _("disclaimer"), blank=True, help_text=_("Leave empty to print the series' default disclaimer.")
    )
    topics = ParentalManyToManyField("topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="+")
    projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("research projects"), blank=True, related_name="+"
    )

    objects = PublicationManager()
    route_select_related = ("series", "lead_image", "pdf")
    base_form_class = PublicationPageForm
    # The read API (/api/v2/pages/, docs/api.md).
    api_fields = [
        APIField("summary"),
        APIField("series", serializer=api.SeriesField(read_only=True)),
        APIField("number"),
        APIField("volume"),
        APIField("issue"),
        APIField("publication_date"),
        APIField("authors", serializer=api.AuthorsField()),
        APIField("topics", serializer=api.TopicsField()),
        APIField("language", serializer=api.LanguageField()),
        APIField("translations", serializer=api.TranslationsField()),
        APIField("lead_image", serializer=api.LeadImageField()),
        APIField("pdf", serializer=api.DocumentField(read_only=True)),
        APIField("disclaimer", serializer=api.DisclaimerField()),
        APIField("body"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("publication_date")]),
                FieldRowPanel([FieldPanel("volume"), FieldPanel("issue")]),
            ],
            heading=_("Series"),
        ),
        InlinePanel("authors", label=_("Authors"), min_num=1, heading=_("Authors")),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Lead image")),
        FieldPanel("body"),
        InlinePanel("footnotes", label=_("Footnotes"), heading=_("Footnotes")),
        FieldPanel("pdf"),
        FieldPanel("disclaimer"),
        FieldPanel("topics"),
        FieldPanel("projects"),
        InlinePanel(
            "related_links",
            label=_("Related publication"),
            heading=_("Related publications"),
            help_text=_("Leave empty to show publications that share topics."),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        index.FilterField("series"),
        index.RelatedFields(
            "authors", [index.SearchField("name"), index.RelatedFields("person", [index.SearchField("title")])]
        ),
    ]
    parent_page_types = ["publications.SeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [models.Index(fields=["series", "number"]), models.Index(fields=["publication_date"])]

    def save(self, *args, **kwargs):
        # The series is where the page sits in the tree; keep the shortcut in step.
        if self.path and self.depth > 1:
            parent = self.get_parent()
            self.series_id = parent.pk if parent and parent.specific_class is SeriesPage else None
        # One transaction: the page row's lock makes two saves of one page refresh its listing rows
        # one after the other, and a failed refresh leaves no page saved without them.
        with transaction.atomic():
            saved = super().save(*args, **kwargs)
            # After the authors and topics are written: the listings' narrow rows follow the saved state.
            listing.refresh([self.pk])
        return saved

    @staticmethod
    def follow_series_after_move(instance, **kwargs):
        """A move rewrites tree paths without saving the page: keep the series shortcut in step,
        or the publication would stay listed under the series it left."""
        parent = instance.get_parent()
        series_id = parent.pk if parent.specific_class is SeriesPage else None
        PublicationPage.objects.filter(pk=instance.pk).update(series_id=series_id)

    def clean(self):
        super().clean()
        errors = {}
        if self.series_id and self.series.has_volumes and (self.volume is None) != (self.issue is None):
            errors["issue"] = _("Give both the volume and the issue, or neither.")
        if errors:
            raise ValidationError(errors)

    @property
    def effective_disclaimer(self):
        return self.disclaimer or (self.series.default_disclaimer if self.series_id else "")

    def search_extra(self):
        """Authors and topics, in the publication's language, for the site search."""
        authors = [author.display_name for author in self.authors_with_people()]
        topics = [topic.title for topic in localize_pages(list(self.topics.all()), self.locale_id)]
        return " ".join(authors + topics)

    def authors_with_people(self):
        """The authors in order with their people: the list a listing prefetched, else one query.

        (Narrowing a prefetched relation with ``select_related`` would query again, and
        modelcluster's manager then forgets the publication: every author in the archive.)
        """
        if "authors" in getattr(self, "_prefetched_objects_cache", {}):
            return list(self.authors.all())
        return list(self.authors.select_related("person"))

    def pages_showing_it(self):
        """Pages besides its listings that show this publication: its topics (and the topics
        above them, which list their sub-topics' publications) and its authors' profiles."""
        from lectern.topics.models import TopicPage

        topics = list(self.topics.all())
        above = [TopicPage.objects.ancestor_of(topic).type(TopicPage) for topic in topics]
        people = [author.person for author in self.authors_with_people() if author.person_id]
        return [*topics, *(page for query in above for page in query), *people]

    def author_list(self):
        """Authors in order, each person linked to their profile in this page's language."""
        return with_profiles(self.authors_with_people(), self.locale_id)

    def related_publications(self, limit=3):
        picked = [link.publication for link in self.related_links.select_related("publication") if link.publication]
        if picked:
            chosen = [p.pk for p in localize_pages(picked, self.locale_id) if p.live][:limit]
            by_pk = PublicationPage.objects.filter(pk__in=chosen).for_listing().in_bulk()
            return [by_pk[pk] for pk in chosen if pk in by_pk]
        keys = [topic.translation_key for topic in self.topics.all()]
        candidates = PublicationPage.objects.live().in_locale(self.locale_id).exclude(pk=self.pk)
        if keys:
            # Weighed among the most recently added publications of these topics, not all of
            # them: a bounded count whatever the archive's size (57 -> 26 ms at 15,000, loaded machine).
            newest = (
                PublicationPage.topics.through.objects.filter(topicpage__translation_key__in=keys)
                .order_by("-publicationpage_id")
                .values("publicationpage_id")[:RELATED_CANDIDATES]
            )
            # Grouped by key alone: grouping whole rows made the database read each candidate's body.
            candidates = (
                candidates.filter(pk__in=newest, topics__translation_key__in=keys)
                .values("pk")
                .annotate(shared=Count("pk"))
                .order_by("-shared", "-publication_date", "-pk")
            )
        else:
            candidates = candidates.filter(series_id=self.series_id).order_by("-publication_date", "-pk").values("pk")
        chosen = [row["pk"] for row in candidates[:limit]]
        by_pk = PublicationPage.objects.filter(pk__in=chosen).for_listing().in_bulk() if chosen else {}
        return [by_pk[pk] for pk in chosen if pk in by_pk]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "footnotes", "topics")
        context["authors"] = self.author_list()
        context["topics"] = localize_pages([t for t in self.topics.all() if t.live], self.locale_id)
        context["related"] = self.related_publications()
        index = next((page for page in ancestors(self) if page.depth == self.depth - 2), None)
        context["index_url"] = index.get_url(request) if index else None
        item = self.citation_item(request, context["authors"])
        # Kept in the database for the live page; a preview's may hold unsaved changes.
        stored_for = None if getattr(request, "is_preview", False) else self.pk
        context["citations"] = citation.formatted_references(item, item["language"], stored_for)
        context["citation_language"] = get_language_info(item["language"])
        context["citation_downloads"] = self.citation_downloads(request)
        context["pdf_url"] = self.generated_pdf_url(request)
        return context

    # A print-quality PDF made from the content (<page url>pdf/), unless a PDF was uploaded.

    def generated_pdf_url(self, request):
        if self.pdf_id or not pdf.available():
            return None
        url = self.get_url(request)
        return url + self.reverse_subpage("pdf") if url else None

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        if self.pdf_id:
            return HttpResponseRedirect(self.pdf.url)
        if not pdf.can_render():
            return TemplateResponse(request, "publications/pdf_unavailable.html", {"page": self}, status=503)
        response = HttpResponse(pdf.pdf_bytes(self, request), content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(False, f"{self.slug}.pdf")
        return response

    # How to cite it: the Cite section (formatted references) and downloads at <page url>cite.bib etc.

    def citation_locale(self):
        locale = active_locale()  # the page's own without a query, except in a preview from the admin
        return locale if locale.pk == self.locale_id else self.locale

    def citation_item(self, request, authors=None):
        """The publication as a CSL-JSON item (``authors``: ``author_list()``, if already fetched).

        Without a request (on publish), in the page's own language, with the address Wagtail gives."""
        locale = self.citation_locale()
        url = self.get_url(request)  # made absolute with the host the reader came to, as the canonical link is
        return citation.csl_item(
            self,
            authors=self.author_list() if authors is None else authors,
            url=request.build_absolute_uri(url) if url and request is not None else url,
            institute=Institute.for_locale(locale),
            language=locale.language_code,
        )

    def store_citations(self):
        """Make and keep the formatted references a reader of the live page will be shown."""
        item = self.citation_item(None)
        citation.reference_texts(item, item["language"], self.pk)

    CITATION_DOWNLOADS = (
        # (route, label, extension, content type)
        ("cite_bibtex", "BibTeX", "bib", "application/x-bibtex"),
        ("cite_ris", "RIS", "ris", "application/x-research-info-systems"),
        ("cite_csl_json", "CSL-JSON", "json", "application/vnd.citationstyles.csl+json"),
    )

    def citation_downloads(self, request):
        url = self.get_url(request)
        if not url:  # e.g. a preview of a page not in a site yet
            return []
        return [
            {"url": url + self.reverse_subpage(route).rstrip("/"), "label": label, "extension": f".{ext}", "type": kind}
            for route, label, ext, kind in self.CITATION_DOWNLOADS
        ]

    def citation_download(self, request, route, write):
        _route, _label, extension, content_type = next(d for d in self.CITATION_DOWNLOADS if d[0] == route)
        response = HttpResponse(write(self.citation_item(request)), content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(True, f"{self.slug}.{extension}")
        return response

    @path("cite.bib/", name="cite_bibtex")
    def cite_bibtex(self, request):
        return self.citation_download(request, "cite_bibtex", citation.bibtex)

    @path("cite.ris/", name="cite_ris")
    def cite_ris(self, request):
        return self.citation_download(request, "cite_ris", citation.ris)

    @path("cite.json/", name="cite_csl_json")
    def cite_csl_json(self, request):
        return self.citation_download(request, "cite_csl_json", citation.csl_json)


class PublicationAuthor(PersonOrGuest, Orderable):
    """An author of a publication, in order: a person of the institute or a guest by name."""

    person_or_guest_message = _("Choose a person of the institute or type a guest author's name, not both.")

    publication = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="authorships",
    )
    name = models.CharField(
        _("guest author"), max_length=200, blank=True, help_text=_("For authors without a profile.")
    )

    panels = [FieldPanel("person"), FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")


class RelatedPublication(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="related_links")
    publication = models.ForeignKey(
        PublicationPage, verbose_name=_("publication"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("publication")]

    class Meta(Orderable.Meta):
        verbose_name = _("related publication")


post_page_move.connect(
    PublicationPage.follow_series_after_move, sender=PublicationPage, dispatch_uid="lectern-publication-series-move"
)
