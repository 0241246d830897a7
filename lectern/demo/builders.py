"""Build the bilingual demo site from ``lectern.demo.content``.

Every step looks up what already exists (pages by slug under their parent, translations
by translation key, snippets by locale) and adds only what is missing, so running the
loader again adds nothing twice.

English pages are created as drafts and published through a revision, as an editor's
"Publish" would; Hebrew pages are made with ``copy_for_translation`` (so they share the
English page's translation key and slug), filled in with the Hebrew texts and published.
"""

import datetime
import uuid
from collections import Counter
from html import escape

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from wagtail_footnotes.models import Footnote

from lectern.core.models import Institute
from lectern.home.models import FeaturedItem, HomePage
from lectern.navigation.models import Menu
from lectern.people.models import PersonPage
from lectern.projects.models import ProjectPage
from lectern.publications.models import PublicationAuthor, PublicationPage, RelatedPublication, SeriesPage
from lectern.topics.models import TopicPage

from . import events as demo_events
from . import images as demo_images
from . import media as demo_media
from . import newsletter as demo_newsletter
from . import podcast as demo_podcast
from .content import publications as publication_content
from .content import site as site_content
from .streams import footnote_uuid, footnotes_used, stream

LANGUAGES = ("en", "he")
JOURNAL_FIRST_YEAR = 2013  # Strategic Assessment's volume 1 appeared in 2014 (see the History page)


def paragraphs(texts):
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def publish(page):
    """Publish ``page`` through a revision and return it fresh from the database.

    The revision is what the admin shows as history; publishing it also sets the
    first/last published dates. The object is re-read because publishing saves a copy
    built from the revision, leaving the in-memory one stale.
    """
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def child_by_slug(parent, slug):
    page = Page.objects.child_of(parent).filter(slug=slug).first()
    return page.specific if page else None


