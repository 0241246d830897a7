"""The editors' side: every page type can be added where it belongs, and only there."""

from wagtail.models import Page, get_page_models

import pytest

from lectern.core.tests.builders import add_page, make_image
from lectern.events.models import EventIndexPage, EventPage
from lectern.home.models import HomePage
from lectern.media.models import MediaAppearancePage, MediaIndexPage, PressReleasePage, VideoPage
from lectern.newsletter.models import NewsletterPage
from lectern.people.models import PersonPage, TeamIndexPage
from lectern.podcast.models import PodcastEpisodePage, PodcastShowPage
from lectern.projects.models import ProjectIndexPage, ProjectPage
from lectern.publications.models import PublicationIndexPage, PublicationPage, SeriesPage
from lectern.standardpages.models import ContactPage, StandardPage
from lectern.topics.models import TopicIndexPage, TopicPage

# (page type, where to add it). "new home" is a second, empty HomePage: the index pages
# may exist once per home, and the test site's home already has one of each.
VALID_PARENTS = [
    (HomePage, "root"),
    (PublicationIndexPage, "new home"),
    (SeriesPage, "en.publications"),
    (PublicationPage, "en.insight"),
    (TopicIndexPage, "new home"),
    (TopicPage, "en.topics"),
    (TopicPage, "en.labour"),
    (TeamIndexPage, "new home"),
    (PersonPage, "en.team"),
    (ProjectIndexPage, "new home"),
    (ProjectPage, "en.projects"),
    (StandardPage, "en.home"),
    (StandardPage, "en.about"),
    (ContactPage, "new home"),
    (EventIndexPage, "en.home"),
    (EventPage, "new events index"),
    (MediaIndexPage, "en.home"),
    (MediaIndexPage, "new media index"),  # sections of the media listing
    (PressReleasePage, "new media index"),
    (MediaAppearancePage, "new media index"),
    (VideoPage, "new media index"),
    (PodcastShowPage, "en.home"),
    (PodcastEpisodePage, "new podcast show"),
    (NewsletterPage, "en.home"),
]

WRONG_PARENTS = [
    (PublicationPage, "en.home"),
    (PublicationPage, "en.publications"),
    (SeriesPage, "en.home"),
    (TopicPage, "en.team"),
    (PersonPage, "en.projects"),
    (ProjectPage, "en.team"),
    (ContactPage, "en.about"),
    (HomePage, "en.home"),
    (StandardPage, "en.wages"),
    (EventPage, "en.home"),
    (PressReleasePage, "en.home"),
    (PodcastEpisodePage, "en.home"),
    (NewsletterPage, "en.about"),
    # Once per home: the test site's home has them already.
    (PublicationIndexPage, "en.home"),
    (TopicIndexPage, "en.home"),
    (TeamIndexPage, "en.home"),
    (ProjectIndexPage, "en.home"),
    (ContactPage, "en.home"),
]


def parent_page(site, name):
    if name == "root":
        return Page.get_first_root_node()
    if name == "new home":
        return add_page(Page.get_first_root_node(), HomePage(title="Second institute", slug="second"))
    if name.startswith("new "):  # an index the test site does not have, under its home
        kind = name.removeprefix("new ")
        if kind == "podcast show":
            page = PodcastShowPage(
                description="A show.", owner_name="Press", owner_email="press@example.org", cover_image=make_image()
            )
        else:
            page = {"events index": EventIndexPage, "media index": MediaIndexPage}[kind]()
        page.title, page.slug = kind.capitalize(), kind.replace(" ", "-")
        return add_page(Page.objects.get(pk=site.pk("en.home")), page)
    return Page.objects.get(pk=site.pk(name)).specific


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def test_every_lectern_page_type_is_covered():
    lectern_types = {
        model for model in get_page_models() if model.__module__.startswith("lectern.") and model.is_creatable
    }
    assert lectern_types == {model for model, _parent in VALID_PARENTS}


@pytest.mark.parametrize(("model", "parent_name"), VALID_PARENTS, ids=lambda v: getattr(v, "__name__", v))
def test_superuser_can_open_the_add_form_under_a_valid_parent(admin_client, site, model, parent_name):
    parent = parent_page(site, parent_name)
    assert model.can_create_at(parent)
    response = admin_client.get(add_url(model, parent))
    assert response.status_code == 200
    assert b'name="title"' in response.content


@pytest.mark.parametrize(("model", "parent_name"), WRONG_PARENTS, ids=lambda v: getattr(v, "__name__", v))
def test_page_type_is_refused_under_a_wrong_parent(admin_client, site, model, parent_name):
    parent = parent_page(site, parent_name)
    assert not model.can_create_at(parent)
    response = admin_client.get(add_url(model, parent))
    assert response.status_code in (302, 403)
    assert b'name="title"' not in response.content


def test_add_subpage_offers_only_the_allowed_types(admin_client, site):
    response = admin_client.get(f"/admin/pages/{site.pk('en.publications')}/add_subpage/")
    # One type allowed: Wagtail goes straight to its form.
    assert response.status_code == 302
    assert response["Location"] == add_url(SeriesPage, site.en.publications)


def test_admin_pages_open_for_existing_content(admin_client, site):
    for name in [
        "en.wages",
        "he.wages",
        "en.minimum_wage",
        "en.dana",
        "en.project",
        "en.about",
        "en.contact",
        "en.home",
    ]:
        response = admin_client.get(f"/admin/pages/{site.pk(name)}/edit/")
        assert response.status_code == 200, name
    assert admin_client.get(f"/admin/pages/{site.pk('en.insight')}/").status_code == 200


@pytest.mark.parametrize("url", ["/admin/snippets/navigation/menu/", "/admin/snippets/core/institute/", "/admin/"])
def test_admin_lists_open(admin_client, site, url):
    assert admin_client.get(url).status_code == 200


def test_admin_requires_login(client, site):
    response = client.get(add_url(PublicationPage, site.en.insight))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
