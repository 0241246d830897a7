"""Images: alt text is required, the credit line is printed with the image."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.forms import get_image_form

from lectern.core.tests.builders import make_image
from lectern.core.tests.helpers import content, elements
from lectern.images.models import LecternImage


def png():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return SimpleUploadedFile("upload.png", buffer.getvalue(), content_type="image/png")


def test_image_form_requires_alt_text(admin_user, db):
    form_class = get_image_form(LecternImage)
    form = form_class({"title": "No alt", "description": "", "credit": ""}, {"file": png()}, user=admin_user)
    assert not form.is_valid()
    assert "description" in form.errors
    form = form_class(
        {"title": "With alt", "description": "A red square", "credit": ""}, {"file": png()}, user=admin_user
    )
    assert form.is_valid(), form.errors


def test_image_form_offers_the_credit_field(admin_user, db):
    assert "credit" in get_image_form(LecternImage)().fields


def test_admin_upload_page_opens(admin_client, db):
    assert admin_client.get("/admin/images/multiple/add/").status_code == 200


def test_figure_prints_the_image_credit_unless_the_block_has_its_own(client, site):
    image = make_image("Knesset", alt="The Knesset building", credit="Photo: GPO")
    about = site.en.about
    about.body = [
        ("image", {"image": image, "caption": "The parliament", "credit": ""}),
        ("image", {"image": image, "caption": "Again", "credit": "Photo: Someone else"}),
    ]
    about.save_revision().publish()
    markup = content(client.get("/en/about/"))
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", markup, re.S)
    assert [" ".join(c.split()) for c in captions] == [
        'The parliament <span class="credit">Photo: GPO</span>',
        'Again <span class="credit">Photo: Someone else</span>',
    ]
    alts = [img["attrs"]["alt"] for img in elements(markup, "img")]
    assert alts == ["The Knesset building", "The Knesset building"]


def test_renditions_are_made_once_and_reused(site):
    image = site.image.lead
    first = image.get_rendition("fill-480x270")
    again = image.get_rendition("fill-480x270")
    assert first.pk == again.pk
    assert (first.width, first.height) == (16, 9)  # never upscaled
