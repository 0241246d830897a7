"""schema.org ``Event`` JSON-LD on event pages, read back from the page as a search engine would."""

from lectern.events.models import EventPage, EventRegistration
from lectern.metadata.tests.helpers import json_ld

from .builders import next_year

HOST = "http://testserver"
SCHEMA = "https://schema.org/"


def event_data(response):
    assert response.status_code == 200
    [data] = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    return data


def test_conference_in_a_hall_with_people_and_guests_and_free_seats(client, events):
    data = event_data(client.get("/en/events/conference/"))
    year = next_year()
    assert data["url"] == data["@id"] == f"{HOST}/en/events/conference/"
    assert data["name"] == "Labour conference"
    assert data["description"] == "About Labour conference."
    # Local time of the institute (Jerusalem, winter) with its offset.
    assert data["startDate"] == f"{year}-02-25T08:15:00+02:00"
    assert data["endDate"] == f"{year}-02-25T16:00:00+02:00"
    assert data["eventStatus"] == SCHEMA + "EventScheduled"
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert data["location"] == {"@type": "Place", "name": "Conference Hall", "address": "1 Research Road, Jerusalem"}
    assert data["inLanguage"] == "en"
    assert data["isAccessibleForFree"] is True
    assert ".width-1200." in data["image"] and data["image"].startswith(HOST)
    assert data["organizer"] == {
        "@type": "Organization",
        "@id": f"{HOST}/en/#organization",
        "name": "Institute for Policy Studies",
        "url": f"{HOST}/en/",
    }
    assert data["performer"] == [
        {"@type": "Person", "name": "Dana Levi", "url": f"{HOST}/en/team/dana-levi/"},
        {
            "@type": "Person",
            "name": "Maya Stern",
            "affiliation": {"@type": "Organization", "name": "Tel Aviv University"},
        },
    ]
    assert data["offers"] == {
        "@type": "Offer",
        "url": f"{HOST}/en/events/conference/#registration",
        "price": "0",
        "availability": SCHEMA + "InStock",
        "validThrough": f"{year}-02-25T08:15:00+02:00",
    }


def test_hebrew_event_names_the_hebrew_institute_and_profiles(he_client, events):
    data = event_data(he_client.get("/he/events/conference/"))
    assert data["@id"] == f"{HOST}/he/events/conference/"
    assert data["name"] == "כנס שוק העבודה"
    assert data["description"] == "על הכנס."
    assert data["startDate"] == f"{next_year()}-02-25T08:15:00+02:00"
    assert data["organizer"]["name"] == "המכון למחקרי מדיניות"
    assert data["organizer"]["url"] == f"{HOST}/he/"
    assert data["performer"][0] == {"@type": "Person", "name": "דנה לוי", "url": f"{HOST}/he/team/dana-levi/"}
    assert data["performer"][1]["name"] == "Maya Stern"
    # The language the event is held in, not the page's.
    assert data["inLanguage"] == "en"
    assert data["offers"]["url"] == f"{HOST}/he/events/conference/#registration"


def test_online_event_has_a_virtual_location(client, events):
    data = event_data(client.get("/en/events/open-lecture/"))
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/lecture"}
    assert "performer" not in data and "image" not in data
    assert data["offers"]["availability"] == SCHEMA + "InStock"  # no seat limit


def test_hall_and_stream_is_mixed_and_languages_are_listed(client, events):
    conference = events.en.conference
    conference.online_url = "https://stream.example.org/labour"
    conference.language = "en+he"
    conference.save_revision().publish()
    data = event_data(client.get("/en/events/conference/"))
    assert data["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    assert data["location"] == [
        {"@type": "Place", "name": "Conference Hall", "address": "1 Research Road, Jerusalem"},
        {"@type": "VirtualLocation", "url": "https://stream.example.org/labour"},
    ]
    assert data["inLanguage"] == ["en", "he"]


def test_taken_seats_are_sold_out_and_closed_registration_offers_nothing(client, events):
    conference = EventPage.objects.get(pk=events.en.conference.pk)
    for i in range(2):
        EventRegistration.objects.create(event=conference, name=f"R{i}", email=f"r{i}@example.org", language="en")
    assert event_data(client.get("/en/events/conference/"))["offers"]["availability"] == SCHEMA + "SoldOut"
    conference.registration_closed = True
    conference.save_revision().publish()
    assert "offers" not in event_data(client.get("/en/events/conference/"))


def test_past_event_without_registration_has_no_offer(client, events):
    data = event_data(client.get("/en/events/briefing/"))
    assert data["startDate"] == "2024-07-10T10:00:00+03:00"  # summer time
    assert data["location"] == {"@type": "Place", "name": "IPS"}
    assert "offers" not in data


def test_values_are_escaped_in_the_data_block(client, events):
    conference = events.en.conference
    conference.title = "Wages </script><script>alert(1)</script> & more"
    conference.save_revision().publish()
    response = client.get("/en/events/conference/")
    assert "</script><script>alert(1)" not in response.content.decode()
    assert event_data(response)["name"] == "Wages </script><script>alert(1)</script> & more"
