from django import forms
from django.utils.translation import gettext_lazy as _

from .registry import SEARCHABLE


def type_choices():
    return [(model._meta.label_lower, label) for model, label in SEARCHABLE.items()]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False, strip=True)
    type = forms.MultipleChoiceField(label=_("Show"), required=False, widget=forms.CheckboxSelectMultiple)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Date, newest first"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = type_choices()

    def models(self):
        chosen = set(self.cleaned_data.get("type") or [])
        return [model for model in SEARCHABLE if not chosen or model._meta.label_lower in chosen]
