"""The read API's endpoints and router (mounted at ``/api/v2/`` by ``lectern.urls``)."""

import functools

from django.conf import settings
from django.core.exceptions import FieldError, ValidationError
from django.http import Http404, JsonResponse

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from lectern.api.prefetch import prepare_pages

MAX_OFFSET = 2**31 - 1


class FilterErrorsAreBadRequests:
    """A filter value the database cannot take (``?publication_date=soon``, ``?topics=abc``) is the
    client's mistake: answer 400 with the reason, not 500."""

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except (ValueError, TypeError, ValidationError, FieldError) as error:
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            raise BadRequestError(f"filter error: {message}") from error

    def paginate_queryset(self, queryset):
        # An offset past what the database's 64-bit OFFSET can take (?offset=10**30) was a 500.
        try:
            too_far = int(self.request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # not a number: Wagtail's paginator answers 400
        if too_far:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset)


class LecternPagesAPIViewSet(FilterErrorsAreBadRequests, PagesAPIViewSet):
    """Wagtail's pages endpoint, with the related objects of listed pages fetched in bulk."""

    def get_base_queryset(self):
        # Wagtail builds this (view restrictions, the site and its translations: three queries)
        # for the queryset, for each filter that needs it and for the serializer; once is enough.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_queryset(self):
        from lectern.people.models import PersonPage
        from lectern.publications.models import PublicationPage

        queryset = super().get_queryset().select_related("locale")
        if issubclass(queryset.model, PublicationPage):
            queryset = queryset.select_related("series", "lead_image", "pdf")
        elif issubclass(queryset.model, PersonPage):
            queryset = queryset.select_related("photo")
        return queryset

    def find_object(self, queryset, request):
        """``find/?html_path=/he/publications/…``: the page's address on the site, language first
        (Wagtail's own lookup routes from the site's root page only, that is the English tree)."""
        components = [part for part in request.GET.get("html_path", "").split("/") if part]
        language_codes = {code for code, _name in settings.LANGUAGES}
        site = Site.find_for_request(request)
        if not components or components[0] not in language_codes or site is None:
            return super().find_object(queryset, request)
        locale = Locale.objects.filter(language_code=components[0]).first()
        root = site.root_page.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components[1:])
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None

    def shown_fields(self):
        return set(self.get_serializer_class()().fields)

    def paginate_queryset(self, queryset):
        items = list(super().paginate_queryset(queryset))
        return prepare_pages(items, self.shown_fields())

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            page = super().get_object()
            prepare_pages([page])
            self._cached_object = page
        return self._cached_object


class LecternImagesAPIViewSet(FilterErrorsAreBadRequests, ImagesAPIViewSet):
    # ``description`` is the image's alt text.
    body_fields = [*ImagesAPIViewSet.body_fields, "description", "credit"]


class LecternDocumentsAPIViewSet(FilterErrorsAreBadRequests, DocumentsAPIViewSet):
    body_fields = [*DocumentsAPIViewSet.body_fields, "file_size"]


class APIRouter(WagtailAPIRouter):
    def wrap_view(self, func):
        wrapped = super().wrap_view(func)

        @functools.wraps(wrapped)
        def view(request, *args, **kwargs):
            # Django's LocaleMiddleware answers a 404 outside the language prefix by redirecting to
            # /en/<same path> when that resolves, and Wagtail's page serving resolves everything:
            # an API 404 would become a redirect to an HTML page. Judged against the API's own
            # URLs (no language prefix), a 404 stays a 404 (JSON).
            request.urlconf = "lectern.api.urls"
            return wrapped(request, *args, **kwargs)

        return view


api_router = APIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", LecternPagesAPIViewSet)
api_router.register_endpoint("images", LecternImagesAPIViewSet)
api_router.register_endpoint("documents", LecternDocumentsAPIViewSet)


def not_found(request, path=""):
    """Any other address under /api/v2/: a JSON 404, not a redirect to an HTML page (see above)."""
    request.urlconf = "lectern.api.urls"
    return JsonResponse(
        {"message": "no such API endpoint; see /api/v2/pages/, /api/v2/images/, /api/v2/documents/"}, status=404
    )
