"""The listings' narrow rows and kept facet counts (``lectern.publications.listing``), filled
from the live publications."""

import django.db.models.deletion

from django.db import migrations, models


def fill(apps, schema_editor):
    # The current code, not historical models: it reads only columns this migration's
    # dependencies have (page state, series, date, topic and author links).
    from lectern.publications import listing

    listing.rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0003_topic_links_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="FacetCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("locale_id", models.IntegerField()),
                ("filter", models.CharField(max_length=8)),
                ("key", models.CharField(max_length=36)),
                ("facet", models.CharField(max_length=8)),
                ("value", models.CharField(max_length=36)),
                ("n", models.IntegerField()),
            ],
            options={
                "indexes": [models.Index(fields=["locale_id", "filter", "key", "facet", "-n"], name="facet_count_top")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("locale_id", "filter", "key", "facet", "value"), name="facet_count_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ListingEntry",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="publications.publicationpage",
                    ),
                ),
                ("locale_id", models.IntegerField()),
                ("series_key", models.UUIDField(null=True)),
                ("date", models.DateField()),
                ("year", models.IntegerField()),
            ],
            options={
                "indexes": [
                    models.Index(fields=["locale_id", "-date", "-page"], name="listing_locale_date"),
                    models.Index(fields=["locale_id", "series_key", "-date", "-page"], name="listing_series_date"),
                    models.Index(fields=["locale_id", "year", "-date", "-page"], name="listing_year_date"),
                ],
            },
        ),
        migrations.CreateModel(
            name="ListingAuthor",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("person_key", models.UUIDField()),
                ("locale_id", models.IntegerField()),
                ("date", models.DateField()),
                (
                    "page",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="publications.publicationpage",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["person_key", "locale_id", "-date", "-page"], name="listing_author_date")
                ],
                "constraints": [models.UniqueConstraint(fields=("page", "person_key"), name="listing_author_unique")],
            },
        ),
        migrations.CreateModel(
            name="ListingTopic",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("topic_key", models.UUIDField()),
                ("direct", models.BooleanField()),
                ("locale_id", models.IntegerField()),
                ("series_key", models.UUIDField(null=True)),
                ("date", models.DateField()),
                ("year", models.IntegerField()),
                (
                    "page",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="publications.publicationpage",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["topic_key", "locale_id", "-date", "-page"], name="listing_topic_date"),
                    models.Index(
                        fields=["topic_key", "locale_id", "year", "-date", "-page"], name="listing_topic_year"
                    ),
                ],
                "constraints": [models.UniqueConstraint(fields=("page", "topic_key"), name="listing_topic_unique")],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
