# Lectern's app image: gunicorn serving the production settings (docs/deployment.md). The same image
# runs the background worker and the one-shot migrations (docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

# PDFs of publications (WeasyPrint): pango and HarfBuzz subsetting, and fonts with Hebrew glyphs,
# as .ci/run installs them (fontconfig builds the system font cache, which the non-root user
# could not write). Without them the site still runs but offers no generated PDFs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-noto-core fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The pinned dependencies first, so a code change does not reinstall them.
COPY requirements.txt constraints.txt ./
RUN pip install -r requirements.txt -c constraints.txt

COPY . .

# Static files are hashed and compressed once, here, never at run time. The settings need a
# SECRET_KEY and ALLOWED_HOSTS to load; these build-time values are not kept in the image.
ENV DJANGO_SETTINGS_MODULE=lectern.settings.production \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput -v0

# Not root. The media folder is the only place the app writes (a volume, or nothing at all when
# media is on object storage); the code and static files stay read-only to it.
RUN useradd --system --uid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin lectern \
    && mkdir -p /app/var/media \
    && chown lectern:lectern /app/var/media
USER lectern

# gunicorn reads these: workers per container (scale with containers, not workers), and the
# load balancer's X-Forwarded-Proto is believed from any address (the app port is not published).
ENV PORT=8000 \
    WEB_CONCURRENCY=2 \
    FORWARDED_ALLOW_IPS=*
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 CMD ["python", "deploy/healthcheck.py"]
CMD ["sh", "-c", "exec gunicorn lectern.wsgi:application --bind 0.0.0.0:${PORT} --access-logfile - --max-requests 2000 --max-requests-jitter 200"]
