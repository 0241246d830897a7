from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _

DEFAULT_PER_PAGE = 12


class ListingPageNotFound(Http404):
    """A ``?page=`` value that names no page of a listing; the 404 page shows its message."""


def paginate(request, queryset, per_page=DEFAULT_PER_PAGE):
    """The requested page of ``queryset``; a malformed or out-of-range ``?page=`` is a 404 that says why."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except ValueError:
        raise ListingPageNotFound(_("“%(page)s” is not a page number.") % {"page": raw[:20]}) from None
    if number < 1 or (number > paginator.num_pages):
        raise ListingPageNotFound(
            _("There is no page %(page)s: this list has %(count)s page(s).")
            % {"page": number, "count": paginator.num_pages}
        )
    return paginator.page(number)
