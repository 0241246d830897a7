"""The client's address, for admin login lockouts (django-axes) and form limits (django-ratelimit).

Without proxies the connection's address is the client. Behind ``TRUSTED_PROXY_COUNT`` proxies,
each appends the address it received the request from to ``X-Forwarded-For``, so the client is
that many entries from the end; anything further left was written by the client and is not trusted.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return remote
    forwarded = [item.strip() for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if item.strip()]
    if len(forwarded) < proxies:
        # Not through the expected chain of proxies: the connection is all we know.
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
