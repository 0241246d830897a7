"""What a page tells machines about itself: Open Graph and Twitter cards, schema.org JSON-LD and
Google Scholar's ``citation_*`` tags.

Everything is built from what the page already fetched for the reader (the page with its joined
series, lead image, PDF and photo; the authors, topics and expertise of its context; its
translations from ``language_versions``, memoized on the request), so it costs no query of its own.

Publication types (schema.org), a simple rule on an existing field:

* a publication of a journal (a series that *has volumes and issues*) is a ``ScholarlyArticle``,
  part of its ``PublicationIssue`` › ``PublicationVolume`` › ``Periodical``;
* every other publication (Insight, Policy Paper, memoranda … the institute's numbered series) is a
  ``Report`` with its ``reportNumber``, part of its series (a ``CreativeWorkSeries``, the number as
  ``position``). Google Scholar tags follow the same rule: ``citation_journal_title`` and volume and
  issue for journals, ``citation_technical_report_*`` for reports.

Of two language versions, the source is the one wagtail-localize translated from (its
``TranslationSource``) when known, else the page in the default language (English). The source
names its translations (``workTranslation``); a translation names its source (``translationOfWork``).
"""

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.models import Page, Site

from lectern.core.templatetags.lectern_tags import _home_urls, language_versions
from lectern.events.models import EventLanguage, EventPage
from lectern.home.models import HomePage
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationPage

OG_LOCALES = {"en": "en_US", "he": "he_IL"}
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "tagline", "role")
DESCRIPTION_LENGTH = 300
# The renditions the page itself shows in its srcset (publication_page.html, person_page.html):
# sharing uses the largest, and asking for all of them at once fetches them in the one query
# the page's own image would cost, so the image tag then finds them cached.
LEAD_IMAGE_SPECS = ("width-480", "width-800", "width-1200")
PHOTO_SPECS = ("fill-160x160", "fill-320x320")


def absolute_url(request, url):
    """``url`` with scheme and host (those the request came with), unless it has them already."""
    if not url:
        return ""
    if "://" in url:
        return url
    return request.build_absolute_uri(url)


def language_code():
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def page_description(page):
    """The first of the page's search description, summary, introduction, tagline or role."""
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            return Truncator(" ".join(value.split())).chars(DESCRIPTION_LENGTH)
    return ""


def share_image(request, page):
    """``{url, width, height, alt, large}`` of the picture to show when the page is shared, or None."""
    if getattr(page, "lead_image_id", None):
        image, specs, large = page.lead_image, LEAD_IMAGE_SPECS, True
    elif isinstance(page, EventPage) and page.image_id:  # shown at the same sizes as a lead image
        image, specs, large = page.image, LEAD_IMAGE_SPECS, True
    elif getattr(page, "photo_id", None):
        image, specs, large = page.photo, PHOTO_SPECS, False
    else:
        return None
    try:
        rendition = image.get_renditions(*specs)[specs[-1]]
    except OSError:  # the original file is missing (Wagtail's SourceImageIOError)
        return None
    return {
        "url": absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "description", "") or image.title,
        "large": large,
    }


def canonical_url(context, request, page):
    """The page's own address; a later page of a listing keeps its ``?page=`` (and nothing else)."""
    url = absolute_url(request, page.get_url(request))
    if request.GET.get("page"):
        for value in context.flatten().values():
            # type(), not isinstance(): isinstance would evaluate lazy values such as the CSRF
            # token, which sets a cookie and keeps the page out of the page cache.
            if issubclass(type(value), PaginatorPage) and value.number > 1:
                return f"{url}?page={value.number}"
    return url


def home_url(request):
    return absolute_url(request, _home_urls(request).get(language_code(), f"/{language_code()}/"))


def site_name(context, request):
    institute = context.get("institute")
    if institute:
        return institute.name
    site = Site.find_for_request(request)
    return site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME


def translations(context):
    """The page's language versions that exist (the current one included)."""
    return [version for version in language_versions(context) if version["is_translation"]]


# --- Open Graph and Twitter -------------------------------------------------------------------