def aware(date, hour=9):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour)))


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = Counter()  # (model name, language) -> pages added by this run
        # language -> slug -> page, for each kind of page
        self.sections = {lang: {} for lang in LANGUAGES}
        self.series = {lang: {} for lang in LANGUAGES}
        self.topics = {lang: {} for lang in LANGUAGES}
        self.people = {lang: {} for lang in LANGUAGES}
        self.projects = {lang: {} for lang in LANGUAGES}
        self.publications = {lang: {} for lang in LANGUAGES}

    def build(self):
        self.ensure_locales()
        self.ensure_media()
        self.ensure_homes()
        self.ensure_sections()
        self.ensure_series()
        self.ensure_topics()
        self.ensure_people()
        self.ensure_projects()
        self.ensure_publications()
        self.ensure_featured()
        demo_events.ensure_events(self)
        demo_media.ensure_media(self)
        demo_podcast.ensure_podcast(self)
        demo_newsletter.ensure_newsletter(self)
        self.ensure_institute()
        self.ensure_menus()

    # --- generic helpers -------------------------------------------------------------

    def ensure_child(self, parent, slug, make):
        """The child of ``parent`` with ``slug``; if missing, ``make()`` builds it and it is published."""
        existing = child_by_slug(parent, slug)
        if existing is not None:
            return existing
        page = make()
        page.slug = slug
        page.locale_id = parent.locale_id
        page.live = False  # a draft until its first revision is published
        parent.add_child(instance=page)
        self.created[type(page).__name__, self.lang_of(parent)] += 1
        return publish(page)

    def ensure_translation(self, source, lang, fill):
        """``source``'s page in ``lang``: copied for translation, filled in by ``fill(page)``, published."""
        locale = self.locales[lang]
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        page = source.copy_for_translation(locale)
        fill(page)
        self.created[type(page).__name__, lang] += 1
        return publish(page)

    def lang_of(self, page):
        return "he" if page.locale_id == self.locales["he"].pk else "en"

    @staticmethod
    def setter(**fields):
        def fill(page):
            for name, value in fields.items():
                setattr(page, name, value)

        return fill

    # --- locales, images, homes ------------------------------------------------------------

    def ensure_locales(self):
        self.locales = {lang: Locale.objects.get_or_create(language_code=lang)[0] for lang in LANGUAGES}

    def ensure_media(self):
        self.images = {key: demo_images.ensure_image(key, spec) for key, spec in site_content.LEAD_IMAGES.items()}
        self.pdf = demo_images.ensure_pdf(site_content.PDF)

    def ensure_homes(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(locale=self.locales["en"]).first()
        text = site_content.HOME
        if home is None:
            # Wagtail's welcome page holds the slug "home": free it, add our home, point the
            # site at it, then delete the welcome page (deleting it first would delete the Site).
            page_type = ContentType.objects.get_for_model(Page)
            welcome = list(Page.objects.child_of(root).filter(content_type=page_type, numchild=0))
            for page in welcome:
                Page.objects.filter(pk=page.pk).update(slug=f"wagtail-welcome-{page.pk}")
            home = self.ensure_child(root, "home", lambda: HomePage(**text["en"], show_in_menus=False))
            self.point_site_at(home)
            for page in welcome:
                Page.objects.get(pk=page.pk).delete()
        else:
            self.point_site_at(home)
        self.homes = {
            "en": home,
            # The translation of a root-level page gets the slug "home-he"; it never shows in URLs.
            "he": self.ensure_translation(home, "he", self.setter(**text["he"])),
        }

    def point_site_at(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        if site.root_page_id != home.pk or not site.site_name:
            site.root_page = home
            site.site_name = site.site_name or site_content.SITE_NAME
            site.save()

    # --- sections ----------------------------------------------------------------------------

    def section_fields(self, spec, lang, model):
        text = spec[lang]
        fields = {"title": text["title"], "intro": text.get("intro", ""), "show_in_menus": True}
        if "body" in text:
            fields["body"] = stream(text["body"])
        if model._meta.label == "standardpages.ContactPage":
            institute = site_content.INSTITUTE[lang]
            fields.update({name: institute[name] for name in ("address", "phone", "fax", "email")})
        return fields

    def ensure_section(self, parent_en, spec, model):
        en = self.ensure_child(parent_en, spec["slug"], lambda: model(**self.section_fields(spec, "en", model)))
        he = self.ensure_translation(en, "he", self.setter(**self.section_fields(spec, "he", model)))
        self.sections["en"][spec["slug"]], self.sections["he"][spec["slug"]] = en, he
        return en

    def ensure_sections(self):
        for spec in site_content.SECTIONS:
            model = apps.get_model(spec["model"])
            page = self.ensure_section(self.homes["en"], spec, model)
            for child in spec.get("children", []):
                self.ensure_section(page, child, model)

    # --- series and topics --------------------------------------------------------------------

    def ensure_series(self):
        for spec in site_content.SERIES:

            def fields(lang, spec=spec):
                return {**spec[lang], "has_volumes": spec["has_volumes"], "show_in_menus": True}

            index = self.sections["en"]["publications"]
            en = self.ensure_child(index, spec["slug"], lambda: SeriesPage(**fields("en")))
            self.series["en"][spec["slug"]] = en
            self.series["he"][spec["slug"]] = self.ensure_translation(en, "he", self.setter(**fields("he")))

    def ensure_topics(self):
        def walk(specs, parent, level):
            for spec in specs:
                # Only the groups are listed in menus (the Topics entry shows the index's children).
                def make(spec=spec):
                    return TopicPage(**spec["en"], show_in_menus=level == 1)

                en = self.ensure_child(parent, spec["slug"], make)
                self.topics["en"][spec["slug"]] = en
                self.topics["he"][spec["slug"]] = self.ensure_translation(en, "he", self.setter(**spec["he"]))
                walk(spec["children"], en, level + 1)

        walk(site_content.TOPICS, self.sections["en"]["topics"], 1)

    # --- people and projects --------------------------------------------------------------------

    def ensure_people(self):
        template = site_content.PORTRAIT
        for spec in site_content.PEOPLE:
            name = spec["en"]["title"]
            photo = demo_images.ensure_image(
                f"portrait-{spec['slug']}",
                {key: value.format(name=name) for key, value in template.items()} | {"palette": spec["palette"]},
                portrait=True,
            )

            def fill(page, lang, spec=spec, photo=photo):
                text = spec[lang]
                page.title, page.role, page.bio = text["title"], text["role"], paragraphs([text["bio"]])
                page.photo, page.email = photo, spec["email"]
                page.expertise.set([self.topics[lang][slug] for slug in spec["expertise"]])

            def make(spec=spec, fill=fill):
                page = PersonPage()
                fill(page, "en")
                return page

            en = self.ensure_child(self.sections["en"]["team"], spec["slug"], make)
            self.people["en"][spec["slug"]] = en
            self.people["he"][spec["slug"]] = self.ensure_translation(
                en, "he", lambda page, fill=fill: fill(page, "he")
            )

    def ensure_projects(self):
        for spec in site_content.PROJECTS:

            def fill(page, lang, spec=spec):
                text = spec[lang]
                page.title, page.summary = text["title"], text["summary"]
                page.description = paragraphs(text["description"])
                page.show_in_menus = True
                page.team.set([self.people[lang][slug] for slug in spec["team"]])
                page.topics.set([self.topics[lang][slug] for slug in spec["topics"]])

            def make(fill=fill):
                page = ProjectPage()
                fill(page, "en")
                return page

            en = self.ensure_child(self.sections["en"]["projects"], spec["slug"], make)
            self.projects["en"][spec["slug"]] = en
            self.projects["he"][spec["slug"]] = self.ensure_translation(
                en, "he", lambda page, fill=fill: fill(page, "he")
            )

    # --- publications ---------------------------------------------------------------------------

    def ensure_publications(self):
        specs = sorted(publication_content.PUBLICATIONS, key=lambda spec: (spec["date"], spec["slug"]))
        numbering = self.numbering(specs)
        # Originals first (English, or Hebrew for the Hebrew-only ones), in date order, so that
        # "related" can only point back to publications that already exist.
        for spec in specs:
            lang = "en" if "en" in spec else "he"

            def make(spec=spec, lang=lang):
                page = PublicationPage(publication_date=datetime.date.fromisoformat(spec["date"]))
                page.number, page.volume, page.issue = numbering[spec["slug"]]
                page.lead_image = self.images[spec["image"]]
                page.pdf = self.pdf if spec.get("pdf") else None
                self.fill_publication(page, spec, lang)
                return page

            page = self.ensure_child(self.series[lang][spec["series"]], spec["slug"], make)
            self.publications[lang][spec["slug"]] = page
        # Then the Hebrew translations, whose related links can now point to Hebrew pages.
        for spec in specs:
            if "en" in spec and "he" in spec:
                self.publications["he"][spec["slug"]] = self.ensure_translation(
                    self.publications["en"][spec["slug"]],
                    "he",
                    lambda page, spec=spec: self.fill_publication(page, spec, "he"),
                )
        self.backdate_publications()

    @staticmethod
    def numbering(specs):
        """Running numbers per series in date order; journal issues carry volume (year) and issue (quarter)."""
        series = {spec["slug"]: spec for spec in site_content.SERIES}
        next_number = {slug: spec["first_number"] for slug, spec in series.items()}
        numbers = {}
        for spec in specs:
            date = datetime.date.fromisoformat(spec["date"])
            number = next_number[spec["series"]]
            next_number[spec["series"]] += 1
            if series[spec["series"]]["has_volumes"]:
                numbers[spec["slug"]] = (number, date.year - JOURNAL_FIRST_YEAR, (date.month - 1) // 3 + 1)
            else:
                numbers[spec["slug"]] = (number, None, None)
        return numbers

    def fill_publication(self, page, spec, lang):
        """Set the texts and links of ``page`` (new, or freshly copied for translation) in ``lang``."""
        text = spec[lang]
        footnote_ids = {key: footnote_uuid(spec["slug"], key) for key in text.get("footnotes", {})}
        missing = set(footnotes_used(text["body"])) - set(footnote_ids)
        if missing:
            raise ValueError(f"{spec['slug']} ({lang}) references undefined footnotes {sorted(missing)}")
        page.title = text["title"]
        page.summary = text["summary"]
        page.lead_image_caption = text["caption"]
        page.body = stream(text["body"], images=self.images, footnotes=footnote_ids)
        page.authors = [self.author(ref, lang, order) for order, ref in enumerate(spec["authors"])]
        page.topics.set([self.topics[lang][slug] for slug in spec["topics"]])
        page.projects.set([self.projects[lang][slug] for slug in spec.get("projects", [])])
        page.related_links = [
            RelatedPublication(
                publication=self.publications[lang].get(slug) or self.publications["en"][slug], sort_order=order
            )
            for order, slug in enumerate(spec.get("related", []))
        ]
        # A translation arrives with copies of the English footnotes (same UUIDs, locale already
        # set to Hebrew, same translation keys): keep those rows and replace their text.
        copied = {str(note.uuid): note for note in page.footnotes.all()} if page.pk else {}
        notes = []
        for order, (key, note_text) in enumerate(text.get("footnotes", {}).items()):
            note = copied.get(footnote_ids[key]) or Footnote(uuid=footnote_ids[key], locale=self.locales[lang])
            note.text, note.sort_order = paragraphs([note_text]), order
            notes.append(note)
        page.footnotes = notes

    def author(self, ref, lang, order):
        if ref.startswith("guest:"):
            return PublicationAuthor(name=site_content.GUESTS[ref[len("guest:") :]][lang], sort_order=order)
        return PublicationAuthor(person=self.people[lang][ref], sort_order=order)

    def backdate_publications(self):
        """Publishing stamps today's date; give each publication its own date instead, so the admin
        and any feed order them as readers would expect."""
        for spec in publication_content.PUBLICATIONS:
            moment = aware(datetime.date.fromisoformat(spec["date"]))
            pks = [page.pk for lang in LANGUAGES if (page := self.publications[lang].get(spec["slug"]))]
            Page.objects.filter(pk__in=pks, first_published_at__gt=moment).update(
                first_published_at=moment, last_published_at=moment
            )

    # --- home page picks, snippets ----------------------------------------------------------

    def ensure_featured(self):
        for lang in LANGUAGES:
            home = HomePage.objects.get(pk=self.homes[lang].pk)
            if home.featured_items.exists():
                continue
            pages = [
                self.publications[lang].get(slug) or self.projects[lang].get(slug) for slug in site_content.FEATURED
            ]
            home.featured_items = [
                FeaturedItem(page=page, sort_order=order) for order, page in enumerate(p for p in pages if p)
            ]
            self.homes[lang] = publish(home)

    def ensure_institute(self):
        english = None
        for lang in LANGUAGES:
            institute = Institute.objects.filter(locale=self.locales[lang]).first()
            if institute is None:
                institute = Institute(locale=self.locales[lang], **site_content.INSTITUTE[lang])
                if english is not None:
                    institute.translation_key = english.translation_key  # the Hebrew one translates it
                institute.save()
                self.created["Institute", lang] += 1
            english = english or institute

    def ensure_menus(self):
        for location, entries in (("header", site_content.HEADER_MENU), ("footer", site_content.FOOTER_MENU)):
            english = None
            for lang in LANGUAGES:
                menu = Menu.objects.filter(locale=self.locales[lang], location=location).first()
                if menu is None:
                    menu = Menu(locale=self.locales[lang], location=location, items=self.menu_items(entries, lang))
                    if english is not None:
                        menu.translation_key = english.translation_key
                    menu.save()
                    self.created["Menu", lang] += 1
                english = english or menu

    def menu_items(self, entries, lang):
        """Raw StreamField data for ``navigation.Menu.items``."""
        labels = site_content.MENU_LABELS[lang]

        def link(slug, label, show_children):
            return {
                "page": self.sections[lang][slug].pk,
                "url": "",
                "label": labels[label],
                "show_child_pages": show_children,
            }

        def block(value):
            return {"type": "item", "value": value, "id": str(uuid.uuid4())}

        return [
            block({**link(slug, label, show_children), "children": [block(link(*child)) for child in children]})
            for slug, label, show_children, children in entries
        ]
