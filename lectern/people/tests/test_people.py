"""The team: the index of people and each person's profile with their publications."""

import datetime
import re

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import card_titles, content, elements, main, text


def people_cards(response):
    markup = main(response)
    return [
        (h["text"], p["text"])
        for h, p in zip(
            [h for h in elements(markup, "h2") if "card__title" in h["attrs"].get("class", "")],
            [p for p in elements(markup, "p") if p["attrs"].get("class") == "card__role"],
            strict=True,
        )
    ]


def test_team_index_lists_live_people_with_roles(client, site):
    assert people_cards(client.get("/en/team/")) == [
        ("Dana Levi", "Senior Research Fellow"),
        ("Amir Cohen", "Researcher"),
    ]
    assert people_cards(client.get("/he/team/")) == [("דנה לוי", "עמיתת מחקר בכירה"), ("אמיר כהן", "חוקר")]


def test_team_index_links_to_profiles_and_shows_photos(client, site):
    markup = content(client.get("/en/team/"))
    assert [a["attrs"]["href"] for a in elements(markup, "a")] == ["/en/team/dana-levi/", "/en/team/amir-cohen/"]
    [photo] = elements(markup, "img")  # Amir has no photo
    assert photo["attrs"]["alt"] == ""  # the name next to it says who it is
    assert "fill-160x160" in photo["attrs"]["src"]
    assert "fill-320x320" in photo["attrs"]["srcset"]  # sharp on high-density screens


def test_profile_shows_name_role_photo_and_expertise(client, site):
    markup = main(client.get("/en/team/dana-levi/"))
    assert elements(markup, "h1")[0]["text"] == "Dana Levi"
    assert "Senior Research Fellow" in text(markup)
    [photo] = [img for img in elements(markup, "img") if "person__photo" in img["attrs"].get("class", "")]
    assert photo["attrs"]["alt"] == "Dana Levi smiling"
    tags = re.search(r'<ul class="tags">.*?</ul>', markup, re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(tags, "a")] == [
        ("Economy", "/en/topics/economy/"),
        ("Labour market", "/en/topics/labour-market/"),
    ]


def test_hebrew_profile_shows_hebrew_expertise(client, site):
    tags = re.search(r'<ul class="tags">.*?</ul>', main(client.get("/he/team/dana-levi/")), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(tags, "a")] == [
        ("כלכלה", "/he/topics/economy/"),
        ("שוק העבודה", "/he/topics/labour-market/"),
    ]


def test_profile_lists_the_person_publications_newest_first(client, site):
    assert card_titles(main(client.get("/en/team/dana-levi/"))) == ["Wages and growth", "Minimum wage effects"]
    assert card_titles(main(client.get("/en/team/amir-cohen/"))) == ["Wages and growth", "Housing costs"]


def test_hebrew_profile_lists_hebrew_publications(client, site):
    assert card_titles(main(client.get("/he/team/dana-levi/"))) == ["שכר וצמיחה", "השפעות שכר המינימום"]


def test_guest_authors_have_no_profile_link(client, site):
    markup = main(client.get("/en/publications/policy-papers/security-outlook/"))
    authors = re.search(r'<ul class="authors".*?</ul>', markup, re.S).group(0)
    assert text(authors) == "Guest Writer"
    assert not elements(authors, "a")


def test_person_without_publications(client, site):
    for page in [site.en.wages, site.en.minimum_pub]:
        page.unpublish()
    assert "No publications yet." in text(main(client.get("/en/team/dana-levi/")))


def test_profile_publications_are_paginated(client, site):
    for number in range(2, 15):
        make_publication(
            site.en.papers,
            f"By Amir {number}",
            number=number,
            authors=[site.en.amir],
            date=datetime.date(2025, 1, number),
        )
    first = main(client.get("/en/team/amir-cohen/"))
    assert len(card_titles(first)) == 12
    second = main(client.get("/en/team/amir-cohen/", {"page": "2"}))
    assert card_titles(second) == ["By Amir 2", "Wages and growth", "Housing costs"]


def test_draft_profile_is_not_listed(client, site):
    assert "Draft Person" not in text(main(client.get("/en/team/")))
