# KlimaPartnerschaft: `make run` serves the site, `make test` runs every test. `make help` lists all.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# Every package pinned with its hashes (requirements-dev.lock, made by `make lock`); pip refuses
# any file whose hash is not in the lock.
$(VENV)/.installed: requirements-dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

.PHONY: install
install: pdf-libs $(VENV)/.installed ## Create the virtual environment and install everything

.PHONY: pdf-libs
pdf-libs: ## Install the libraries WeasyPrint prints the flyer with (Pango, HarfBuzz), if missing
	@{ ldconfig -p | grep -q libpangoft2-1.0.so.0 && ldconfig -p | grep -q libharfbuzz-subset.so.0; } || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null; }

PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links

.PHONY: lock
lock: install ## Pin every package with its hashes: requirements*.txt -> requirements*.lock
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt

.PHONY: messages
messages: install ## Compile the interface translations (locale/*.po)
	$(PY) manage.py compilemessages --ignore=$(VENV) -v 0

.PHONY: run
run: install messages ## Set up the embedded database with the bundled content and serve it
	$(PY) manage.py migrate --noinput -v 0 >/dev/null
	$(PY) manage.py load_initial_data
	$(PY) manage.py ensure_admin
	@echo "Site:  http://127.0.0.1:$(PORT)/  (German /de/, English /en/, Dutch /nl/, Portuguese /pt/, Lithuanian /lt/)"
	@echo "Admin: http://127.0.0.1:$(PORT)/admin/  (login above)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

.PHONY: chromium
chromium: ## Install Debian's Chromium for the browser tests, if it is missing
	@command -v chromium >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

.PHONY: nginx
nginx: ## Install Debian's nginx for the proxy test, if it is missing
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null; }

.PHONY: deploy-config
deploy-config: ## Fill in the nginx site from .env or the environment into deploy/out/
	$(PYTHON) deploy/render.py

.PHONY: services
services: ## Start PostgreSQL and Redis on 127.0.0.1 if they are not running
	@pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null || { \
		echo "Starting PostgreSQL"; \
		pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql | head -n 1)" main start; \
		for _ in $$(seq 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done; }
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { \
		command -v redis-server >/dev/null || { apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }; \
		echo "Starting Redis"; redis-server --bind 127.0.0.1 --port 6379 --save "" --daemonize yes >/dev/null; \
		for _ in $$(seq 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done; }

.PHONY: test
test: install messages chromium nginx services ## Run every test on PostgreSQL: DATABASE_URL, else the local klimapartner
	@# Models against migrations: no database is needed for that.
	DATABASE_URL=sqlite://:memory: DJANGO_SETTINGS_MODULE=klimapartner.settings.test \
		$(PY) manage.py makemigrations --check --dry-run -v 0
	$(VENV)/bin/pytest

.PHONY: lint
lint: install ## Lint and check formatting with ruff, check the layers of the apps, run Django's checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=klimapartner.settings.test $(PY) manage.py check

.PHONY: makemessages
makemessages: install ## Update locale/*.po from the code and templates (every language in LANGUAGES)
	$(PY) manage.py makemessages $$($(PY) manage.py shell -c "import language; print(' '.join('-l ' + code for code in language.codes()))") --ignore=$(VENV) --no-obsolete --add-location=file

.PHONY: clean
clean: ## Remove the virtual environment, the embedded database and uploaded media
	rm -rf $(VENV) db.sqlite3 media .admin-password

.PHONY: wrk
wrk: ## Install the load tool wrk, if it is missing
	@command -v wrk >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

.PHONY: bench
bench: install messages wrk services ## Benchmark production (gunicorn, PostgreSQL, Redis), bundled and grown content
	$(PY) bench/bench.py

.PHONY: faults
faults: install messages wrk ## Load and fault tests, on a PostgreSQL and a Redis of their own
	$(PY) bench/faults.py

.PHONY: backup
backup: install ## Back up the database (DATABASE_URL) and the media into backups/ (BACKUP_DIR)
	$(PY) manage.py backup

.PHONY: restore
restore: install ## Restore the newest backup, or make restore FILE=<database backup>
	$(PY) manage.py restore $(FILE)
