"""The read API's URLs, included at ``/api/v2/`` by ``lectern.urls``.

Also the URL configuration that API requests are judged against after their view has run
(see ``APIRouter.wrap_view``), so it must stay free of language-prefixed patterns.
"""

from django.urls import path, re_path

from lectern.api.views import api_router, not_found

urlpatterns = [
    path("api/v2/", api_router.urls),
    re_path(r"^api/v2/(?P<path>.*)$", not_found),
]
