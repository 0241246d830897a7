import pytest

from lectern.core.tests.builders import add_page, translate
from lectern.newsletter.models import NewsletterPage, Subscriber


@pytest.fixture
def newsletter_pages(site):
    """The newsletter page in English (/en/newsletter/) and Hebrew (/he/newsletter/)."""
    en = add_page(site.en.home, NewsletterPage(title="Newsletter", slug="newsletter", intro="Our research by email."))
    he = translate(en, site.locale.he, title="ניוזלטר", intro="המחקר שלנו בדואר.")
    return en, he


@pytest.fixture
def make_subscriber(db):
    def make(email, language="en", status=Subscriber.Status.CONFIRMED, topics=()):
        subscriber = Subscriber.objects.create(email=email, language=language, status=status)
        subscriber.topics.set(topics)
        return subscriber

    return make


@pytest.fixture
def scripted_smtp(settings):
    """A real SMTP server that refuses or holds on demand (see smtp.py); yields its mailbox."""
    from .smtp import ScriptedSMTPServer, point_django_at

    with ScriptedSMTPServer() as server:
        point_django_at(settings, server)
        yield server.mailbox


@pytest.fixture
def make_issue(site):
    from lectern.newsletter.models import IssuePublication, NewsletterIssue

    def make(subject="Wages, housing & the budget", language="en", publications=(), topics=(), intro=None):
        issue = NewsletterIssue.objects.create(
            subject=subject,
            language=language,
            intro=intro
            if intro is not None
            else f'<p>This month: <a linktype="page" id="{site.en.wages.pk}">wages</a>.</p>',
        )
        for order, page in enumerate(publications):
            IssuePublication.objects.create(issue=issue, page=page, sort_order=order)
        issue.topics.set(topics)
        return issue

    return make
