"""``manage.py load_demo``: the bilingual demo institute, safe to run again.

manage.py load_demo                      # the base demo (adds only what is missing)
manage.py load_demo --publications 10000 # ... plus 10,000 synthetic English publications
manage.py load_demo --no-admin           # without the admin/admin superuser
"""

import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from wagtail_footnotes.models import Footnote

from lectern.core.models import Institute
from lectern.demo.builders import DemoBuilder
from lectern.demo.bulk import add_synthetic_publications
from lectern.images.models import LecternImage
from lectern.navigation.models import Menu


class Command(BaseCommand):
    help = "Load the bilingual (English and Hebrew) demo site; running it again adds nothing twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--publications",
            type=int,
            default=0,
            metavar="N",
            help="Also add N synthetic English publications (bulk inserted; added on every run).",
        )
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin/admin superuser.")

    def handle(self, *args, **options):
        started = time.perf_counter()
        builder = DemoBuilder(log=self.stdout.write)
        with transaction.atomic():  # one transaction: all or nothing, and much faster on SQLite
            builder.build()
        added = sum(builder.created.values())
        self.stdout.write(
            f"Base demo: {added} page(s) and snippet(s) added in {time.perf_counter() - started:.1f} s"
            + ("" if added else " (already complete)")
        )
        for (model, lang), count in sorted(builder.created.items()):
            self.stdout.write(f"  + {count} {model} ({lang})")

        if options["publications"] > 0:
            started = time.perf_counter()
            add_synthetic_publications(options["publications"], log=self.stdout.write)
            self.stdout.write(
                f"{options['publications']} synthetic publications added in "
                f"{time.perf_counter() - started:.1f} s (run update_index to make them searchable)"
            )

        if not options["no_admin"]:
            self.ensure_admin()
        self.summary()

    def ensure_admin(self):
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@ips.example.org", "admin")
            self.stdout.write("Superuser admin / admin created.")

    def summary(self):
        self.stdout.write(self.style.MIGRATE_HEADING("Pages by type and language:"))
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        rows = (
            Page.objects.exclude(depth=1)
            .values("content_type__app_label", "content_type__model", "locale")
            .annotate(n=Count("pk"))
            .order_by("content_type__app_label", "content_type__model", "locale")
        )
        table = {}
        for row in rows:
            name = f"{row['content_type__app_label']}.{row['content_type__model']}"
            table.setdefault(name, {})[languages[row["locale"]]] = row["n"]
        for name, counts in table.items():
            self.stdout.write(f"  {name:38} en {counts.get('en', 0):6}   he {counts.get('he', 0):6}")
        self.stdout.write(
            f"  images {LecternImage.objects.count()}, documents {get_document_model().objects.count()}, "
            f"footnotes {Footnote.objects.count()}, menus {Menu.objects.count()}, "
            f"institute details {Institute.objects.count()}"
        )
