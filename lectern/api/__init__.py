"""The read API (Wagtail's ``wagtail.api.v2``) at ``/api/v2/``: pages, images and documents.

See ``docs/api.md``.
"""
