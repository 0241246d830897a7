from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_shared_version
from .cdn import purge_pages_showing
from .i18n import forget_locales


def connect():
    from wagtail.models import Locale, Page, PageViewRestriction

    from lectern.navigation.models import Menu

    from .models import Institute

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_shared_version, dispatch_uid=f"lectern-shared-{signal!r}")
        signal.connect(purge_pages_showing, dispatch_uid=f"lectern-cdn-{signal!r}")
    post_delete.connect(bump_shared_version, sender=Page, dispatch_uid="lectern-shared-page-delete")
    # A page made private (or public again) leaves (or rejoins) the menus.
    for model in (Menu, Institute, PageViewRestriction):
        post_save.connect(bump_shared_version, sender=model, dispatch_uid=f"lectern-shared-save-{model.__name__}")
        post_delete.connect(bump_shared_version, sender=model, dispatch_uid=f"lectern-shared-del-{model.__name__}")
    post_save.connect(forget_locales, sender=Locale, dispatch_uid="lectern-forget-locales-save")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="lectern-forget-locales-delete")
