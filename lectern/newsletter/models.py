"""The newsletter: its page, its subscribers, the issues editors compose and their deliveries.

Readers sign up with double opt-in (``Subscriber``: pending → confirmed → unsubscribed, the
record and its consent times are kept); editors compose a ``NewsletterIssue`` in the admin and
send it; sending creates one ``Delivery`` per recipient and a background task works through
them (``sending.py`` explains what it guarantees).
"""

import datetime
import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Exists, ExpressionWrapper, Min, OuterRef, Q, Subquery
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PreviewableMixin

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from lectern.core.blocks import BodyBlock
from lectern.core.i18n import active_locale
from lectern.core.pages import prefetch

# The same address gets at most one sign-up email in this time, however often it is typed in.
SIGNUP_EMAIL_INTERVAL = datetime.timedelta(minutes=10)
# The answer to every sign-up, whatever the address's state (the page never tells).
SIGNED_UP_MESSAGE = _(
    "Thank you. We have sent a message to this address: open it and confirm your subscription. "
    "If nothing arrives within a few minutes, look in your spam folder."
)
# "New publications since the last issue" when no issue has been sent yet.
FIRST_ISSUE_LOOKBACK = datetime.timedelta(days=30)


def normalize_email(address):
    """Addresses are compared case-insensitively: Dana@Example.org is dana@example.org."""
    return address.strip().lower()


def locale_for(language):
    """The Locale of a language code, without a query once known."""
    with translation.override(language):
        return active_locale()


def followable_topics(locale):
    """The topics readers can follow: the groups right under the topic index of ``locale``
    (a Locale or its id), in tree order. A lazy queryset: building a form costs no query."""
    from lectern.topics.models import TopicIndexPage, TopicPage

    index_depth = TopicIndexPage.objects.filter(locale=locale).values("depth")[:1]
    group_depth = ExpressionWrapper(Subquery(index_depth) + 1, output_field=models.IntegerField())
    return TopicPage.objects.live().filter(locale=locale, depth=group_depth).order_by("path")


class NewsletterPage(Page):
    """``/newsletter/``: what the newsletter offers and the full sign-up form (address, language,
    topics). The form posts to ``newsletter:subscribe``, the one endpoint of every sign-up form
    (the footer's too); the confirmation, preferences and unsubscribe pages are plain views
    under ``/<language>/newsletter/`` (see ``urls.py``)."""

    page_description = _("The newsletter: what readers receive and the sign-up form.")

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter page")

    @classmethod
    def for_locale(cls, locale):
        return cls.objects.live().filter(locale=locale).first()

    def get_context(self, request, *args, **kwargs):
        from .forms import SignupForm

        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "footnotes")
        # The sign-up endpoint shows this page again with the visitor's input and its errors.
        context["form"] = getattr(request, "newsletter_form", None) or SignupForm(locale=self.locale_id)
        context["message"] = getattr(request, "newsletter_message", None)
        if context["message"] is None and request.GET.get("subscribed") == "1":  # after the sign-up's redirect
            context["message"] = SIGNED_UP_MESSAGE
        context["hide_footer_signup"] = True  # one sign-up form on this page is enough
        return context


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def for_issue(self, issue):
        """Who receives ``issue``: confirmed subscribers of its language who follow one of its
        topics (by translation key, so either language's topic pages count) or follow none."""
        recipients = self.confirmed().filter(language=issue.language)
        keys = [topic.translation_key for topic in issue.topics.all()]
        if keys:
            follows = Subscriber.topics.through.objects.filter(subscriber=OuterRef("pk"))
            recipients = recipients.filter(
                ~Exists(follows) | Exists(follows.filter(topicpage__translation_key__in=keys))
            )
        return recipients


