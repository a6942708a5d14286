# Career Guide: `make run` serves the guide on http://127.0.0.1:8000, `make test` runs every check.
# Dependencies: the top-level pins live in requirements.in (run time) and requirements-dev.in (tests
# and tools); `make lock` compiles them into requirements.txt and requirements-dev.txt, every package
# pinned with its hashes. Commit all four; the venv installs requirements-dev.txt, the image
# requirements.txt, both with --require-hashes.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The lock tool, installed into a throwaway venv by `make lock` only.
UV_VERSION ?= 0.13.8
LOCK_OPTIONS := --quiet --generate-hashes --universal --python-version 3.11 --no-emit-index-url \
	--no-emit-find-links --custom-compile-command "make lock"
LOCK_EXTRA ?=

.PHONY: run test lint format audit audit-deps lock migrate load superuser editor bench bench-scale bench-memory lighthouse clean

# The lock pins pip itself (pip-audit needs it), so nothing here installs an unhashed package.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@

# Re-pin both lock files from the .in files (edit a version there, then `make lock`). Pins already in
# the lock files are kept unless an .in file asks for another version; to move packages that no .in
# file names, `make lock LOCK_EXTRA="--upgrade-package urllib3"` (or LOCK_EXTRA=--upgrade for all).
# The development set is constrained to requirements.txt, so it is compiled second.
lock:
	set -e; tool=$$(mktemp -d); trap 'rm -rf "$$tool"' EXIT; \
	$(PYTHON) -m venv "$$tool"; \
	"$$tool/bin/pip" install --quiet uv==$(UV_VERSION); \
	"$$tool/bin/uv" pip compile $(LOCK_OPTIONS) $(LOCK_EXTRA) requirements.in --output-file requirements.txt; \
	"$$tool/bin/uv" pip compile $(LOCK_OPTIONS) $(LOCK_EXTRA) requirements-dev.in --output-file requirements-dev.txt

migrate: $(VENV)/.installed
	$(PY) manage.py migrate --noinput

load: migrate
	$(PY) manage.py load_guide --if-empty

# HOST and PORT go to the settings too: in development SITE_URL follows the address served here.
run: load
	HOST=$(HOST) PORT=$(PORT) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

# Static security review of our own code: fails on any medium or high finding.
audit: $(VENV)/.installed
	$(VENV)/bin/bandit -q -r accounts careerguide core pathways progress skills -x '*/migrations/*' --severity-level medium

# Known vulnerabilities in the locked dependencies, run time and tools. Needs PyPI's JSON API (or
# OSV), which our build machines cannot reach, so it is not part of `make test`; run it where they can.
audit-deps: $(VENV)/.installed
	$(VENV)/bin/pip-audit --strict --require-hashes --disable-pip -r requirements-dev.txt

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

# The same method on a small and a large database (make_scale_data; BENCH_SCALE=1.0 is 300,000 learners), side
# by side, PostgreSQL + Redis (BENCH_SCALE_DATABASES="postgres sqlite" adds SQLite). See bench/README.md.
bench-scale: $(VENV)/.installed
	$(PY) bench/scale.py

# One gunicorn worker's memory over 200,000 mixed requests (SQLite; BENCH_DATABASES="sqlite postgres"
# adds PostgreSQL + Redis): within 10% of its size after the first 10,000. See bench/README.md.
bench-memory: $(VENV)/.installed
	$(PY) bench/memory.py

# Lighthouse 12.8.2 (npm ci in bench/) with Debian's Chromium on the guide, a skill, the FAQ and the dashboard.
lighthouse: $(VENV)/.installed
	$(PY) bench/lighthouse.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
