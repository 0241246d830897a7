"""Translating a publication the way editors do it, through wagtail-localize."""

from wagtail_localize.models import TranslationSource

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import main
from lectern.publications.models import PublicationPage


def test_a_localize_translation_keeps_slug_number_and_metadata_and_links_hebrew_profiles(
    client, site, django_capture_on_commit_callbacks
):
    source_page = make_publication(
        site.en.insight, "Water and Security", number=7, authors=[site.en.dana], topics=[site.en.housing]
    )
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    # fallback=True: untranslated text segments keep the source text until a translator fills them.
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translated, _created = source.create_or_update_translation(site.locale.he, publish=True, fallback=True)
    translated = PublicationPage.objects.get(pk=translated.pk)

    assert translated.slug == source_page.slug
    assert translated.url == f"/he/publications/insight/{source_page.slug}/"
    assert translated.number == 7
    assert translated.series_id == site.he.insight.pk  # the Hebrew series, from the tree
    assert translated.publication_date == source_page.publication_date

    response = client.get(translated.url)
    assert response.status_code == 200
    body = main(response)
    # Synchronised authors point to the English profile; the page links the Hebrew one.
    assert site.he.dana.url in body
    assert "דנה לוי" in body
