# Two commands do all the set-up on a fresh machine with Python 3.11 and the package registries:
#   make demo   install everything from the lock file, analyse the demo corpus into demo.db, show a summary
#   make test   install everything (plus Debian's chromium for the browser tests) and run the whole suite
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := $(PYTHON) -m uv
DEMO_DB ?= demo.db

.PHONY: setup demo test lint browser clean

# uv itself comes from PyPI when this Python lacks it; everything else from uv.lock.
setup:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet "uv==$(UV_VERSION)"
	$(UV) sync --frozen --all-extras

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(UV) run newsledger analyze examples --db $(DEMO_DB)
	COLUMNS=$${COLUMNS:-150} $(UV) run newsledger articles --db $(DEMO_DB)
	COLUMNS=$${COLUMNS:-150} $(UV) run newsledger show examples/meridian-post-arms-package.txt --db $(DEMO_DB)

browser:
	bash scripts/install-browser.sh

test: setup browser
	$(UV) run pytest -n 2 --durations=15

lint: setup
	$(UV) run ruff check src tests

clean:
	rm -rf .venv .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
