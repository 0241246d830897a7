"""Research topics: a tree for editors, flat addresses for readers, listings of the whole subtree."""

import datetime
import re

from wagtail.test.utils.form_data import nested_form_data

import pytest

from lectern.core.tests.builders import add_page, make_publication
from lectern.core.tests.helpers import card_titles, elements, main
from lectern.topics.models import TopicPage


def test_topics_at_every_depth_have_flat_addresses(site):
    assert site.en.economy.url == "/en/topics/economy/"
    assert site.en.labour.url == "/en/topics/labour-market/"
    assert site.en.minimum_wage.url == "/en/topics/minimum-wage/"
    assert site.en.minimum_wage.depth == site.en.economy.depth + 2


def test_level_three_topic_is_served_at_its_flat_address(client, site):
    response = client.get("/en/topics/minimum-wage/")
    assert response.status_code == 200
    assert response.context["page"].pk == site.pk("en.minimum_wage")
    assert client.get("/he/topics/minimum-wage/").context["page"].pk == site.pk("he.minimum_wage")


def test_unpublished_topic_is_not_found(client, site):
    site.en.minimum_wage.unpublish()
    assert client.get("/en/topics/minimum-wage/").status_code == 404


def test_renaming_a_topic_moves_only_its_own_address(client, site):
    labour = site.en.labour
    labour.slug = "labour"
    labour.save_revision().publish()
    assert client.get("/en/topics/labour/").status_code == 200
    assert client.get("/en/topics/labour-market/").status_code == 404
    # Its sub-topic keeps its flat address.
    assert TopicPage.objects.get(pk=site.pk("en.minimum_wage")).url == "/en/topics/minimum-wage/"
    assert client.get("/en/topics/minimum-wage/").status_code == 200


def test_moving_a_topic_keeps_its_flat_address(client, site):
    site.en.minimum_wage.move(site.en.security, pos="last-child")
    assert TopicPage.objects.get(pk=site.pk("en.minimum_wage")).url == "/en/topics/minimum-wage/"
    assert client.get("/en/topics/minimum-wage/").status_code == 200


def test_topic_page_lists_publications_of_the_topic_and_its_subtopics_newest_first(client, site):
    # Wages (Labour market), Housing costs (Housing), Minimum wage effects (Minimum wage, level 3).
    assert card_titles(main(client.get("/en/topics/economy/"))) == [
        "Wages and growth",
        "Housing costs",
        "Minimum wage effects",
    ]
    assert card_titles(main(client.get("/en/topics/labour-market/"))) == ["Wages and growth", "Minimum wage effects"]
    assert card_titles(main(client.get("/en/topics/minimum-wage/"))) == ["Minimum wage effects"]
    assert card_titles(main(client.get("/en/topics/security/"))) == ["Wages and growth", "Security outlook"]


def test_a_publication_tagged_with_several_subtopics_is_listed_once(client, site):
    make_publication(site.en.papers, "Both", number=2, topics=[site.en.labour, site.en.minimum_wage, site.en.housing])
    assert card_titles(main(client.get("/en/topics/economy/"))).count("Both") == 1


def test_hebrew_topic_lists_hebrew_publications(client, site):
    assert card_titles(main(client.get("/he/topics/economy/"))) == ["שכר וצמיחה", "השפעות שכר המינימום"]


def test_topic_page_links_its_live_subtopics(client, site):
    nav = re.search(r'<nav class="subtopics".*?</nav>', main(client.get("/en/topics/economy/")), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(nav, "a")] == [
        ("Labour market", "/en/topics/labour-market/"),
        ("Housing", "/en/topics/housing/"),
    ]
    site.en.housing.unpublish()
    nav = re.search(r'<nav class="subtopics".*?</nav>', main(client.get("/en/topics/economy/")), re.S).group(0)
    assert [a["text"] for a in elements(nav, "a")] == ["Labour market"]


def test_topic_breadcrumb_follows_the_tree(client, site):
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', main(client.get("/en/topics/minimum-wage/")), re.S).group(
        0
    )
    assert [(a["text"], a["attrs"]["href"]) for a in elements(crumbs, "a")] == [
        ("Home", "/en/"),
        ("Topics", "/en/topics/"),
        ("Economy", "/en/topics/economy/"),
        ("Labour market", "/en/topics/labour-market/"),
    ]


