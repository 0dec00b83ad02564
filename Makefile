# The README's two commands: `make run` (demo site) and `make test` (whole suite).
# Both create .venv and install the pinned versions from requirements.lock on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum < requirements.lock | cut -d' ' -f1)
# The demo and the tests run with DEBUG on: the development secret key and the local-memory
# cache are refused otherwise (see config/settings.py).
DEV_ENV := DEBUG=$${DEBUG:-true}

.PHONY: run test lint typecheck messages install

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py create_demo_article
	$(DEV_ENV) $(BIN)/python manage.py train_spam_model --if-missing --activate
	$(DEV_ENV) $(BIN)/python manage.py train_abuse_model --if-missing --activate
	@# The task worker (moderators' mail, the daily purge) runs beside the demo server and stops
	@# with it.
	$(DEV_ENV) $(BIN)/python manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

# The suite runs on every core (pytest-xdist); a test file stays on one worker, since some files
# share a module-wide server on a fixed port. PYTEST_PARALLEL= runs it in one process.
PYTEST_PARALLEL ?= -n auto --dist loadfile

test: $(STAMP)
	$(DEV_ENV) $(BIN)/python -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(DEV_ENV) $(BIN)/mypy .

# Needs GNU gettext (developers only); the compiled .mo files are committed.
messages: $(STAMP)
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l id -l en --ignore 'tests/*'
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore '.venv'
