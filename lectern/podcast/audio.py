"""Audio files: their media types, and serving them so that players can seek.

Wagtail serves documents whole, without HTTP Range requests, so a player could not jump ahead
without downloading everything before it (and Safari will not play such audio at all).
``serve_audio`` answers requests for audio documents itself through Wagtail's
``before_serve_document`` hook, after Wagtail's own checks (collection privacy; see
``wagtail_hooks.py``). That hook only accepts a plain ``HttpResponse`` (not a streamed one), so
every answer holds at most ``CHUNK`` bytes: a range request gets ``206 Partial Content`` for
up to ``CHUNK`` bytes of what it asked (players then ask for the next part, as with any server
that sends ranges in parts), a whole small file is sent as is, and a request without a range
for a larger file is left to Wagtail, which streams it whole.
"""

import os
import posixpath
import re

from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header, http_date, parse_http_date_safe

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
CHUNK = 2 * 1024 * 1024  # bytes held in memory for one answer


def audio_type(filename):
    """The media type of an audio file by its extension, or "" if it is no audio file we serve."""
    extension = posixpath.splitext(filename or "")[1].lower().lstrip(".")
    return AUDIO_TYPES.get(extension, "")


def byte_range(header, size):
    """(start, end) inclusive for a single ``bytes=`` range, None to send the whole file (no or
    unsupported header, e.g. several ranges), or ``False`` when the range lies outside the file."""
    match = RANGE.match((header or "").strip())
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            return None  # malformed: ignore the header, as RFC 9110 allows
    else:  # "bytes=-500": the last 500 bytes
        start, end = max(size - int(last), 0), size - 1
        if int(last) == 0:
            return False
    if start >= size:
        return False
    return start, end


def serve_audio(request, document):
    """The response for an audio document, or None to let Wagtail serve it (not audio, storage
    without local files — which then serves the file and its ranges itself — or a large file asked
    for whole)."""
    content_type = audio_type(document.filename)
    if not content_type:
        return None
    try:
        stat = os.stat(document.file.path)
    except (NotImplementedError, FileNotFoundError):
        return None
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
        if wanted is None and size > CHUNK:
            return None
        start, end = wanted or (0, size - 1)
        end = min(end, start + CHUNK - 1)
        with document.file.open("rb") as file:
            file.seek(start)
            body = file.read(end - start + 1)
        response = HttpResponse(body, status=206 if wanted else 200, content_type=content_type)
        if wanted:
            response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    response["Last-Modified"] = http_date(modified)
    if etag:
        response["ETag"] = etag
    response["Content-Disposition"] = content_disposition_header(False, document.filename)  # inline: players play it
    response["Content-Security-Policy"] = "default-src 'none'"  # as Wagtail sends with every document
    response["X-Content-Type-Options"] = "nosniff"
    return response
