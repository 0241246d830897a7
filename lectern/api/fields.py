"""Serializer fields for the publication fields of the read API (used in the models' ``api_fields``).

Related pages (authors' profiles, topics, translations) are shown in the page's own language
when a live translation exists. The pages endpoint (``lectern.api.views``) fetches what these
fields need for a whole listing at once and leaves it on each page (``_api_*`` attributes);
a page serialized on its own (without those) falls back to fetching its own.
"""

from django.urls import NoReverseMatch

from wagtail.api.utils import get_full_url

from rest_framework.fields import Field

# Imported by models.py: nothing here may load models (wagtail.api.v2.utils and
# wagtail.images.api.fields do) until a field is used.

LEAD_IMAGE_RENDITION = "width-1200"
PHOTO_RENDITION = "fill-400x400"


def detail_url(context, obj):
    from wagtail.api.v2.utils import get_object_detail_url

    router = context.get("router")
    return get_object_detail_url(router, context.get("request"), type(obj), obj.pk) if router else None


def page_link(page, context, **extra):
    """A short reference to another page: id, title, slug, API and HTML addresses."""
    try:
        html_url = page.get_full_url(context.get("request"))
    except NoReverseMatch:
        html_url = None
    link = {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "detail_url": detail_url(context, page),
        "html_url": html_url,
    }
    link.update(extra)
    return link


class WholePageField(Field):
    """A read-only field computed from the whole page rather than one attribute."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)


class LanguageField(WholePageField):
    """``"en"`` / ``"he"``: the language of the page."""

    def to_representation(self, page):
        return page.locale.language_code


class SeriesField(Field):
    """``{"id", "title", "slug", "detail_url", "html_url"}`` of the publication's series."""

    def to_representation(self, series):
        return page_link(series, self.context)


class AuthorsField(WholePageField):
    """The authors in order: ``{"name", "person"}``, ``person`` being the profile page in the
    publication's language (id, title, slug, detail_url, html_url), or null for a guest author."""

    def to_representation(self, page):
        authors = getattr(page, "_api_authors", None)
        if authors is None:
            from lectern.api.prefetch import prepare_publications

            prepare_publications([page])
            authors = page._api_authors
        return [
            {
                "name": name,
                "person": page_link(profile, self.context) if profile is not None else None,
            }
            for name, profile in authors
        ]


class TopicsField(WholePageField):
    """The live topics of a page, in the page's language where translated."""

    attribute = "_api_topics"

    def to_representation(self, page):
        topics = getattr(page, self.attribute, None)
        if topics is None:
            from lectern.api.prefetch import prepare_pages

            prepare_pages([page])
            topics = getattr(page, self.attribute)
        return [page_link(topic, self.context) for topic in topics]


class ExpertiseField(TopicsField):
    attribute = "_api_expertise"


class TranslationsField(WholePageField):
    """The live translations of the page into the other languages: ``{"locale", "id", …}``."""

    def to_representation(self, page):
        translations = getattr(page, "_api_translations", None)
        if translations is None:
            from lectern.api.prefetch import attach_translations

            attach_translations([page])
            translations = page._api_translations
        return [page_link(other, self.context, locale=other.locale.language_code) for other in translations]


class ImageField(Field):
    """An image with its alt text and credit and one rendition (``{"url", "full_url", "width", "height"}``)."""

    def __init__(self, filter_spec, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, image):
        from wagtail.images.api.fields import ImageRenditionField

        rendition = ImageRenditionField(self.filter_spec).to_representation(image)
        rendition.pop("alt", None)
        return {
            "id": image.pk,
            "title": image.title,
            "alt": image.description,
            "credit": image.credit,
            "detail_url": detail_url(self.context, image),
            "rendition": rendition,
        }


class LeadImageField(ImageField):
    """The lead image as :class:`ImageField`, plus the publication's caption for it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(LEAD_IMAGE_RENDITION, **kwargs)

    def get_attribute(self, page):
        if page.lead_image_id is None:
            return None
        return page

    def to_representation(self, page):
        data = super().to_representation(page.lead_image)
        data["caption"] = page.lead_image_caption
        return data


class DocumentField(Field):
    """A document: ``{"id", "title", "url", "file_size", "detail_url"}``; ``url`` downloads it."""

    def to_representation(self, document):
        request = self.context["request"]
        return {
            "id": document.pk,
            "title": document.title,
            "url": get_full_url(request, document.url),
            "file_size": document.file_size,
            "detail_url": detail_url(self.context, document),
        }


class DisclaimerField(WholePageField):
    """The publication's own disclaimer, or else its series' default one."""

    def to_representation(self, page):
        return page.effective_disclaimer
