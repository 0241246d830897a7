from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.translation import get_language_from_request
from django.views.decorators.vary import vary_on_headers

from .pagination import ListingPageNotFound


@vary_on_headers("Accept-Language")
def language_redirect(request):
    """Send a visitor at ``/`` to the home page in their preferred language."""
    language = get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def page_not_found(request, exception=None):
    message = str(exception) if isinstance(exception, ListingPageNotFound) else ""
    return render(request, "404.html", {"message": message}, status=404)


def server_error(request):
    # No context processors: the database may be the reason we are here.
    return HttpResponseServerError(loader.get_template("500.html").render())
