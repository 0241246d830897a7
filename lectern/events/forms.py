from django import forms
from django.utils.translation import gettext_lazy as _

from lectern.core.protection import HoneypotForm


class RegistrationForm(HoneypotForm):
    name = forms.CharField(label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class CancelForm(forms.Form):
    """Cancelling needs a POST (a button), so a mail client that prefetches links cancels nothing."""

    token = forms.CharField(widget=forms.HiddenInput)
