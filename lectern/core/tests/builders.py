"""Build a small bilingual institute in the test database, quickly.

Pages are created with ``parent.add_child(instance=...)`` and are live at once (no
revision); tests that need a real publish call ``page.save_revision().publish()``. Hebrew pages are made with
``copy_for_translation`` and then made live, so they share the English page's
``translation_key`` exactly as translations made in the admin do.

``build_site()`` returns a :class:`SiteData` that only holds primary keys; tests get
fresh model instances from it (see ``conftest.py``), so no test sees another test's
in-memory changes.
"""

import datetime
import io
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from PIL import Image
from wagtail_footnotes.models import Footnote

from lectern.core.models import Institute
from lectern.home.models import FeaturedItem, HomePage
from lectern.images.models import LecternImage
from lectern.navigation.models import Menu
from lectern.people.models import PersonPage, TeamIndexPage
from lectern.projects.models import ProjectIndexPage, ProjectPage
from lectern.publications.models import (
    PublicationAuthor,
    PublicationIndexPage,
    PublicationPage,
    RelatedPublication,
    SeriesPage,
)
from lectern.standardpages.models import ContactPage, StandardPage
from lectern.topics.models import TopicIndexPage, TopicPage

# --- small building blocks -------------------------------------------------------------------


def locales():
    """The English (created by Wagtail's migrations) and Hebrew locales."""
    en, _ = Locale.objects.get_or_create(language_code="en")
    he, _ = Locale.objects.get_or_create(language_code="he")
    return en, he


def make_image(title="Test image", alt="A test image", credit="", color="steelblue", size=(16, 9)):
    """A tiny PNG stored as a ``LecternImage`` (alt text is required)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    file = ImageFile(buffer, name=f"{uuid.uuid4().hex[:8]}.png")
    return LecternImage.objects.create(title=title, file=file, description=alt, credit=credit)


def make_document(title="Paper (PDF)", content=b"%PDF-1.4\n% test\n" * 64):
    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name="paper.pdf"), file_size=len(content)
    )


def add_page(parent, page, *, live=True):
    """Add ``page`` under ``parent``; live at once unless ``live=False`` (a draft)."""
    page.live = live
    page.has_unpublished_changes = not live
    parent.add_child(instance=page)
    return page


def translate(page, locale, **fields):
    """The translation of ``page`` into ``locale`` (its parent must be translated), live.

    ``fields`` overwrite copied values, e.g. the Hebrew ``title``.
    """
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.live = True
    translation.has_unpublished_changes = False
    translation.save()
    return translation


def paragraph(html):
    return ("paragraph", html)


def make_home(title="Institute for Policy Studies", **fields):
    """Replace Wagtail's welcome page with an English HomePage and point the default site to it."""
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    Page.objects.filter(pk=welcome.pk).update(slug="welcome")  # free the slug "home"
    home = add_page(root, HomePage(title=title, slug="home", **fields))
    site.root_page = home
    site.site_name = "IPS"
    site.save()
    Page.objects.get(pk=welcome.pk).delete()
    return home


def make_publication(series, title, *, number=None, date=None, authors=(), topics=(), projects=(), slug=None, **kw):
    """A live publication in ``series``; ``authors`` are PersonPages or guest names (str), in order."""
    page = PublicationPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        summary=kw.pop("summary", f"Summary of {title}."),
        number=number,
        publication_date=date or datetime.date(2024, 3, 5),
        **kw,
    )
    for position, author in enumerate(authors):
        if isinstance(author, str):
            page.authors.add(PublicationAuthor(name=author, sort_order=position))
        else:
            page.authors.add(PublicationAuthor(person=author, sort_order=position))
    page.topics = list(topics)
    page.projects = list(projects)
    return add_page(series, page)


# --- the demo-like bilingual site --------------------------------------------------------------

