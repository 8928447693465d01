# Two commands: `make demo` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
TORCH_WHEEL_VERSION := 2.13.0
export PYTHONPATH := $(CURDIR)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: demo test install lint format bench clean vendor

# torch first, pinned: the machine's local CPU build; a bare `torch` dependency would pull CUDA.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==$(TORCH_WHEEL_VERSION)
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py seed_demo
	$(PY) manage.py demo_info --port $(PORT)
	$(PY) manage.py resume_runs
	HANDRAIL_WARM_UP=true HANDRAIL_LOG_FORMAT=console $(VENV)/bin/daphne -b 127.0.0.1 -p $(PORT) console.asgi:application

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run -v1
	$(VENV)/bin/pytest -q

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format . && $(VENV)/bin/ruff check --fix .

bench: install
	$(PY) bench/runtime_overhead.py

clean:
	rm -rf $(VENV) handrail.sqlite3*

# Chart.js for the console's dashboard, served from static/ like htmx (no CDN): the console works on a
# network without internet access, and the file a page runs is the file in the repository. The copied
# files are committed; run this only to change the pinned version (then update vendor/README.md).
CHARTJS_VERSION := 4.6.1
VENDOR_DIR := static/console/vendor
vendor:
	@command -v npm >/dev/null || { echo "npm is needed: apt-get install -y npm"; exit 1; }
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  (cd "$$tmp" && npm pack --silent chart.js@$(CHARTJS_VERSION) >/dev/null) && \
	  tar -xzf "$$tmp/chart.js-$(CHARTJS_VERSION).tgz" -C "$$tmp" && \
	  cp "$$tmp/package/dist/chart.umd.min.js" $(VENDOR_DIR)/chart.umd.min.js && \
	  cp "$$tmp/package/LICENSE.md" $(VENDOR_DIR)/chart.js-LICENSE.md
	sha256sum $(VENDOR_DIR)/chart.umd.min.js
