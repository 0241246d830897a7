"""Running numbers within a series: proposed, unique per series, reusable across series."""

import datetime
import re

from django.core.exceptions import ValidationError

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from lectern.core.tests.builders import add_page, make_publication
from lectern.core.tests.helpers import card_titles, main
from lectern.publications.models import PublicationPage, SeriesPage


def form_data(number, *, title="A new paper", slug="a-new-paper", person=None, volume="", issue=""):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "What it is about.",
            "number": "" if number is None else str(number),
            "volume": volume,
            "issue": issue,
            "publication_date": "2024-05-01",
            "authors": inline_formset(
                [{"person": str(person.pk) if person else "", "name": "" if person else "A. Guest"}]
            ),
            "lead_image": "",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "footnotes": inline_formset([]),
            "pdf": "",
            "disclaimer": "",
            "related_links": inline_formset([]),
        }
    )


@pytest.fixture
def form_class():
    return PublicationPage.get_edit_handler().get_form_class()


@pytest.fixture
def editor(admin_user):
    return admin_user


def new_form(form_class, parent, editor, data=None):
    return form_class(data, instance=PublicationPage(), parent_page=parent, for_user=editor)


def test_next_number_is_one_more_than_the_highest(site):
    assert site.en.insight.next_number() == 4
    assert site.en.papers.next_number() == 2


def test_next_number_of_an_empty_series_is_one(site):
    series = add_page(site.en.publications, SeriesPage(title="Working Papers", slug="working-papers"))
    assert series.next_number() == 1


def test_next_number_counts_drafts_and_skips_gaps(site):
    make_publication(site.en.insight, "Draft ten", number=10).unpublish()
    assert site.en.insight.next_number() == 11


def test_series_is_taken_from_the_place_in_the_tree(site):
    page = make_publication(site.en.papers, "Where am I", number=5)
    assert page.series_id == site.pk("en.papers")
    assert site.he.wages.series_id == site.pk("he.insight")


def test_add_form_proposes_the_next_number(form_class, site, editor):
    form = new_form(form_class, site.en.insight, editor)
    assert form["number"].value() == 4
    form = new_form(form_class, site.en.papers, editor)
    assert form["number"].value() == 2


def test_admin_add_page_shows_the_proposed_number(admin_client, site):
    response = admin_client.get(f"/admin/pages/add/publications/publicationpage/{site.pk('en.insight')}/")
    field = re.search(r'<input[^>]*name="number"[^>]*>', response.content.decode()).group(0)
    assert 'value="4"' in field


def test_form_accepts_the_proposed_number(form_class, site, editor):
    form = new_form(form_class, site.en.insight, editor, form_data(4, person=site.en.dana))
    assert form.is_valid(), form.errors


def test_form_rejects_a_number_already_used_in_the_series(form_class, site, editor):
    form = new_form(form_class, site.en.insight, editor, form_data(2))
    assert not form.is_valid()
    assert form.errors["number"] == ["Number 2 is already used in this series; the next free one is 4."]


def test_other_series_may_reuse_a_number(form_class, site, editor):
    # No. 2 exists in Insight, not in Policy Papers.
    form = new_form(form_class, site.en.papers, editor, form_data(2))
    assert form.is_valid(), form.errors


def test_a_draft_number_is_taken_too(form_class, site, editor):
    make_publication(site.en.papers, "Draft two", number=2).unpublish()
    form = new_form(form_class, site.en.papers, editor, form_data(2))
    assert not form.is_valid()
    assert "already used" in form.errors["number"][0]


def test_editing_keeps_the_page_own_number(form_class, site, editor):
    page = site.en.housing_pub
    form = form_class(
        form_data(2, title=page.title, slug=page.slug), instance=page, parent_page=site.en.insight, for_user=editor
    )
    assert form.is_valid(), form.errors


def test_editing_to_another_page_number_is_rejected(form_class, site, editor):
    page = site.en.housing_pub
    form = form_class(
        form_data(1, title=page.title, slug=page.slug), instance=page, parent_page=site.en.insight, for_user=editor
    )
    assert not form.is_valid()
    assert form.errors["number"] == ["Number 1 is already used in this series; the next free one is 4."]


