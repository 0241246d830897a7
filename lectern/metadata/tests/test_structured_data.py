"""schema.org JSON-LD: publications (Report, or ScholarlyArticle in a journal), people, the institute."""

import datetime

from wagtail_localize.models import TranslationSource

from lectern.core.models import Institute
from lectern.core.tests.builders import make_publication

from .helpers import HOUSING_EN, WAGES_EN, WAGES_HE, json_ld

HOST = "http://testserver"


def the_one(response):
    [data] = json_ld(response)
    assert data["@context"] == "https://schema.org"
    return data


def test_publication_of_a_numbered_series_is_a_report(client, site):
    data = the_one(client.get(WAGES_EN))
    assert data["@type"] == "Report"
    assert data["url"] == data["@id"] == f"{HOST}{WAGES_EN}"
    assert data["name"] == data["headline"] == "Wages and growth"
    assert data["abstract"] == "Summary of Wages and growth."
    assert data["datePublished"] == "2024-03-05"
    assert data["inLanguage"] == "en"
    assert data["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": "Insight",
        "url": f"{HOST}/en/publications/insight/",
    }
    assert data["position"] == 1
    assert data["reportNumber"] == "1"
    assert data["keywords"] == ["Labour market", "Security"]
    assert ".width-1200." in data["image"]
    assert data["encoding"]["contentUrl"] == f"{HOST}{site.document.pdf.url}"
    assert data["encoding"]["encodingFormat"] == "application/pdf"


def test_every_author_is_a_person_in_order_linked_to_their_profile(client, site):
    assert the_one(client.get(WAGES_EN))["author"] == [
        {"@type": "Person", "name": "Dana Levi", "url": f"{HOST}/en/team/dana-levi/"},
        {"@type": "Person", "name": "Guest Writer"},
        {"@type": "Person", "name": "Amir Cohen", "url": f"{HOST}/en/team/amir-cohen/"},
    ]
    assert the_one(client.get(WAGES_HE))["author"] == [
        {"@type": "Person", "name": "דנה לוי", "url": f"{HOST}/he/team/dana-levi/"},
        {"@type": "Person", "name": "Guest Writer"},
        {"@type": "Person", "name": "אמיר כהן", "url": f"{HOST}/he/team/amir-cohen/"},
    ]


def test_the_institute_publishes(client, site):
    assert the_one(client.get(WAGES_EN))["publisher"] == {
        "@type": "Organization",
        "@id": f"{HOST}/en/#organization",
        "name": "Institute for Policy Studies",
        "url": f"{HOST}/en/",
    }
    assert the_one(client.get(WAGES_HE))["publisher"]["name"] == "המכון למחקרי מדיניות"


def test_english_source_names_its_translation_and_the_translation_its_source(client, site):
    english = the_one(client.get(WAGES_EN))
    assert english["workTranslation"] == [{"@type": "Report", "@id": f"{HOST}{WAGES_HE}", "inLanguage": "he"}]
    assert "translationOfWork" not in english
    hebrew = the_one(client.get(WAGES_HE))
    assert hebrew["inLanguage"] == "he"
    assert hebrew["translationOfWork"] == {"@type": "Report", "@id": f"{HOST}{WAGES_EN}", "inLanguage": "en"}
    assert "workTranslation" not in hebrew


def test_a_hebrew_source_known_to_wagtail_localize_comes_first(client, site):
    TranslationSource.get_or_create_from_instance(site.he.wages)
    english = the_one(client.get(WAGES_EN))
    assert english["translationOfWork"]["@id"] == f"{HOST}{WAGES_HE}"
    assert "workTranslation" not in english
    assert the_one(client.get(WAGES_HE))["workTranslation"][0]["@id"] == f"{HOST}{WAGES_EN}"


def test_publication_in_one_language_has_no_translation_links(client, site):
    data = the_one(client.get(HOUSING_EN))
    assert "workTranslation" not in data
    assert "translationOfWork" not in data
    assert "image" not in data
    assert "encoding" not in data


def test_journal_article_is_a_scholarly_article_in_its_issue(client, site):
    journal = site.en.papers
    journal.has_volumes = True
    journal.save()
    make_publication(journal, "Journal article", volume=12, issue=3, number=7, date=datetime.date(2024, 2, 1))
    data = the_one(client.get("/en/publications/policy-papers/journal-article/"))
    assert data["@type"] == "ScholarlyArticle"
    assert data["isPartOf"] == {
        "@type": "PublicationIssue",
        "issueNumber": 3,
        "isPartOf": {
            "@type": "PublicationVolume",
            "volumeNumber": 12,
            "isPartOf": {
                "@type": "Periodical",
                "name": "Policy Papers",
                "url": f"{HOST}/en/publications/policy-papers/",
            },
        },
    }
    assert data["position"] == 7
    assert "reportNumber" not in data


def test_person(client, site):
    page = site.en.dana
    page.email = "dana@example.org"
    page.save_revision().publish()
    data = the_one(client.get("/en/team/dana-levi/"))
    assert data["@type"] == "Person"
    assert data["name"] == "Dana Levi"
    assert data["jobTitle"] == "Senior Research Fellow"
    assert data["url"] == f"{HOST}/en/team/dana-levi/"
    assert data["email"] == "dana@example.org"
    assert ".fill-320x320." in data["image"]
    assert data["worksFor"]["@type"] == "Organization"
    assert data["worksFor"]["name"] == "Institute for Policy Studies"
    assert data["knowsAbout"] == ["Economy", "Labour market"]
    hebrew = the_one(client.get("/he/team/dana-levi/"))
    assert (hebrew["name"], hebrew["jobTitle"]) == ("דנה לוי", "עמיתת מחקר בכירה")
    assert hebrew["worksFor"]["name"] == "המכון למחקרי מדיניות"


def test_person_without_photo_has_no_image(client, site):
    assert "image" not in the_one(client.get("/en/team/amir-cohen/"))


def test_home_page_describes_the_institute_with_its_contact_details(client, site):
    Institute.objects.filter(pk=site.pk("en.institute")).update(
        email="info@example.org", fax="02-555-0101", address="1 Research Road\nJerusalem"
    )
    assert the_one(client.get("/en/")) == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{HOST}/en/#organization",
        "name": "Institute for Policy Studies",
        "alternateName": "IPS",
        "url": f"{HOST}/en/",
        "address": "1 Research Road, Jerusalem",
        "telephone": "02-555-0100",
        "faxNumber": "02-555-0101",
        "email": "info@example.org",
    }
    hebrew = the_one(client.get("/he/"))
    assert (hebrew["name"], hebrew["address"], hebrew["url"]) == ("המכון למחקרי מדיניות", "רחוב המחקר 1", f"{HOST}/he/")


def test_other_pages_have_no_json_ld(client, site):
    for url in ["/en/publications/", "/en/topics/economy/", "/en/about/", "/en/no-such-page/"]:
        assert json_ld(client.get(url)) == [], url


def test_json_ld_cannot_close_its_script_element(client, site):
    page = site.en.housing_pub
    page.title = "Costs </script><script>alert(1)</script> & <!-- more"
    page.save_revision().publish()
    markup = client.get(HOUSING_EN).content.decode()
    script = markup[markup.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<" not in script.removeprefix('<script type="application/ld+json">')
    assert the_one(client.get(HOUSING_EN))["name"] == page.title