class SubscriberManager(models.Manager.from_queryset(SubscriberQuerySet)):
    def sign_up(self, email, language, topics=(), now=None):
        """Record a sign-up; return the subscriber if an email should go out now, else None.

        Whatever the address's state, the visitor sees the same answer (the caller's job); here:
        a new or still unconfirmed address (or one that had unsubscribed) is pending with the
        choices just made and gets a confirmation link; a confirmed subscriber keeps their
        choices (anyone may type anyone's address) and gets a note with their preferences link.
        """
        now = now or timezone.now()
        with transaction.atomic():
            subscriber, created = self.get_or_create(
                email=normalize_email(email),
                defaults={"language": language, "status": Subscriber.Status.PENDING, "subscribed_at": now},
            )
            if not created and subscriber.status != Subscriber.Status.CONFIRMED:
                subscriber.language, subscriber.status, subscriber.subscribed_at = (
                    language,
                    Subscriber.Status.PENDING,
                    now,
                )
                subscriber.save(update_fields=["language", "status", "subscribed_at"])
            if subscriber.status != Subscriber.Status.CONFIRMED:
                subscriber.topics.set(topics)
            last = subscriber.last_signup_email_at
            if last and now - last < SIGNUP_EMAIL_INTERVAL:
                return None
            subscriber.last_signup_email_at = now
            subscriber.save(update_fields=["last_signup_email_at"])
        return subscriber


class Subscriber(models.Model):
    """An address that signed up. Never deleted by the site: unsubscribing keeps the record and
    its consent times (an administrator may delete it on request)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("subscribed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(
        "topics.TopicPage",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("Only issues about these topics; none means every issue."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    # Signed into the links of every email (see tokens.py); never shown.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subscribed_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    last_signup_email_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriberManager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-subscribed_at"]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED

    def confirm(self):
        """The reader opened the confirmation link and pressed the button: consent given."""
        if self.status == self.Status.PENDING:
            self.status, self.confirmed_at = self.Status.CONFIRMED, timezone.now()
            self.save(update_fields=["status", "confirmed_at"])

    def resubscribe(self):
        """From the preferences link, which only the address's owner receives: no new confirmation needed."""
        if self.status != self.Status.CONFIRMED:
            self.status, self.confirmed_at = self.Status.CONFIRMED, timezone.now()
            self.save(update_fields=["status", "confirmed_at"])

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status, self.unsubscribed_at = self.Status.UNSUBSCRIBED, timezone.now()
            self.save(update_fields=["status", "unsubscribed_at"])

    def topic_titles(self):
        return ", ".join(topic.title for topic in self.topics.all())

    topic_titles.short_description = _("topics")


