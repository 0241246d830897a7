"""The institute's name and contact details in every page's header and footer."""

from django.utils import translation

from lectern.core.cache import VERSION_KEY, bump_shared_version, shared_key, shared_version
from lectern.core.models import Institute
from lectern.core.tests.helpers import footer, header, text


def test_footer_shows_contact_details_in_the_page_language(client, site):
    english = text(footer(client.get("/en/")))
    assert "Institute for Policy Studies 1 Research Road Tel. 02-555-0100" in english
    hebrew = text(footer(client.get("/he/")))
    assert "המכון למחקרי מדיניות רחוב המחקר 1" in hebrew


def test_phone_link_dials_the_digits(client, site):
    assert 'href="tel:025550100"' in footer(client.get("/en/"))


def test_for_locale_picks_the_language_version(site):
    assert Institute.for_locale(site.locale.en).name == "Institute for Policy Studies"
    assert Institute.for_locale(site.locale.he).name == "המכון למחקרי מדיניות"
    with translation.override("he"):
        assert Institute.for_locale().short_name == "ממ״מ"


def test_for_locale_falls_back_to_any_language(site):
    Institute.objects.filter(pk=site.pk("he.institute")).delete()
    assert Institute.for_locale(site.locale.he).name == "Institute for Policy Studies"


def test_no_institute_at_all_still_renders_the_site(client, site):
    Institute.objects.all().delete()
    assert Institute.for_locale(site.locale.en) is None
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Lectern" in text(header(response))


def test_institute_details_are_cached_until_saved(client, site, django_assert_num_queries):
    english = site.locale.en
    Institute.for_locale(english)
    with django_assert_num_queries(0):
        Institute.for_locale(english)
    institute = site.en.institute
    institute.name = "Institute for Public Policy"
    institute.save()  # the edit clears the shared cache
    assert "Institute for Public Policy" in text(header(client.get("/en/")))


def test_shared_version_bumps(db):
    assert shared_version() == 1
    key = shared_key("menu", "header", "en")
    bump_shared_version()
    assert shared_version() == 2
    assert shared_key("menu", "header", "en") != key


def test_bump_survives_an_evicted_version(db):
    from django.core.cache import cache

    cache.delete(VERSION_KEY)
    bump_shared_version()
    assert shared_version() == 2
