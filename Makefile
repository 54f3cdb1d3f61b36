# Coalition Newsroom. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The demo admin password is only ever used by `make demo`.
DEMO_PASSWORD ?= coalition-demo

.DEFAULT_GOAL := help
.PHONY: help venv install demo serve migrate test lint format check clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed ## Build .venv and install the requirements

install: venv ## Alias of venv

migrate: venv ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: venv ## Migrate, load the demo newsroom, print the login, serve on :8000
	$(MANAGE) migrate --noinput
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(MANAGE) load_demo_content --admin-password=$(DEMO_PASSWORD)
	@echo "Serving the newsroom on http://$(HOST):$(PORT)/ (Ctrl-C to stop);"
	@echo "scheduled releases are published every minute while it runs."
	@$(MANAGE) run_scheduler --every 60 >/dev/null 2>&1 & sched=$$!; \
		trap 'kill $$sched 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

serve: venv ## Serve without reloading demo content
	$(MANAGE) runserver $(HOST):$(PORT)

lint: venv ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: venv ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=coalition.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=coalition.settings.test $(MANAGE) makemigrations --check --dry-run

test: lint check ## Lint, check, and run the whole test suite
	$(BIN)/pytest

clean: ## Remove the virtualenv, local database, media and collected static files
	rm -rf $(VENV) db.sqlite3 media collect_static .pytest_cache
