"""Fetch what the API fields of a list of pages need in a fixed number of queries, however
many pages are listed (see ``lectern.api.fields``)."""

from collections import defaultdict

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.models import Page

from lectern.core.i18n import localize_pages


def _wants(fields, *names):
    return fields is None or any(name in fields for name in names)


def _localized(pages_by_locale):
    """``{(locale_id, page pk): the page's live translation in that locale (or itself)}``, one query per locale."""
    found = {}
    for locale_id, pages in pages_by_locale.items():
        unique = list({page.pk: page for page in pages}.values())
        for page, localized in zip(unique, localize_pages(unique, locale_id), strict=True):
            found[locale_id, page.pk] = localized
    return found


def _attach_localized_topics(pages, relation, attribute):
    from lectern.topics.models import TopicPage

    prefetch_related_objects(pages, Prefetch(relation, queryset=TopicPage.objects.live().order_by("path")))
    by_locale = defaultdict(list)
    for page in pages:
        by_locale[page.locale_id].extend(getattr(page, relation).all())
    localized = _localized(by_locale)
    for page in pages:
        topics = [localized[page.locale_id, topic.pk] for topic in getattr(page, relation).all()]
        setattr(page, attribute, [topic for topic in topics if topic.live])


def attach_translations(pages):
    """Each page's live translations into the other languages, in one query."""
    keys = {page.translation_key for page in pages}
    others = defaultdict(list)
    for other in (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code", "pk")
    ):
        others[other.translation_key].append(other)
    for page in pages:
        page._api_translations = [other for other in others[page.translation_key] if other.pk != page.pk]


def prepare_publications(pages, fields=None):
    from lectern.publications.models import PublicationAuthor

    prefetch_related_objects(pages, "locale")
    if _wants(fields, "series"):
        prefetch_related_objects(pages, "series")
    if _wants(fields, "pdf"):
        prefetch_related_objects(pages, "pdf")
    if _wants(fields, "lead_image"):
        prefetch_related_objects(pages, "lead_image__renditions")
    if _wants(fields, "authors"):
        prefetch_related_objects(
            pages, Prefetch("authors", queryset=PublicationAuthor.objects.select_related("person"))
        )
        by_locale = defaultdict(list)
        for page in pages:
            by_locale[page.locale_id].extend(a.person for a in page.authors.all() if a.person_id)
        localized = _localized(by_locale)
        for page in pages:
            authors = []
            for author in page.authors.all():
                if not author.person_id:
                    authors.append((author.name, None))
                    continue
                profile = localized[page.locale_id, author.person_id]
                authors.append((profile.title, profile if profile.live else None))
            page._api_authors = authors
    if _wants(fields, "topics"):
        _attach_localized_topics(pages, "topics", "_api_topics")


def prepare_people(pages, fields=None):
    prefetch_related_objects(pages, "locale")
    if _wants(fields, "photo"):
        prefetch_related_objects(pages, "photo__renditions")
    if _wants(fields, "expertise"):
        _attach_localized_topics(pages, "expertise", "_api_expertise")


def prepare_pages(pages, fields=None):
    """Prepare a list of (specific) pages for serialization; ``fields`` limits the work to
    the fields that will be shown (all when None)."""
    from lectern.people.models import PersonPage
    from lectern.publications.models import PublicationPage

    pages = list(pages)
    publications = [page for page in pages if isinstance(page, PublicationPage)]
    people = [page for page in pages if isinstance(page, PersonPage)]
    if publications:
        prepare_publications(publications, fields)
    if people:
        prepare_people(people, fields)
    if _wants(fields, "translations"):
        with_translations = [page for page in pages if "translations" in _api_field_names(type(page))]
        if with_translations:
            prefetch_related_objects(with_translations, "locale")
            attach_translations(with_translations)
    return pages


def _api_field_names(model):
    return {getattr(field, "name", field) for field in getattr(model, "api_fields", ())}
