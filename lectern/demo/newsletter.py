"""The demo's newsletter issues (texts in ``content/newsletter.py``); the newsletter page
itself is a section the builder makes like the others. Loading again adds nothing."""

import datetime

from django.utils import timezone

from lectern.events.models import EventPage
from lectern.newsletter.models import IssueEvent, IssuePublication, NewsletterIssue

from .content import newsletter as content
from .streams import rich_text


def ensure_newsletter(builder):
    for spec in content.ISSUES:
        lang = spec["language"]
        if NewsletterIssue.objects.filter(subject=spec["subject"], language=lang).exists():
            continue
        issue = NewsletterIssue.objects.create(
            subject=spec["subject"], language=lang, intro="".join(rich_text(text) for text in spec["intro"])
        )
        IssuePublication.objects.bulk_create(
            IssuePublication(issue=issue, page=builder.publications[lang][slug], sort_order=order)
            for order, slug in enumerate(spec["publications"])
        )
        events = EventPage.objects.filter(slug__in=spec["events"], locale=builder.locales[lang])
        IssueEvent.objects.bulk_create(
            IssueEvent(issue=issue, page=event, sort_order=order) for order, event in enumerate(events)
        )
        if spec["sent"]:
            # Sent-looking: the admin shows it as sent (to no one: the demo has no subscribers).
            moment = timezone.make_aware(datetime.datetime.fromisoformat(spec["sent"]))
            NewsletterIssue.objects.filter(pk=issue.pk).update(
                status=NewsletterIssue.Status.SENT, queued_at=moment, finished_at=moment
            )
        builder.created["NewsletterIssue", lang] += 1