class NewsletterIssue(PreviewableMixin, ClusterableModel):
    """One issue, composed in the admin: an introduction, chosen publications (and events), a
    language and target topics. Previewed as the email itself; sent once."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        QUEUED = "queued", _("queued for sending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")

    subject = models.CharField(_("subject"), max_length=200, help_text=_("The email's subject line."))
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Goes to the subscribers who read the newsletter in this language."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    topics = ParentalManyToManyField(
        "topics.TopicPage",
        verbose_name=_("target topics"),
        blank=True,
        related_name="+",
        help_text=_(
            "Only subscribers who follow one of these topics (or follow none) receive the issue. "
            "Leave empty to send it to every subscriber of its language."
        ),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    queued_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("sending finished"), null=True, blank=True, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at"]
        permissions = [("send_newsletterissue", _("Can send newsletter issues"))]

    def __str__(self):
        return self.subject

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    @property
    def is_being_sent(self):
        return self.status in (self.Status.QUEUED, self.Status.SENDING)

    # --- content --------------------------------------------------------------------------

    def last_sent_issue(self):
        return (
            NewsletterIssue.objects.filter(language=self.language, queued_at__isnull=False)
            .exclude(pk=self.pk)
            .order_by("-queued_at")
            .first()
        )

    def new_publications(self):
        """Live publications in the issue's language published since the last issue of that
        language was sent (or in the last 30 days), not in this issue yet, newest first."""
        from lectern.publications.models import PublicationPage

        last = self.last_sent_issue()
        since = last.queued_at if last else timezone.now() - FIRST_ISSUE_LOOKBACK
        chosen = [item.page_id for item in self.publication_items.all()]
        return (
            PublicationPage.objects.live()
            .filter(locale=locale_for(self.language), first_published_at__gt=since)
            .exclude(pk__in=chosen)
            .order_by("-first_published_at", "-pk")
        )

    def add_new_publications(self):
        """Append the new publications to the chosen ones; return them."""
        pages = list(self.new_publications())
        start = max((item.sort_order or 0 for item in self.publication_items.all()), default=-1) + 1
        IssuePublication.objects.bulk_create(
            IssuePublication(issue=self, page=page, sort_order=start + position) for position, page in enumerate(pages)
        )
        return pages

    # --- preview: the email itself ----------------------------------------------------------

    preview_modes = [("", _("Email")), ("text", _("Plain-text email"))]

    def serve_preview(self, request, mode_name):
        from .emails import IssueContent, sample_subscriber

        message = IssueContent(self).message(sample_subscriber(self.language))
        if mode_name == "text":
            return HttpResponse(message.body, content_type="text/plain; charset=utf-8")
        return HttpResponse(message.alternatives[0].content)

    # --- sending --------------------------------------------------------------------------------

    def queue_for_sending(self, user=None):
        """Fix the recipients (one Delivery each) and hand the issue to the task queue.

        Returns the number of recipients, or None if the issue is no longer a draft (sent
        by someone else meanwhile)."""
        from .tasks import send_issue

        with transaction.atomic():
            if not NewsletterIssue.objects.filter(pk=self.pk, status=self.Status.DRAFT).update(
                status=self.Status.QUEUED, queued_at=timezone.now(), sent_by=user
            ):
                return None
            recipients = Subscriber.objects.for_issue(self).values_list("pk", flat=True)
            Delivery.objects.bulk_create(
                (Delivery(issue=self, subscriber_id=pk) for pk in recipients.iterator()),
                batch_size=500,
                ignore_conflicts=True,
            )
            transaction.on_commit(lambda: send_issue.enqueue(self.pk))
        self.refresh_from_db()
        return self.deliveries.count()

    def resume_sending(self):
        """Hand an issue whose sending stopped (a worker restarted) to the queue again; safe to
        repeat: deliveries already sent are never sent again."""
        from .tasks import send_issue

        if self.is_being_sent:
            send_issue.enqueue(self.pk)
            return True
        return False

    def retry_failed(self):
        """Give the failed deliveries a new round of attempts (after fixing the mail settings)."""
        from .tasks import send_issue

        with transaction.atomic():
            count = self.deliveries.filter(status=Delivery.Status.FAILED).update(
                status=Delivery.Status.PENDING, attempts=0, next_attempt_at=timezone.now(), error=""
            )
            if count:
                NewsletterIssue.objects.filter(pk=self.pk).update(status=self.Status.SENDING, finished_at=None)
                transaction.on_commit(lambda: send_issue.enqueue(self.pk))
        return count

    def progress(self):
        """Deliveries by status: {"pending": 3, "sent": 120, …} (every status present)."""
        counts = dict.fromkeys(Delivery.Status.values, 0)
        counts.update(self.deliveries.values_list("status").annotate(n=Count("pk")).order_by())
        counts["total"] = sum(counts.values())
        return counts


class IssuePublication(Orderable):
    issue = ParentalKey(NewsletterIssue, on_delete=models.CASCADE, related_name="publication_items")
    page = models.ForeignKey(
        "publications.PublicationPage", verbose_name=_("publication"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("publication")
        verbose_name_plural = _("publications")


class IssueEvent(Orderable):
    """An event in an issue. A link to any page, so that this app needs nothing from the events
    app; the admin offers it (with a chooser of event pages) only where event pages exist."""

    issue = ParentalKey(NewsletterIssue, on_delete=models.CASCADE, related_name="event_items")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", page_type="events.EventPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")


class DeliveryQuerySet(models.QuerySet):
    def due(self, now, claim_timeout):
        """Deliveries to attempt now: waiting ones whose time has come, and ones a worker claimed
        but never finished (it died) once their claim has expired."""
        return self.filter(
            Q(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
            | Q(status=Delivery.Status.SENDING, claimed_at__lte=now - claim_timeout)
        )

    def unfinished(self):
        return self.filter(status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING])

    def next_due_at(self, claim_timeout):
        """When the earliest unfinished delivery becomes due (None if none is left)."""
        found = self.aggregate(
            waiting=Min("next_attempt_at", filter=Q(status=Delivery.Status.PENDING)),
            claimed=Min("claimed_at", filter=Q(status=Delivery.Status.SENDING)),
        )
        moments = [found["waiting"], found["claimed"] and found["claimed"] + claim_timeout]
        return min((moment for moment in moments if moment), default=None)


class Delivery(models.Model):
    """One issue to one subscriber: the record that makes sending resumable and idempotent."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("not sent (unsubscribed meanwhile)")

    issue = models.ForeignKey(
        NewsletterIssue, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="newsletter_one_delivery_each")]
        indexes = [models.Index(fields=["issue", "status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.issue} → {self.subscriber}"
