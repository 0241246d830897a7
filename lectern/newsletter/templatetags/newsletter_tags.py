from django import template

from ..forms import QuickSignupForm

register = template.Library()


@register.simple_tag
def footer_signup_form():
    """The footer's sign-up form: built from settings alone, so every page gets it without a query."""
    return QuickSignupForm(auto_id="footer-newsletter-%s")
