from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language_from_request
from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept-Language")
def language_redirect(request):
    """Send a visitor at ``/`` to the home page in their preferred language."""
    language = get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the database may be the reason we are here.
    from django.template import loader
    from django.http import HttpResponseServerError

    return HttpResponseServerError(loader.get_template("500.html").render())
