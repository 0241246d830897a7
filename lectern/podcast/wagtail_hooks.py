from wagtail import hooks

from .audio import serve_audio


@hooks.register("before_serve_document", order=100)  # after Wagtail's privacy check (order 0)
def serve_audio_with_ranges(document, request):
    """Audio documents are served with HTTP Range support, so podcast players can seek."""
    return serve_audio(request, document)
