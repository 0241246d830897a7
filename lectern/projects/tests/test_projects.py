"""Research projects: what they study, who works on them, what they published."""

import re

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import card_titles, content, elements, main, text


def team(response):
    section = re.search(r'<section aria-labelledby="team-heading">.*?</section>', main(response), re.S)
    return [(a["text"], a["attrs"]["href"]) for a in elements(section.group(0), "a")] if section else []


def test_project_index_lists_projects(client, site):
    markup = content(client.get("/en/projects/"))
    assert [(a["text"], a["attrs"]["href"]) for a in elements(markup, "a")] == [
        ("Labour futures", "/en/projects/labour-futures/")
    ]
    assert "How work changes." in text(markup)
    assert "איך העבודה משתנה." in text(main(client.get("/he/projects/")))


def test_project_page_shows_summary_team_and_publications(client, site):
    response = client.get("/en/projects/labour-futures/")
    assert "How work changes." in text(main(response))
    assert team(response) == [("Dana Levi", "/en/team/dana-levi/"), ("Amir Cohen", "/en/team/amir-cohen/")]
    assert card_titles(main(response)) == ["Wages and growth"]


def test_hebrew_project_page_shows_the_hebrew_team_and_publications(client, site):
    response = client.get("/he/projects/labour-futures/")
    assert team(response) == [("דנה לוי", "/he/team/dana-levi/"), ("אמיר כהן", "/he/team/amir-cohen/")]
    assert card_titles(main(response)) == ["שכר וצמיחה"]


def test_unpublished_team_member_is_left_out(client, site):
    site.en.amir.unpublish()
    assert team(client.get("/en/projects/labour-futures/")) == [("Dana Levi", "/en/team/dana-levi/")]


def test_project_publications_newest_first(client, site):
    make_publication(site.en.papers, "Project follow-up", number=2, projects=[site.en.project])
    assert card_titles(main(client.get("/en/projects/labour-futures/"))) == ["Project follow-up", "Wages and growth"]


def test_project_without_team_has_no_team_section(client, site):
    project = site.en.project
    project.team = []
    project.save()
    response = client.get("/en/projects/labour-futures/")
    assert 'id="team-heading"' not in main(response)
