"""``manage.py resume_newsletters``: hand every issue still being sent back to the task queue.

A worker that stops mid-send (a crash, a restart, a deploy) leaves its task unfinished; run
this when the workers start (``make run`` does) and the rest goes out. Safe at any time and any
number of times: deliveries already sent are never sent again (see ``sending.py``)."""

from django.core.management.base import BaseCommand

from lectern.newsletter.models import NewsletterIssue


class Command(BaseCommand):
    help = "Queue the sending of every newsletter issue that has not finished going out."

    def handle(self, *args, **options):
        issues = NewsletterIssue.objects.filter(
            status__in=[NewsletterIssue.Status.QUEUED, NewsletterIssue.Status.SENDING]
        )
        resumed = [issue for issue in issues if issue.resume_sending()]
        if resumed or options["verbosity"] > 1:
            self.stdout.write(f"Newsletter: {len(resumed)} issue(s) resumed.")