FOOTNOTE_UUID = "1c5e9cbe-3b7a-4f7d-9d0e-2a7b6f1c0a11"
LIST_FOOTNOTE_UUID = "7a0c2b44-55f1-4d0c-8a9e-3f4b2d6e1b22"


@dataclass
class SiteData:
    """Primary keys of what :func:`build_site` made, by name (``pks["en.publication"]`` …)."""

    pks: dict = field(default_factory=dict)
    models: dict = field(default_factory=dict)

    def remember(self, name, obj):
        self.pks[name] = obj.pk
        self.models[name] = type(obj)
        return obj


@contextmanager
def fast_builds():
    """Skip the search-index and reference-index updates Wagtail runs (as background tasks)
    after every save while fixtures are built: no test searches, and they halve the build time."""
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        yield


def built_for_module(django_db_blocker, build):
    """Yield what ``build()`` makes, kept for a whole test module and rolled back at its end
    (as Django's ``setUpTestData`` does); use with ``yield from`` in a module-scoped fixture."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            data = build()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    try:
        yield data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def build_site():
    """A small bilingual institute. English pages, and their Hebrew translations:

    /en/                                  HomePage (he: /he/)
    /en/publications/                     PublicationIndexPage
      /en/publications/insight/           SeriesPage "Insight" (default disclaimer)
        …/insight/wages-and-growth/       No. 1 – 2 people + 1 guest author, lead image, footnotes, PDF
        …/insight/housing-costs/          No. 2 – topic Housing (English only)
        …/insight/minimum-wage-effects/   No. 3 – sub-sub-topic Minimum wage, own disclaimer
      /en/publications/policy-papers/     SeriesPage "Policy Papers"
        …/policy-papers/security-outlook/ No. 1 (numbers restart per series)
    /en/topics/                           TopicIndexPage
      economy › labour-market › minimum-wage, housing; security   (addresses are flat)
    /en/team/                             TeamIndexPage: dana-levi, amir-cohen (+ draft-person, a draft)
    /en/projects/                         ProjectIndexPage: labour-futures
    /en/about/ (+ /en/about/history/)     StandardPage; /en/contact/ ContactPage
    /en/events/                           StandardPage, never published (a menu points to it)
    """
    data = SiteData()
    r = data.remember
    en, he = locales()
    r("locale.en", en)
    r("locale.he", he)

    home = r("en.home", make_home(tagline="Research for better policy", intro="Independent research since 1990."))
    he_home = r("he.home", translate(home, he, title="המכון למחקרי מדיניות", tagline="מחקר למדיניות טובה יותר"))

    # Topics: three levels deep, flat addresses.
    topics = r("en.topics", add_page(home, TopicIndexPage(title="Topics", slug="topics")))
    economy = r("en.economy", add_page(topics, TopicPage(title="Economy", slug="economy")))
    labour = r("en.labour", add_page(economy, TopicPage(title="Labour market", slug="labour-market")))
    minimum = r("en.minimum_wage", add_page(labour, TopicPage(title="Minimum wage", slug="minimum-wage")))
    housing = r("en.housing", add_page(economy, TopicPage(title="Housing", slug="housing")))
    security = r("en.security", add_page(topics, TopicPage(title="Security", slug="security")))
    he_topics = r("he.topics", translate(topics, he, title="נושאים"))
    r("he.economy", translate(economy, he, title="כלכלה"))
    r("he.labour", translate(labour, he, title="שוק העבודה"))
    r("he.minimum_wage", translate(minimum, he, title="שכר מינימום"))
    r("he.security", translate(security, he, title="ביטחון"))

    # People.
    photo = r("image.photo", make_image("Dana Levi", alt="Dana Levi smiling", color="tan"))
    team = r("en.team", add_page(home, TeamIndexPage(title="Team", slug="team")))
    dana = r(
        "en.dana",
        add_page(team, PersonPage(title="Dana Levi", slug="dana-levi", role="Senior Research Fellow", photo=photo)),
    )
    dana.expertise = [economy, labour]
    dana.save()
    amir = r("en.amir", add_page(team, PersonPage(title="Amir Cohen", slug="amir-cohen", role="Researcher")))
    r("en.draft_person", add_page(team, PersonPage(title="Draft Person", slug="draft-person", role="x"), live=False))
    r("he.team", translate(team, he, title="צוות"))
    r("he.dana", translate(dana, he, title="דנה לוי", role="עמיתת מחקר בכירה"))
    r("he.amir", translate(amir, he, title="אמיר כהן", role="חוקר"))

    # Projects.
    projects = r("en.projects", add_page(home, ProjectIndexPage(title="Projects", slug="projects")))
    project = ProjectPage(title="Labour futures", slug="labour-futures", summary="How work changes.")
    project.team = [dana, amir]
    project.topics = [labour]
    project = r("en.project", add_page(projects, project))
    r("he.projects", translate(projects, he, title="פרויקטים"))
    r("he.project", translate(project, he, title="עתיד העבודה", summary="איך העבודה משתנה."))

    # Publications.
    pubs = r("en.publications", add_page(home, PublicationIndexPage(title="Publications", slug="publications")))
    insight = r(
        "en.insight",
        add_page(
            pubs,
            SeriesPage(
                title="Insight",
                slug="insight",
                intro="Short analyses.",
                show_in_menus=True,
                default_disclaimer="The views expressed are the authors' own.",
            ),
        ),
    )
    papers = r("en.papers", add_page(pubs, SeriesPage(title="Policy Papers", slug="policy-papers", show_in_menus=True)))
    lead = r("image.lead", make_image("Port of Haifa", alt="Cranes at the port", credit="Photo: Noa Bar", color="navy"))
    pdf = r("document.pdf", make_document())
    body = [
        paragraph(f'<p>Wages grew slowly.<footnote id="{FOOTNOTE_UUID}">[1]</footnote> Prices did not.</p>'),
        ("heading", {"text": "Findings", "level": "h2"}),
        (
            "list",
            {
                "style": "lettered",
                "items": [
                    "<p>First finding</p>",
                    f'<p>Second finding<footnote id="{LIST_FOOTNOTE_UUID}">[2]</footnote></p>',
                ],
            },
        ),
    ]
    wages = make_publication(
        insight,
        "Wages and growth",
        number=1,
        date=datetime.date(2024, 3, 5),
        authors=[dana, "Guest Writer", amir],
        topics=[labour, security],
        projects=[project],
        lead_image=lead,
        lead_image_caption="The port at dawn",
        body=body,
        pdf=pdf,
        search_description="Wages in Israel, 2024.",
    )
    Footnote.objects.create(page=wages, uuid=FOOTNOTE_UUID, text="<p>Central Bureau of Statistics, 2023.</p>")
    Footnote.objects.create(page=wages, uuid=LIST_FOOTNOTE_UUID, text="<p>Bank of Israel survey.</p>")
    r("en.wages", wages)
    housing_pub = r(
        "en.housing_pub",
        make_publication(
            insight, "Housing costs", number=2, date=datetime.date(2024, 1, 10), authors=[amir], topics=[housing]
        ),
    )
    minimum_pub = r(
        "en.minimum_pub",
        make_publication(
            insight,
            "Minimum wage effects",
            number=3,
            date=datetime.date(2023, 11, 20),
            authors=[dana],
            topics=[minimum],
            disclaimer="This paper has its own disclaimer.",
        ),
    )
    security_pub = r(
        "en.security_pub",
        make_publication(
            papers,
            "Security outlook",
            number=1,
            date=datetime.date(2023, 6, 1),
            authors=["Guest Writer"],
            topics=[security],
        ),
    )
    r("he.publications", translate(pubs, he, title="פרסומים"))
    r("he.insight", translate(insight, he, title="מבט", default_disclaimer="הדעות המובעות הן של המחברים בלבד."))
    r("he.papers", translate(papers, he, title="ניירות מדיניות"))
    r("he.wages", translate(wages, he, title="שכר וצמיחה", summary="תקציר.", lead_image_caption="הנמל עם שחר"))
    r("he.minimum_pub", translate(minimum_pub, he, title="השפעות שכר המינימום", summary="תקציר."))
    r("he.security_pub", translate(security_pub, he, title="תחזית ביטחונית", summary="תקציר."))

    # Editor-picked related publication for "Wages and growth" (otherwise related come from topics).
    RelatedPublication.objects.create(page=wages, publication=housing_pub, sort_order=0)

    # Standard pages.
    about = r("en.about", add_page(home, StandardPage(title="About us", slug="about", intro="Who we are.")))
    r("en.history", add_page(about, StandardPage(title="History", slug="history", show_in_menus=True)))
    contact = r(
        "en.contact",
        add_page(
            home,
            ContactPage(
                title="Contact",
                slug="contact",
                address="1 Research Road\nJerusalem",
                phone="02-555-0100",
                email="info@example.org",
            ),
        ),
    )
    events = r("en.events", add_page(home, StandardPage(title="Events", slug="events"), live=False))
    r("he.about", translate(about, he, title="אודות"))
    r("he.contact", translate(contact, he, title="צור קשר", address="רחוב המחקר 1\nירושלים"))

    # Home page: an editor's pick.
    FeaturedItem.objects.create(home=home, page=project, sort_order=0)

    # Menus and institute details, per language.
    header = Menu(
        location=Menu.Location.HEADER,
        locale=en,
        items=[
            menu_item(pubs, show_child_pages=True),
            menu_item(topics),
            menu_item(team, label="Our team"),
            menu_item(about, children=[link(contact)]),
            menu_item(events),  # a draft: must not show
            menu_item(None, url="https://example.org/blog", label="Blog"),
        ],
    )
    header.save()
    r("en.header", header)
    footer = Menu(location=Menu.Location.FOOTER, locale=en, items=[menu_item(contact), menu_item(about)])
    footer.save()
    r("en.footer", footer)
    he_header = header.copy_for_translation(he)
    he_header.save()
    r("he.header", he_header)
    he_footer = footer.copy_for_translation(he)
    he_footer.save()
    r("he.footer", he_footer)

    institute = Institute.objects.create(
        locale=en, name="Institute for Policy Studies", short_name="IPS", address="1 Research Road", phone="02-555-0100"
    )
    r("en.institute", institute)
    he_institute = institute.copy_for_translation(he)
    he_institute.name = "המכון למחקרי מדיניות"
    he_institute.short_name = "ממ״מ"
    he_institute.address = "רחוב המחקר 1"
    he_institute.save()
    r("he.institute", he_institute)

    assert he_home.url_path.startswith("/home-he/")
    assert he_topics.get_parent().pk == he_home.pk
    return data


def link(page=None, *, url="", label="", show_child_pages=False):
    return {"page": page, "url": url, "label": label, "show_child_pages": show_child_pages}


def menu_item(page=None, *, url="", label="", show_child_pages=False, children=()):
    return ("item", {**link(page, url=url, label=label, show_child_pages=show_child_pages), "children": list(children)})


# --- many items, for query counts --------------------------------------------------------------


def add_many_publications(series, *, count, people, topics, projects=(), start=1, first_date=None, images=False):
    """``count`` publications in ``series``, each by every person in ``people`` and about every topic
    (and each with its own lead image if ``images``)."""
    first_date = first_date or datetime.date(2022, 1, 1)
    made = []
    for offset in range(count):
        number = start + offset
        made.append(
            make_publication(
                series,
                f"Bulk paper {series.slug} {number}",
                slug=f"bulk-{series.slug}-{number}",
                number=number,
                date=first_date + datetime.timedelta(days=offset),
                authors=list(people),
                topics=list(topics),
                projects=list(projects),
                lead_image=make_image(f"Bulk {number}", alt=f"Bulk image {number}") if images else None,
            )
        )
    return made
