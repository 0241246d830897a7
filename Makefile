# Lectern: `make run` serves the demo institute, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 2
PIP := $(BIN)/pip install --disable-pip-version-check -q -c constraints.txt
# make run serves with the production settings; a local secret key is made once and kept in var/.
RUN_ENV := DJANGO_SETTINGS_MODULE=lectern.settings.production SECRET_KEY="$$(cat var/secret_key)" \
	ALLOWED_HOSTS=127.0.0.1,localhost BASE_URL=http://127.0.0.1:$(PORT)

.PHONY: help run setup test test-postgres costs bench lint clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt constraints.txt | $(BIN)/python
	$(PIP) -r requirements.txt 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -c "import wagtail, gunicorn"  # fail here, not later, if the install did not work
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PIP) -r requirements-test.txt 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -c "import pytest_django, playwright"
	touch $@

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

setup: $(VENV)/.installed var/secret_key ## Install, migrate, collect static files, load the demo institute
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput -v0
	$(RUN_ENV) $(BIN)/python manage.py load_demo
	$(RUN_ENV) $(BIN)/python manage.py update_index -v0

# The task worker (newsletters, confirmation emails) runs beside gunicorn and stops with it; a
# newsletter a stopped worker left half-sent is queued again first (resume_newsletters).
run: setup ## Serve the demo institute on http://127.0.0.1:$(PORT), with the task worker beside it
	@echo ""
	@echo "  Lectern demo institute:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin:                   http://127.0.0.1:$(PORT)/admin/   (login: admin / admin)"
	@echo "  Email is printed here (set EMAIL_URL to send it); Ctrl-C stops the server and the worker."
	@echo ""
	$(RUN_ENV) $(BIN)/python manage.py resume_newsletters
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(RUN_ENV) $(BIN)/python manage.py db_worker --backend queue --queue-name '*' --no-reload & worker=$$!; \
	$(RUN_ENV) $(BIN)/gunicorn lectern.wsgi:application --bind 127.0.0.1:$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts

test: $(VENV)/.installed-test node_modules/.package-lock.json ## Run the whole suite (unit, integration, browser)
	DJANGO_SETTINGS_MODULE=lectern.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=lectern.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/pytest

# The same suite on the production backing services, as CI's second run: the tests create their
# own test_<name> databases, empty the Redis database they are given before and after each test,
# and serve the browser tests' demo from a database and the next Redis database of its own.
test-postgres: ## The whole suite on PostgreSQL + Redis, as CI runs it (give DATABASE_URL and REDIS_URL)
	@[[ "$$DATABASE_URL" == postgres*://* && "$$REDIS_URL" == redis://* ]] || { echo "make test-postgres needs \
	DATABASE_URL=postgres://user:password@127.0.0.1:5432/name (a role that may create databases) and \
	REDIS_URL=redis://127.0.0.1:6379/1 (a Redis database the tests may empty)"; exit 2; }
	$(MAKE) test

costs: setup ## Print queries, bytes and CPU time of the main demo pages (a benchmark, not a test)
	$(RUN_ENV) $(BIN)/python scripts/page_costs.py

# A scratch database, never db.sqlite3: SQLite in a temporary folder, or an empty PostgreSQL
# database given as DATABASE_URL. BENCH_ARGS passes options, e.g. BENCH_ARGS="--quick".
bench: $(VENV)/.installed ## Build a 100,000-publication archive, load it as make run serves it, write docs/benchmarks.md
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

lint: $(VENV)/.installed-test ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean: ## Remove the venv, the database, media and caches
	rm -rf $(VENV) var db.sqlite3 node_modules
