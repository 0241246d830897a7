"""The sign-up and preferences forms. Every field is rendered by hand in the templates, so
that labels, groups (fieldset/legend) and error links (aria-describedby) are exactly right."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from lectern.core.i18n import active_locale
from lectern.core.protection import HoneypotForm

from .models import followable_topics


def language_choices():
    """Each language in its own name (a reader of Hebrew looks for “עברית”, not “Hebrew”)."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class TopicChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.title


class QuickSignupForm(HoneypotForm):
    """The footer's form: an address and a language, nothing that needs the database."""

    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Newsletter language"), choices=language_choices, widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", get_language())
        super().__init__(*args, **kwargs)


class SignupForm(QuickSignupForm):
    """The newsletter page's form, and what the one sign-up endpoint accepts (topics optional)."""

    topics = TopicChoiceField(
        label=_("Topics"),
        queryset=None,
        required=False,
        help_text=_("Choose the topics you follow, or none to receive every issue."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = followable_topics(locale or active_locale())


class PreferencesForm(forms.Form):
    """A subscriber's language and topics, reached through the signed link in every email."""

    language = forms.ChoiceField(label=_("Newsletter language"), choices=language_choices, widget=forms.RadioSelect)
    topics = TopicChoiceField(
        label=_("Topics"),
        queryset=None,
        required=False,
        help_text=_("Choose the topics you follow, or none to receive every issue."),
    )

    def __init__(self, *args, subscriber, locale=None, **kwargs):
        topics = followable_topics(locale or active_locale())
        # The subscriber's topics may be the other language's pages: tick these by translation key.
        followed = {topic.translation_key for topic in subscriber.topics.all()}
        kwargs.setdefault(
            "initial",
            {"language": subscriber.language, "topics": [t for t in topics if t.translation_key in followed]},
        )
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = topics
