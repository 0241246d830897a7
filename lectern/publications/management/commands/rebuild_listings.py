"""``manage.py rebuild_listings``: the listings' narrow rows and kept counts made again from the
live publications (after a bulk import that bypassed saving pages, or to repair them)."""

import time

from django.core.management.base import BaseCommand

from lectern.publications import listing


class Command(BaseCommand):
    help = "Make the archive listings' rows and facet counts again from the live publications."

    def handle(self, *args, **options):
        started = time.perf_counter()
        listing.rebuild(log=self.stdout.write)
        self.stdout.write(f"Done in {time.perf_counter() - started:.1f} s.")
