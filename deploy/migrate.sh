#!/bin/sh
# The one-shot "migrate" service: bring the database schema up to date before the app servers and
# the worker start, and keep the search index in step. LOAD_DEMO=true also loads the demo institute
# (it adds nothing twice, and creates no login: use `manage.py createsuperuser`), for a trial run.
set -eu
python manage.py migrate --noinput
if [ "${LOAD_DEMO:-false}" = "true" ]; then
    python manage.py load_demo --no-admin
fi
python manage.py update_index
