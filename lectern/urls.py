from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from lectern.core import views as core_views
from lectern.podcast import audio
from lectern.search import views as search_views

urlpatterns = [
    path("", core_views.language_redirect, name="language_redirect"),
    path("", include("lectern.metadata.urls")),  # sitemap.xml, robots.txt
    path("admin/", include(wagtailadmin_urls)),
    path("healthz", include("lectern.ops.urls")),  # load balancers' probe: database and cache
    path("", include("lectern.api.urls")),  # the read API, /api/v2/ (docs/api.md)
    # Audio streamed with byte ranges (players seek); other documents go on to Wagtail's view.
    path("documents/<int:document_id>/<str:document_filename>", audio.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("images/<path:signature>/<int:image_id>/<path:filter_spec>/", ServeView.as_view(), name="wagtailimages_serve"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    # Media of the embedded default (local folder); production serves it from object storage or the proxy.
    from django.views.static import serve as serve_media

    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, {"document_root": settings.MEDIA_ROOT})
    ]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/", include("lectern.feeds.urls")),
    # Sign-up endpoint and email-link pages; /<lang>/newsletter/ itself is a Wagtail page.
    path("newsletter/", include("lectern.newsletter.urls")),
    # A publication's citation downloads (<publication url>cite.bib …), routed by the page itself;
    # Wagtail's own pattern allows no dot in the last segment.
    re_path(r"^((?:[\w\-]+/)+cite\.(?:bib|ris|json))$", wagtail_views.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "lectern.core.views.page_not_found"
handler500 = "lectern.core.views.server_error"