def test_topic_listing_is_paginated(client, site):
    for number in range(2, 15):
        make_publication(
            site.en.papers,
            f"Labour {number}",
            number=number,
            topics=[site.en.minimum_wage],
            date=datetime.date(2025, 1, number),
        )
    first = main(client.get("/en/topics/labour-market/"))
    assert len(card_titles(first)) == 12
    assert card_titles(first)[0] == "Labour 14"
    second = main(client.get("/en/topics/labour-market/", {"page": "2"}))
    assert card_titles(second) == ["Labour 2", "Wages and growth", "Minimum wage effects"]
    assert client.get("/en/topics/labour-market/", {"page": "3"}).status_code == 404


def test_topic_index_shows_the_whole_tree(client, site):
    tree = re.search(r'<nav class="topic-tree".*?</nav>', main(client.get("/en/topics/")), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(tree, "a")] == [
        ("Economy", "/en/topics/economy/"),
        ("Labour market", "/en/topics/labour-market/"),
        ("Minimum wage", "/en/topics/minimum-wage/"),
        ("Housing", "/en/topics/housing/"),
        ("Security", "/en/topics/security/"),
    ]
    # Nested as in the tree: Minimum wage sits in a list inside Labour market's item.
    assert re.search(r"Labour market</a><ul[^>]*>\s*<li><a[^>]*>Minimum wage", tree)


def test_topic_tree_is_built_in_one_query(site, django_assert_num_queries):
    index = site.en.topics
    with django_assert_num_queries(1):
        roots = index.topic_tree()
    assert [(topic.title, [child.title for child, _ in children]) for topic, children in roots] == [
        ("Economy", ["Labour market", "Housing"]),
        ("Security", []),
    ]


# --- the editor's form ---------------------------------------------------------------------------


@pytest.fixture
def topic_form_class():
    return TopicPage.get_edit_handler().get_form_class()


def topic_form(form_class, parent, editor, slug, instance=None):
    data = nested_form_data({"title": "A topic", "slug": slug, "intro": ""})
    return form_class(data, instance=instance or TopicPage(), parent_page=parent, for_user=editor)


def test_form_rejects_a_slug_used_elsewhere_in_the_topic_tree(topic_form_class, site, admin_user):
    # "economy" is a level-1 topic; a new level-3 topic may not take it, or both would claim /topics/economy/.
    form = topic_form(topic_form_class, site.en.labour, admin_user, "economy")
    assert not form.is_valid()
    assert form.errors["slug"] == ["Another topic already uses this slug."]


def test_form_rejects_a_slug_used_by_a_topic_in_another_branch(topic_form_class, site, admin_user):
    form = topic_form(topic_form_class, site.en.security, admin_user, "minimum-wage")
    assert not form.is_valid()
    assert "Another topic already uses this slug." in form.errors["slug"]


def test_form_accepts_a_new_slug(topic_form_class, site, admin_user):
    form = topic_form(topic_form_class, site.en.labour, admin_user, "unions")
    assert form.is_valid(), form.errors


def test_form_lets_a_topic_keep_its_own_slug(topic_form_class, site, admin_user):
    form = topic_form(topic_form_class, site.en.economy, admin_user, "labour-market", instance=site.en.labour)
    assert form.is_valid(), form.errors


def test_slugs_are_checked_within_the_language(topic_form_class, site, admin_user):
    # The Hebrew tree has its own "economy" (the translation); a new Hebrew topic still may not reuse it…
    form = topic_form(topic_form_class, site.he.labour, admin_user, "economy")
    assert not form.is_valid()
    # …but an English-only slug is free in Hebrew.
    form = topic_form(topic_form_class, site.he.labour, admin_user, "housing")
    assert form.is_valid(), form.errors


def test_admin_rejects_a_duplicate_topic_slug(admin_client, site):
    data = nested_form_data(
        {"title": "Economy again", "slug": "economy", "intro": "", "action-publish": "action-publish"}
    )
    response = admin_client.post(f"/admin/pages/add/topics/topicpage/{site.pk('en.labour')}/", data)
    assert response.status_code == 200
    assert "Another topic already uses this slug." in response.content.decode()
    assert TopicPage.objects.filter(slug="economy").count() == 2  # English and Hebrew, no third


def test_add_page_helper_builds_flat_addresses_under_new_topics(site):
    unions = add_page(site.en.minimum_wage, TopicPage(title="Unions", slug="unions"))
    assert unions.url == "/en/topics/unions/"
