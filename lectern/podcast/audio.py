"""Audio files: their media types, and serving them so that players can seek.

Wagtail serves documents whole, without HTTP Range requests, so a player could not jump ahead
without downloading everything before it (and Safari will not play such audio at all). Audio
kept in local files is served by ``serve_document`` instead, which takes the place of Wagtail's
document view: it runs Wagtail's ``before_serve_document`` hooks first (collection privacy and
passwords), as Wagtail's view does, and then answers whole files and single byte ranges by
streaming them in blocks (``AudioResponse``), so no answer holds more than a block in memory
whatever the file's size. A hook cannot give this answer itself: Wagtail only takes a plain
``HttpResponse`` from it, never a streamed one.

An open range (``bytes=N-``, what players ask for) is answered with at most ``OPEN_RANGE_PART``
bytes, and the player asks for the next part when it needs it. A player fetches ahead only as far
as it buffers and then stops reading; without the limit, one listener would hold one of gunicorn's
(synchronous) workers for as long as they listen, or until the worker timeout kills it mid-answer.
Ranges with an end, and whole files, are sent as asked.

Everything else (other documents, unknown ones, audio in object storage, which serves ranges
itself) goes to Wagtail's view unchanged.
"""

import os
import posixpath
import re

from django.http import FileResponse, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header, http_date, parse_http_date_safe

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.documents.views.serve import serve as wagtail_serve

# Not left to the mimetypes module: it calls WAV "audio/x-wav" on some systems, M4A nothing on others.
AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "oga": "audio/ogg",
    "ogg": "audio/ogg",
    "opus": "audio/ogg",
    "wav": "audio/wav",
}

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
OPEN_RANGE_PART = 2 * 1024 * 1024  # 16 s at 1 Mbit/s: well inside gunicorn's 30 s worker timeout


def audio_type(filename):
    """The media type of an audio file by its extension, or "" if it is no audio file we serve."""
    extension = posixpath.splitext(filename or "")[1].lower().lstrip(".")
    return AUDIO_TYPES.get(extension, "")


def byte_range(header, size):
    """(start, end) inclusive for a single ``bytes=`` range (an open one limited to
    ``OPEN_RANGE_PART``), None to send the whole file (no or unsupported header, e.g. several
    ranges), or ``False`` when the range lies outside the file."""
    match = RANGE.match((header or "").strip())
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last) if last else start + OPEN_RANGE_PART - 1, size - 1)
        if last and int(last) < start:
            return None  # malformed: ignore the header, as RFC 9110 allows
    else:  # "bytes=-500": the last 500 bytes
        start, end = max(size - int(last), 0), size - 1
        if int(last) == 0:
            return False
    if start >= size:
        return False
    return start, end


class FileSlice:
    """Bytes ``start`` to ``end`` (inclusive) of an open file, read on demand."""

    def __init__(self, file, start, end):
        file.seek(start)
        self.file, self.left = file, end - start + 1

    def read(self, size=-1):
        size = self.left if size < 0 else min(size, self.left)
        data = self.file.read(size) if size else b""
        self.left -= len(data)
        return data

    def close(self):
        self.file.close()


class AudioResponse(FileResponse):
    """Streams its file (or slice) in blocks of this size; the server closes the file at the end."""

    block_size = 64 * 1024


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, except for audio in local files (see the module's docstring)."""
    if not audio_type(document_filename):
        return wagtail_serve(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).first()
    path = local_path(document) if document and document.filename == document_filename else None
    if path is None:
        return wagtail_serve(request, document_id, document_filename)  # its 404, or its redirect to storage
    for hook in hooks.get_hooks("before_serve_document"):  # Wagtail's privacy check among them
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    return serve_audio(request, document, path)


def local_path(document):
    """The file's path if it is stored on this machine's disk, else None."""
    try:
        path = document.file.path
    except NotImplementedError:  # object storage
        return None
    return path if os.path.isfile(path) else None


def serve_audio(request, document, path):
    content_type = audio_type(document.filename)
    stat = os.stat(path)
    size, modified = stat.st_size, int(stat.st_mtime)
    etag = f'"{document.file_hash}"' if document.file_hash else None
    conditional = get_conditional_response(request, etag=etag, last_modified=modified)
    if conditional is not None:
        return conditional

    wanted = byte_range(request.headers.get("Range"), size)
    if_range = request.headers.get("If-Range")
    if wanted and if_range and if_range != etag and parse_http_date_safe(if_range) != modified:
        wanted = None  # the reader's copy is outdated: the whole new file
    if wanted is False:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    else:
        start, end = wanted or (0, size - 1)
        status = 206 if wanted else 200
        if request.method == "HEAD":
            response = HttpResponse(status=status, content_type=content_type)
        else:
            # Counted as one listen or download (a player's later ranges are the same listen).
            if start == 0:
                document_served.send(sender=type(document), instance=document, request=request)
            file = open(path, "rb")  # noqa: SIM115 (the response closes it when it is sent)
            body = FileSlice(file, start, end) if wanted else file
            response = AudioResponse(body, status=status, content_type=content_type)
        response["Content-Length"] = str(end - start + 1)
        if wanted:
            response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Disposition"] = content_disposition_header(False, document.filename)  # players play it
    response["Accept-Ranges"] = "bytes"
    response["Last-Modified"] = http_date(modified)
    if etag:
        response["ETag"] = etag
    response["Content-Security-Policy"] = "default-src 'none'"  # as Wagtail sends with every document
    response["X-Content-Type-Options"] = "nosniff"
    return response