def social_meta(context):
    """Open Graph and Twitter card properties of the page in ``context`` (None without a page)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.get_url(request):
        return None  # not a page, or one without an address yet (a preview of a new page)
    versions = translations(context)
    image = share_image(request, page)
    meta = {
        "url": canonical_url(context, request, page),
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "site_name": site_name(context, request),
        "locale": OG_LOCALES.get(language_code(), language_code()),
        "locale_alternates": [OG_LOCALES.get(v["code"], v["code"]) for v in versions if not v["is_current"]],
        "type": "website",
        "image": image,
        "twitter_card": "summary_large_image" if image and image["large"] else "summary",
        "properties": [],
    }
    if isinstance(page, HomePage) and context.get("institute"):
        meta["title"] = page.seo_title or context["institute"].name
    if isinstance(page, PublicationPage):
        meta["type"] = "article"
        meta["properties"].append(("article:published_time", page.publication_date.isoformat()))
        if page.series_id:
            meta["properties"].append(("article:section", page.series.title))
        meta["properties"].extend(("article:tag", topic.title) for topic in context.get("topics") or ())
    elif isinstance(page, PersonPage):
        meta["type"] = "profile"
    return meta


# --- schema.org -------------------------------------------------------------------------------


def organization(context, request, *, details=False):
    """The institute as a schema.org ``Organization`` (with its contact details if ``details``)."""
    url = home_url(request)
    data = {"@type": "Organization", "@id": f"{url}#organization", "name": site_name(context, request), "url": url}
    institute = context.get("institute")
    if details and institute:
        optional = {
            "alternateName": institute.short_name,
            "description": institute.tagline,
            "address": ", ".join(line.strip() for line in institute.address.splitlines() if line.strip()),
            "telephone": institute.phone,
            "faxNumber": institute.fax,
            "email": institute.email,
        }
        data.update((key, value) for key, value in optional.items() if value)
    return data


def person_data(context, request, page):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": absolute_url(request, page.get_url(request)),
        "url": absolute_url(request, page.get_url(request)),
        "name": page.title,
        "jobTitle": page.role,
        "worksFor": organization(context, request),
    }
    image = share_image(request, page)
    if image:
        data["image"] = image["url"]
    if page.email:
        data["email"] = page.email
    expertise = context.get("expertise")
    if expertise:
        data["knowsAbout"] = [topic.title for topic in expertise]
    description = page_description(page)
    if description and description != page.role:
        data["description"] = description
    return data


def home_data(context, request, page):
    data = {"@context": "https://schema.org", **organization(context, request, details=True)}
    return data


def publication_authors(context, page):
    """The publication's authors in order, each with ``profile`` (their page in the page's language) or None."""
    authors = context.get("authors")
    if authors is None:
        authors = page.author_list()
    return [(author, getattr(author, "profile", None) if author.person_id else None) for author in authors]


def author_name(author, profile):
    return profile.title if profile is not None else author.display_name


def is_journal(page):
    return bool(page.series_id and page.series.has_volumes)


def report_number(page):
    """e.g. "Insight No. 1115" (in the page's language), or "" without series or number."""
    if not (page.series_id and page.number):
        return ""
    number = gettext("No. %(number)s") % {"number": page.number}
    return f"{page.series.title} {number}"


def series_data(request, page):
    """``isPartOf`` (and the number as ``position``) of a publication, per the rule in this module's docstring."""
    if not page.series_id:
        return {}
    series = {"name": page.series.title, "url": absolute_url(request, page.series.get_url(request))}
    if not is_journal(page):
        data = {"isPartOf": {"@type": "CreativeWorkSeries", **series}}
        if page.number:
            data["position"] = page.number
            data["reportNumber"] = str(page.number)
        return data
    periodical = {"@type": "Periodical", **series}
    if page.volume and page.issue:
        volume = {"@type": "PublicationVolume", "volumeNumber": page.volume, "isPartOf": periodical}
        data = {"isPartOf": {"@type": "PublicationIssue", "issueNumber": page.issue, "isPartOf": volume}}
    else:
        data = {"isPartOf": periodical}
    if page.number:
        data["position"] = page.number
    return data


def source_version(versions):
    """Of the existing language versions, the one the others were translated from (see the docstring)."""
    if len(versions) < 2:
        return None
    marked = [version for version in versions if version.get("is_source")]
    if len(marked) == 1:
        return marked[0]
    return next((version for version in versions if version["code"] == settings.LANGUAGE_CODE), None)


def publication_data(context, request, page):
    kind = "ScholarlyArticle" if is_journal(page) else "Report"
    url = absolute_url(request, page.get_url(request))
    authors = []
    for author, profile in publication_authors(context, page):
        person = {"@type": "Person", "name": author_name(author, profile)}
        if profile is not None:
            person["url"] = absolute_url(request, profile.get_url(request))
        authors.append(person)
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "@id": url,
        "url": url,
        "headline": Truncator(page.title).chars(110),
        "name": page.title,
        "description": page_description(page),
        "abstract": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": language_code(),
        "author": authors,
        "publisher": organization(context, request),
        **series_data(request, page),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    image = share_image(request, page)
    if image:
        data["image"] = image["url"]
    topics = context.get("topics")
    if topics:
        data["keywords"] = [topic.title for topic in topics]
    if page.pdf_id:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": absolute_url(request, page.pdf.url),
            "encodingFormat": "application/pdf",
        }
    versions = translations(context)
    source = source_version(versions)
    if source is not None:
        if source["is_current"]:
            data["workTranslation"] = [
                {"@type": kind, "@id": absolute_url(request, v["url"]), "inLanguage": v["code"]}
                for v in versions
                if not v["is_current"]
            ]
        else:
            data["translationOfWork"] = {
                "@type": kind,
                "@id": absolute_url(request, source["url"]),
                "inLanguage": source["code"],
            }
    return data


