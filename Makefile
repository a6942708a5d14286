# Career Guide: `make run` serves the guide on http://127.0.0.1:8000, `make test` runs every check.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format audit audit-deps migrate load superuser editor bench lighthouse clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

migrate: $(VENV)/.installed
	$(PY) manage.py migrate --noinput

load: migrate
	$(PY) manage.py load_guide --if-empty

run: load
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

# Static security review of our own code: fails on any medium or high finding.
audit: $(VENV)/.installed
	$(VENV)/bin/bandit -q -r careerguide skills pathways -x '*/migrations/*' --severity-level medium

# Known vulnerabilities in the pinned dependencies. Needs PyPI's JSON API (or OSV), which our
# build machines cannot reach, so it is not part of `make test`; run it where they can.
audit-deps: $(VENV)/.installed
	$(VENV)/bin/pip-audit --strict -r requirements.txt

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

superuser: migrate
	$(PY) manage.py createsuperuser

editor: migrate
	$(PY) manage.py create_editor

# Throughput with wrk against gunicorn (production settings), on SQLite then PostgreSQL + Redis;
# needs `apt-get install -y wrk`. See bench/README.md (BENCH_DURATION, BENCH_ENFORCE=0, ...).
bench: $(VENV)/.installed
	BENCH_DATABASES="$${BENCH_DATABASES:-sqlite postgres}" $(PY) bench/run.py

# Lighthouse 12.8.2 (npm ci in bench/) with Debian's Chromium on the guide, a skill, the FAQ and the dashboard.
lighthouse: $(VENV)/.installed
	$(PY) bench/lighthouse.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
