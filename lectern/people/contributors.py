"""Contributors to a page, in order (a publication's authors, an event's speakers, an episode's
participants): each one a person of the institute or a guest by name, never both."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lectern.core.i18n import localize_pages


class PersonOrGuest:
    """For an ``Orderable`` with a ``person`` (PersonPage) and a guest ``name``."""

    person_or_guest_message = _("Choose a person of the institute or type a guest's name, not both.")

    def clean(self):
        super().clean()
        if bool(self.person_id) == bool(self.name.strip()):
            raise ValidationError(self.person_or_guest_message)

    @property
    def display_name(self):
        if not self.person_id:
            return self.name
        # Listings may annotate the name of the profile in the page's language.
        return getattr(self, "localized_name", None) or self.person.title


def with_profiles(contributors, locale_id):
    """``contributors`` (with their ``person`` fetched) as a list, each person's ``profile`` set to
    their page in ``locale_id`` (one query for all)."""
    contributors = list(contributors)
    people = localize_pages([c.person for c in contributors if c.person_id], locale_id)
    localized = {person.translation_key: person for person in people}
    for contributor in contributors:
        if contributor.person_id:
            contributor.profile = localized.get(contributor.person.translation_key, contributor.person)
    return contributors
