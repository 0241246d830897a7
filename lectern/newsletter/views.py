"""The reader's side of the newsletter, under ``/<language>/newsletter/`` (see urls.py).

``subscribe`` is the one endpoint of every sign-up form. It answers a sign-up the same way
whatever the address's state (new, waiting, subscribed, unsubscribed), so the page never tells
anyone whether an address is on the list: without JavaScript by a redirect to the newsletter
page with a flag, with JavaScript by JSON that the page shows in a live region.

The pages reached from email links (confirm, preferences, unsubscribe) identify the reader by
a signed token (tokens.py); they are private (never cached) and not indexed.
"""

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from lectern.core.i18n import active_locale
from lectern.core.protection import RATE_LIMIT_MESSAGE, rate_limited, too_many_posts

from . import tokens
from .forms import PreferencesForm, SignupForm
from .models import SIGNED_UP_MESSAGE, NewsletterPage, Subscriber
from .tasks import send_signup_email

# The pages a reader reaches from an email are about their subscription: no second sign-up form.
ACCOUNT_PAGE = {"hide_footer_signup": True}


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


def newsletter_page_url():
    page = NewsletterPage.for_locale(active_locale())
    return page.url if page else None


def show_signup(request, form, status, message=None):
    """The newsletter page again, with the visitor's input, its errors or a notice."""
    if wants_json(request):
        errors = {name: [str(error) for error in errors] for name, errors in form.errors.items()}
        return JsonResponse(
            {"ok": False, "message": message or _("Please correct the marked fields."), "errors": errors}, status=status
        )
    page = NewsletterPage.for_locale(active_locale())
    if page is None:  # a site without a newsletter page still answers its footer form
        return render(request, "newsletter/newsletter_page.html", page_context(form, message), status=status)
    request.newsletter_form, request.newsletter_message = form, message  # read by the page's get_context
    response = page.serve(request)
    response.status_code = status
    return response


def page_context(form, message):
    """What the newsletter page's template needs when there is no newsletter page to serve it."""
    return {"form": form, "message": message, "hide_footer_signup": True}


# No CSRF check: the sign-up form is on every page, and pages with a token cannot be kept in the
# page cache. A forged sign-up gains nothing: the endpoint acts on no session or login, answers
# alike for any address, and only mails a confirmation link to the address given (double opt-in),
# under the same per-address limits as any other post.
@csrf_exempt
def subscribe(request):
    if request.method != "POST":
        return redirect(newsletter_page_url() or f"/{translation.get_language()}/")
    form = SignupForm(request.POST, locale=active_locale())
    if too_many_posts(request, "newsletter"):
        return show_signup(request, form, 429, RATE_LIMIT_MESSAGE)
    if form.is_spam:
        return signed_up(request)  # a bot learns nothing
    if not form.is_valid():
        return show_signup(request, form, 400)
    data = form.cleaned_data
    # Stored first; the email goes out from the task queue (retried if the mail server fails).
    subscriber = Subscriber.objects.sign_up(data["email"], data["language"], data["topics"])
    if subscriber is not None:
        send_signup_email.enqueue(subscriber.pk)
    return signed_up(request)


def signed_up(request):
    if wants_json(request):
        return JsonResponse({"ok": True, "message": str(SIGNED_UP_MESSAGE)})
    url = newsletter_page_url()
    if url is None:
        return render(request, "newsletter/newsletter_page.html", page_context(SignupForm(), str(SIGNED_UP_MESSAGE)))
    return see_other(f"{url}?subscribed=1")  # the flag is all the address carries


def see_other(url):
    response = redirect(url)
    response.status_code = 303  # after a POST: the browser GETs the page (PRG)
    return response


def link_problem(request, *, expired=False, subscriber=None):
    """An email link that is not ours (404) or a confirmation link that is too old (410)."""
    form = None
    if expired and subscriber is not None:
        form = SignupForm(initial={"email": subscriber.email, "language": subscriber.language}, locale=active_locale())
    context = {"expired": expired, "form": form, "newsletter_url": newsletter_page_url(), **ACCOUNT_PAGE}
    return render(request, "newsletter/link_problem.html", context, status=410 if expired else 404)


def subscriber_for(key):
    return Subscriber.objects.filter(key=key).first() if key else None


def guarded(request):
    """Count a POST with a bad token against the visitor's allowance (someone guessing links)."""
    return request.method == "POST" and too_many_posts(request, "newsletter")


@never_cache
def confirm(request, token):
    key, expired = tokens.read_confirmation(token)
    subscriber = subscriber_for(key)
    if subscriber is None:
        return rate_limited(request) if guarded(request) else link_problem(request)
    if expired and subscriber.status == Subscriber.Status.PENDING:
        return link_problem(request, expired=True, subscriber=subscriber)
    if request.method == "POST":
        subscriber.confirm()
        return see_other(request.path)
    context = {"subscriber": subscriber, "preferences_url": preferences_url(subscriber), **ACCOUNT_PAGE}
    return render(request, "newsletter/confirm.html", context)


def preferences_url(subscriber, language=None):
    with translation.override(language or translation.get_language()):
        return reverse("newsletter:preferences", args=[tokens.manage_token(subscriber)])


def unsubscribe_url(subscriber):
    return reverse("newsletter:unsubscribe", args=[tokens.manage_token(subscriber)])


@never_cache
def preferences(request, token):
    subscriber = subscriber_for(tokens.read_manage(token))
    if subscriber is None:
        return rate_limited(request) if guarded(request) else link_problem(request)
    status = 200
    if request.method == "POST" and "resubscribe" in request.POST:
        subscriber.resubscribe()
        return see_other(f"{request.path}?saved=1")
    if request.method == "POST":
        form = PreferencesForm(request.POST, subscriber=subscriber)
        if form.is_valid():
            subscriber.language = form.cleaned_data["language"]
            subscriber.save(update_fields=["language"])
            subscriber.topics.set(form.cleaned_data["topics"])
            # Shown in the language just chosen.
            return see_other(f"{preferences_url(subscriber, subscriber.language)}?saved=1")
        status = 400
    else:
        form = PreferencesForm(subscriber=subscriber)
    context = {
        "subscriber": subscriber,
        "form": form,
        "saved": request.GET.get("saved") == "1",
        "unsubscribe_url": unsubscribe_url(subscriber),
        **ACCOUNT_PAGE,
    }
    return render(request, "newsletter/preferences.html", context, status=status)


@never_cache
@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" here, with no cookie or token of ours
def unsubscribe(request, token):
    """GET: a button (mail scanners follow links; only a POST unsubscribes). POST: unsubscribed,
    whatever else the request carries: the signed address is the whole authorisation."""
    subscriber = subscriber_for(tokens.read_manage(token))
    if subscriber is None:
        return rate_limited(request) if guarded(request) else link_problem(request)
    if request.method == "POST":
        subscriber.unsubscribe()
    context = {"subscriber": subscriber, "preferences_url": preferences_url(subscriber), **ACCOUNT_PAGE}
    return render(request, "newsletter/unsubscribe.html", context)
