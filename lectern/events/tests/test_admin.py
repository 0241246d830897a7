"""Staff see registrations in the admin, filter them and export them as CSV."""

import csv
import io

import pytest

from lectern.events.models import EventRegistration


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return client


def add(event, email, status=EventRegistration.Status.REGISTERED):
    return EventRegistration.objects.create(
        event=event, name=email.split("@")[0], email=email, language="en", status=status
    )


def test_registrations_list_filter_and_csv_export(staff_client, events):
    add(events.en.conference, "one@example.org")
    add(events.he.conference, "two@example.org", EventRegistration.Status.WAITING)
    add(events.en.lecture, "three@example.org")

    listing = staff_client.get("/admin/event_registrations/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "one@example.org" in html and "three@example.org" in html

    waiting = staff_client.get("/admin/event_registrations/?status=waiting").content.decode()
    assert "two@example.org" in waiting and "one@example.org" not in waiting

    export = staff_client.get(f"/admin/event_registrations/?export=csv&event={events.en.conference.pk}")
    assert export.status_code == 200
    assert export["Content-Disposition"] == 'attachment; filename="event-registrations.csv"'
    rows = list(csv.DictReader(io.StringIO(export.getvalue().decode("utf-8-sig"))))
    assert [(row["Event"], row["Email"], row["Status"]) for row in rows] == [
        ("Labour conference", "one@example.org", "registered")
    ]
