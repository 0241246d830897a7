"""Body blocks that the demo does not show: embeds (no network here) and tables."""

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import main

VIDEO = "https://www.youtube.com/watch?v=lectern-demo"


def test_an_embed_renders_the_stored_provider_html_with_a_frame_title(client, site):
    # Wagtail looks the address up in its embed table before asking the provider.
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/lectern-demo" width="560" height="315"></iframe>',
    )
    page = make_publication(
        site.en.insight,
        "Briefing on video",
        body=[("embed", {"embed": VIDEO, "title": "Panel on regional security"})],
    )
    body = main(client.get(page.url))
    assert (
        '<iframe title="Panel on regional security" src="https://www.youtube-nocookie.com/embed/lectern-demo"' in body
    )
    assert "<figcaption>Panel on regional security</figcaption>" in body


def test_a_table_renders_with_caption_and_column_headers(client, site):
    table = {
        "data": [["Year", "Budget"], ["2024", "99"], ["2025", "118"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Defence budget, billions",
    }
    page = make_publication(site.en.insight, "Budget in numbers", body=[("table", table)])
    body = main(client.get(page.url))
    assert '<div class="table-wrap" role="region" tabindex="0" aria-label="Defence budget, billions">' in body
    assert "<caption>Defence budget, billions</caption>" in body
    assert '<th scope="col"' in body and "118" in body