SCHEMA = "https://schema.org/"


def event_location(page):
    """``(eventAttendanceMode, location)``: a ``Place`` for a venue or address, a ``VirtualLocation``
    for an online link, both for an event held in a hall and streamed."""
    places = []
    if page.venue or page.address.strip():
        place = {"@type": "Place", "name": page.venue or page.location_text}
        address = ", ".join(line.strip() for line in page.address.splitlines() if line.strip())
        if address:
            place["address"] = address
        places.append(place)
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    if not places:
        return None, None
    if len(places) == 2:
        return SCHEMA + "MixedEventAttendanceMode", places
    mode = "OnlineEventAttendanceMode" if page.online_url else "OfflineEventAttendanceMode"
    return SCHEMA + mode, places[0]


def event_performer(request, speaker):
    """A speaker: a person of the institute with their profile, or a guest by name (and affiliation)."""
    profile = getattr(speaker, "profile", None) if speaker.person_id else None
    if profile is not None:
        return {"@type": "Person", "name": profile.title, "url": absolute_url(request, profile.get_url(request))}
    person = {"@type": "Person", "name": speaker.name}
    if speaker.affiliation:
        person["affiliation"] = {"@type": "Organization", "name": speaker.affiliation}
    return person


def event_data(context, request, page):
    """An ``Event``. Registration is free (Lectern takes no payments): while it is open the event
    has an ``Offer`` at price 0, sold out when the seats are taken (new registrants wait)."""
    url = absolute_url(request, page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page_description(page),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        # Lectern records no cancelled or postponed events: an event on the site takes place.
        "eventStatus": SCHEMA + "EventScheduled",
        "inLanguage": page.language.split("+") if page.language == EventLanguage.ENGLISH_AND_HEBREW else page.language,
        "isAccessibleForFree": True,
        "organizer": organization(context, request),
    }
    mode, location = event_location(page)
    if location:
        data["eventAttendanceMode"] = mode
        data["location"] = location
    image = share_image(request, page)
    if image:
        data["image"] = image["url"]
    speakers = context.get("speakers")
    if speakers is None:
        speakers = page.speaker_list()
    if speakers:
        data["performer"] = [event_performer(request, speaker) for speaker in speakers]
    if context.get("registration_open"):
        seats_left = context.get("seats_left")
        data["offers"] = {
            "@type": "Offer",
            "url": f"{url}#registration",
            "price": "0",
            "availability": SCHEMA + ("SoldOut" if seats_left == 0 else "InStock"),
            "validThrough": page.local_start.isoformat(),
        }
    return data


def structured_data(context):
    """The schema.org description of the page in ``context`` as a dict, or None for other pages."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.get_url(request):
        return None
    if isinstance(page, PublicationPage):
        return publication_data(context, request, page)
    if isinstance(page, PersonPage):
        return person_data(context, request, page)
    if isinstance(page, HomePage):
        return home_data(context, request, page)
    if isinstance(page, EventPage):
        return event_data(context, request, page)
    return None


# --- Google Scholar ---------------------------------------------------------------------------


def scholar_meta(context):
    """``[(name, content), …]``: Google Scholar's (Highwire Press) tags of a publication page."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, PublicationPage) or not page.get_url(request):
        return []
    tags = [("citation_title", page.title)]
    tags += [
        ("citation_author", author_name(author, profile)) for author, profile in publication_authors(context, page)
    ]
    tags.append(("citation_publication_date", page.publication_date.strftime("%Y/%m/%d")))
    institution = site_name(context, request)
    if is_journal(page):
        tags.append(("citation_journal_title", page.series.title))
        if page.volume:
            tags.append(("citation_volume", str(page.volume)))
        if page.issue:
            tags.append(("citation_issue", str(page.issue)))
        tags.append(("citation_publisher", institution))
    else:
        tags.append(("citation_technical_report_institution", institution))
        number = report_number(page)
        if number:
            tags.append(("citation_technical_report_number", number))
    tags.append(("citation_language", language_code()))
    tags.append(("citation_abstract_html_url", absolute_url(request, page.get_url(request))))
    if page.pdf_id:
        tags.append(("citation_pdf_url", absolute_url(request, page.pdf.url)))
    return tags
