"""The site's URLs plus the benchmark's ceiling view (``lectern.settings.bench`` only)."""

from django.urls import path

from lectern.core.bench_views import ceiling
from lectern.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("bench/ceiling/<int:size>/", ceiling, name="bench_ceiling"), *site_urlpatterns]

handler404 = "lectern.core.views.page_not_found"
handler500 = "lectern.core.views.server_error"
