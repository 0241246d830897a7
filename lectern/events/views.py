"""The event page's own routes: the registration form, its outcome, cancellation."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from lectern.core.protection import RATE_LIMIT_MESSAGE, too_many_posts

from . import registration as registrations
from .forms import CancelForm, RegistrationForm
from .registration import Outcome


def render_event(event, request, form=None, status=200, notice=None):
    context = event.get_context(request)
    if context["registration_open"]:
        context["form"] = form or RegistrationForm()
    context["registration_notice"] = notice
    return TemplateResponse(request, event.get_template(request), context, status=status)


def event_page(event, request):
    if request.method != "POST":
        return render_event(event, request)
    form = RegistrationForm(request.POST)
    if not event.registration_open():
        return render_event(event, request, status=409, notice=_("Registration for this event is closed."))
    if too_many_posts(request, "registration"):
        form.is_valid()  # keep what was typed, show it again
        return render_event(event, request, form, status=429, notice=RATE_LIMIT_MESSAGE)
    if not form.is_valid():
        return render_event(event, request, form, notice=_("Please correct the errors below."))
    if form.is_spam:
        outcome = Outcome.REGISTERED  # a bot learns nothing
    else:
        result = registrations.register(
            event,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisation=form.cleaned_data["organisation"],
            language=translation.get_language(),
        )
        if result.outcome == Outcome.CLOSED:
            return render_event(event, request, status=409, notice=_("Registration for this event is closed."))
        outcome = result.outcome
    # Post/redirect/get: reloading the outcome page sends nothing again.
    url = event.get_url(request) + event.reverse_subpage("registered")
    return HttpResponseRedirect(f"{url}?{urlencode({'outcome': outcome})}")


def registered(event, request):
    outcome = request.GET.get("outcome")
    if outcome not in Outcome.CHOICES:
        return TemplateResponse(
            request,
            "events/registered.html",
            {"page": event, "outcome": None, "message": _("This address shows the outcome of a registration.")},
            status=400,
        )
    return TemplateResponse(request, "events/registered.html", {"page": event, "outcome": outcome})


def cancel(event, request):
    """A private page (the link is the registrant's own): never cached."""
    response = _cancel(event, request)
    add_never_cache_headers(response)
    return response


def _cancel(event, request):
    token = (request.POST if request.method == "POST" else request.GET).get("token", "")
    registration = registrations.registration_for_token(token)
    if registration is None or registration.event.translation_key != event.translation_key:
        return TemplateResponse(request, "events/cancel.html", {"page": event, "invalid": True}, status=404)
    already = registration.status == registration.Status.CANCELLED
    if request.method == "POST" and not already:
        if CancelForm(request.POST).is_valid():
            registrations.cancel(registration)
        return HttpResponseRedirect(event.get_url(request) + event.reverse_subpage("cancelled"))
    return TemplateResponse(
        request,
        "events/cancel.html",
        {"page": event, "registration": registration, "already": already, "token": token},
    )
