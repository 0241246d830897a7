"""The contact page's form: store, deliver, then redirect (post/redirect/get), so reloading
the thank-you page sends nothing again."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from lectern.core.protection import RATE_LIMIT_MESSAGE, too_many_posts

from .delivery import deliver, staff_address
from .forms import ContactForm
from .models import ContactMessage


def render_contact(page, request, form=None, status=200, notice=None):
    context = page.get_context(request)
    context["form"] = form or ContactForm()
    context["form_notice"] = notice
    return TemplateResponse(request, page.get_template(request), context, status=status)


def contact_page(page, request):
    if request.method != "POST":
        return render_contact(page, request)
    form = ContactForm(request.POST)
    if too_many_posts(request, "contact"):
        form.is_valid()  # show what was typed again
        return render_contact(page, request, form, status=429, notice=RATE_LIMIT_MESSAGE)
    if not form.is_valid():
        return render_contact(page, request, form, notice=_("Please correct the errors below."))
    if not form.is_spam:
        data = form.cleaned_data
        message = ContactMessage.objects.create(
            name=data["name"],
            email=data["email"],
            subject=data["subject"],
            message=data["message"],
            language=translation.get_language(),
        )
        deliver(message, to=staff_address(request, page), page=page)
    return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("thanks"))


def thanks(page, request):
    return TemplateResponse(request, "contact/thanks.html", {"page": page})