def test_number_may_be_left_empty(form_class, site, editor):
    form = new_form(form_class, site.en.insight, editor, form_data(None))
    assert form.is_valid(), form.errors


def test_a_publication_needs_an_author(form_class, site, editor):
    data = form_data(4)
    data.update({"authors-TOTAL_FORMS": "0", "authors-MIN_NUM_FORMS": "1"})
    data = {k: v for k, v in data.items() if not k.startswith("authors-0-")}
    form = new_form(form_class, site.en.insight, editor, data)
    assert not form.is_valid()


def test_an_author_is_a_person_or_a_guest_not_both(form_class, site, editor):
    data = form_data(4, person=site.en.dana)
    data["authors-0-name"] = "Also a guest"
    form = new_form(form_class, site.en.insight, editor, data)
    assert not form.is_valid()
    assert "not both" in str(form.formsets["authors"].errors)


def test_editor_publishes_a_new_publication_in_the_admin(admin_client, client, site):
    data = form_data(4, person=site.en.dana, title="Fresh analysis", slug="fresh-analysis")
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{site.pk('en.insight')}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PublicationPage.objects.get(slug="fresh-analysis")
    assert (page.live, page.number, page.series_id) == (True, 4, site.pk("en.insight"))
    public = client.get("/en/publications/insight/fresh-analysis/")
    assert public.status_code == 200
    assert "No. 4" in public.content.decode()
    assert "Fresh analysis" in card_titles(main(client.get("/en/publications/insight/")))


def test_admin_shows_the_duplicate_number_error(admin_client, site):
    data = form_data(1, person=site.en.dana)
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{site.pk('en.insight')}/", data)
    assert response.status_code == 200
    assert "Number 1 is already used in this series; the next free one is 4." in response.content.decode()
    assert not PublicationPage.objects.filter(slug="a-new-paper").exists()


def test_journal_article_form_needs_both_volume_and_issue(form_class, site, editor):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    form = new_form(form_class, journal, editor, form_data(None, volume="3"))
    assert not form.is_valid()
    assert form.errors["issue"] == ["Give both the volume and the issue, or neither."]
    form = new_form(form_class, journal, editor, form_data(None, volume="3", issue="2"))
    assert form.is_valid(), form.errors


def test_admin_shows_the_volume_and_issue_error_instead_of_failing(admin_client, site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    data = form_data(None, person=site.en.dana, volume="3")
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/add/publications/publicationpage/{journal.pk}/", data)
    assert response.status_code == 200
    assert "Give both the volume and the issue, or neither." in response.content.decode()


def test_volume_and_issue_are_optional_outside_journals(form_class, site, editor):
    form = new_form(form_class, site.en.insight, editor, form_data(4, volume="3"))
    assert form.is_valid(), form.errors


def test_journal_needs_both_volume_and_issue(site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    page = site.en.security_pub
    page.volume = 3
    with pytest.raises(ValidationError, match="Give both the volume and the issue"):
        page.full_clean()
    page.issue = 1
    page.full_clean()


def test_series_listing_shows_its_publications_newest_first(client, site):
    titles = card_titles(main(client.get("/en/publications/insight/")))
    assert titles == ["Wages and growth", "Housing costs", "Minimum wage effects"]
    assert card_titles(main(client.get("/en/publications/policy-papers/"))) == ["Security outlook"]


def test_series_listing_leaves_out_drafts(client, site):
    site.en.housing_pub.unpublish()
    assert "Housing costs" not in card_titles(main(client.get("/en/publications/insight/")))


def test_series_listing_is_paginated(client, site):
    for number in range(10, 22):
        make_publication(
            site.en.papers,
            f"Paper {number}",
            number=number,
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    first = main(client.get("/en/publications/policy-papers/"))
    assert len(card_titles(first)) == 12
    assert card_titles(first)[0] == "Security outlook"
    assert "Page 1 of 2" in first
    assert 'href="?page=2" rel="next"' in first
    second = main(client.get("/en/publications/policy-papers/", {"page": 2}))
    assert card_titles(second) == ["Paper 10"]
    assert 'href="?page=1" rel="prev"' in second
