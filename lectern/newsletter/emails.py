"""The newsletter's email, in the subscriber's language (built by ``lectern.core.mail``).

Sign-up messages (a confirmation link, or a note to an address that is already subscribed) and
issues. Every issue carries a link to the reader's preferences and one-click unsubscribe
headers (RFC 2369 ``List-Unsubscribe``, RFC 8058 ``List-Unsubscribe-Post``).
"""

import re
from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from bs4 import BeautifulSoup

from lectern.core.i18n import localize_pages
from lectern.core.mail import absolute_url, build_email
from lectern.core.models import Institute

from .models import Subscriber, locale_for
from .tokens import CONFIRMATION_MAX_AGE, confirmation_token, manage_token


def link(view_name, token, language):
    """A full address of one of the newsletter's pages, in ``language``."""
    with translation.override(language):
        return absolute_url(reverse(f"newsletter:{view_name}", args=[token]))


def mail_domain():
    """The domain of the sender address, for Message-IDs and the List-Id."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def institute_for(language):
    return Institute.for_locale(locale_for(language))


def signup_message(subscriber):
    """What a sign-up sends: a confirmation link to a pending address, a note with the
    preferences link to an address already subscribed (the page never tells which), nothing
    to one that has unsubscribed since."""
    language = subscriber.language
    context = {"institute": institute_for(language), "subscriber": subscriber}
    if subscriber.status == Subscriber.Status.PENDING:
        template = "newsletter/email/confirm"
        context["confirm_url"] = link("confirm", confirmation_token(subscriber), language)
        context["days"] = CONFIRMATION_MAX_AGE.days
    elif subscriber.status == Subscriber.Status.CONFIRMED:
        template = "newsletter/email/already_subscribed"
        context["preferences_url"] = link("preferences", manage_token(subscriber), language)
    else:
        return None
    return build_email(template, context, to=subscriber.email, language=language)


def sample_subscriber(language, email="reader@example.org"):
    """An unsaved subscriber for previews and test sends (its links lead to 'link not valid')."""
    return Subscriber(email=email, language=language, status=Subscriber.Status.CONFIRMED)


_RELATIVE_LINK = re.compile(r'\b(href|src)="/(?!/)')
_BLOCKS = ["p", "h2", "h3", "h4", "ul", "ol", "blockquote"]


def absolute_links(html):
    """Email has no address to resolve /en/… against: make site links absolute."""
    base = absolute_url("/")
    return _RELATIVE_LINK.sub(lambda match: f'{match.group(1)}="{base}', html)


def html_to_text(html):
    """Rich text as plain text: paragraphs apart, list items with a dash, links as "text (address)"."""
    soup = BeautifulSoup(html, "html.parser")
    for anchor in soup.find_all("a"):
        href, text = anchor.get("href"), anchor.get_text()
        anchor.replace_with(f"{text} ({href})" if href and href != text else text)
    for item in soup.find_all("li"):
        item.insert(0, "- ")
        item.append("\n")
    for element in soup.find_all("br"):
        element.replace_with("\n")
    for element in soup.find_all(_BLOCKS):
        element.append("\n\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class IssueContent:
    """What every copy of an issue shares, fetched and prepared once per sending run: the
    introduction with absolute links, the chosen publications and events in the issue's
    language (translations where they exist), the institute's details. ``message()`` then
    costs no database query per recipient."""

    def __init__(self, issue):
        self.issue = issue
        self.language = issue.language
        self.locale = locale_for(issue.language)
        self.intro_html = absolute_links(expand_db_html(issue.intro or ""))
        self.intro_text = html_to_text(self.intro_html)
        self.publications = self._publications()
        self.events = self._events()
        self.institute = Institute.for_locale(self.locale)

    def _chosen(self, relation):
        return localize_pages([item.page for item in relation.select_related("page")], self.locale.pk)

    def _publications(self):
        from lectern.publications.models import PublicationPage

        chosen = [page.pk for page in self._chosen(self.issue.publication_items.all())]
        found = PublicationPage.objects.live().filter(pk__in=chosen).for_listing().in_bulk()
        return self._with_addresses([found[pk] for pk in chosen if pk in found])

    def _events(self):
        chosen = [page.pk for page in self._chosen(self.issue.event_items.all())]
        found = Page.objects.live().filter(pk__in=chosen).specific().in_bulk()
        return self._with_addresses([found[pk] for pk in chosen if pk in found])

    @staticmethod
    def _with_addresses(pages):
        # BASE_URL, not the Site record's host name: the address readers reach the site at.
        for page in pages:
            page.email_url = absolute_url(page.url)
        return pages

    def headers(self, unsubscribe_url):
        mailto = (
            f", <mailto:{self.institute.email}?subject=unsubscribe>" if self.institute and self.institute.email else ""
        )
        return {
            # RFC 8058: mail programs show an Unsubscribe button that POSTs to the first address.
            "List-Unsubscribe": f"<{unsubscribe_url}>{mailto}",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<newsletter.{mail_domain()}>",
        }

    def message(self, subscriber, delivery=None, test=False):
        """The email for one subscriber. A delivery gives it a Message-ID that stays the same if
        it ever has to be sent again (see sending.py), so a copy can be recognised as one."""
        token = manage_token(subscriber)
        preferences_url = link("preferences", token, subscriber.language)
        unsubscribe_url = link("unsubscribe", token, subscriber.language)
        headers = self.headers(unsubscribe_url)
        if delivery is not None:
            headers["Message-ID"] = (
                f"<newsletter.{self.issue.pk}.{delivery.pk}.{subscriber.key.hex[:12]}@{mail_domain()}>"
            )
        with translation.override(self.language):
            subject = f"[{_('Test')}] {self.issue.subject}" if test else self.issue.subject
        context = {
            "issue": self.issue,
            "subject": subject,
            "intro_html": self.intro_html,
            "intro_text": self.intro_text,
            "publications": self.publications,
            "events": self.events,
            "institute": self.institute,
            "subscriber": subscriber,
            "preferences_url": preferences_url,
            "unsubscribe_url": unsubscribe_url,
            "test": test,
        }
        return build_email(
            "newsletter/email/issue", context, to=subscriber.email, language=self.language, headers=headers
        )
