#!/bin/sh
# The background worker: newsletters and other emails queued in the database (django-tasks-db).
# A newsletter that a stopped worker left half-sent is queued again first, as `make run` does.
set -eu
python manage.py resume_newsletters
exec python manage.py db_worker --backend queue --queue-name '*' --no-reload
