from .cache import fragment_timeout, shared_version
from .models import Institute


def chrome(request):
    """What the header and footer of every page need."""
    return {
        "shared_version": shared_version(),
        "shared_timeout": fragment_timeout(),
        "institute": Institute.for_locale(),
    }
