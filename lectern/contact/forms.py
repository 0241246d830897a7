from django import forms
from django.utils.translation import gettext_lazy as _

from lectern.core.protection import HoneypotForm


class ContactForm(HoneypotForm):
    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("Your email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(label=_("Message"), max_length=10000, widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
