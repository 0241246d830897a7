"""The container's health check: GET /healthz (database and cache) from inside the app container.

The request names the first of ALLOWED_HOSTS as its host, as the load balancer would, since Django
answers 400 to any other. Exit status 0 when the app answers 200.
"""

import os
import sys
import urllib.request

host = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")[0].strip().lstrip(".")
if not host or host == "*":
    host = "localhost"
request = urllib.request.Request(  # noqa: S310 (a fixed http:// address)
    f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz", headers={"Host": host}
)
try:
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:
    print(f"/healthz: {error}", file=sys.stderr)
    sys.exit(1)
