# FieldDesk: `make run` opens the app on a demo database; `make test` runs every check.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint typecheck imports pytest dist translations screenshots bench clean

setup:
	@scripts/setup.sh

run: setup
	@$(BIN)/fielddesk

test: setup
	$(BIN)/ruff check desktop db tests bench
	$(BIN)/ruff format --check desktop db tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

translations: setup
	$(BIN)/python -m desktop.i18n_build --update

dist: setup
	rm -rf build/fielddesk dist/fielddesk
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/fielddesk/fielddesk --selftest

screenshots: setup
	xvfb-run -a -s "-screen 0 1440x900x24" $(BIN)/python scripts/screenshots.py

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf build dist $(VENV) .mypy_cache .ruff_cache
