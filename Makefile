# The two commands of the contract: `make run` and `make test`.
# Both create .venv when missing (Python 3.10, see .python-version) and train when the data changed.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.10 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# No telemetry, quiet TensorFlow.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
MODEL := models/vraagbaak.tar.gz
# Everything the trained model depends on: retrain when any of it changes.
TRAIN_INPUTS := config.yml domain.yml $(shell find bot/data bot/nlu -name '*.yml' -o -name '*.py' 2>/dev/null)

.PHONY: install train run test validate benchmark evaluate clean browser-deps safety-model

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; v=sys.version_info[:2]; sys.exit(0 if v==(3,10) else "Rasa 3.6 needs Python 3.10 (see .python-version); $(PYTHON) is %d.%d" % v)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check "pip==24.0"
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

train: $(MODEL) safety-model

# The safety layer's learned add-on (bot/safety/learned.py): cached in models/ under a hash of
# its data; a no-op when the cache matches, a half-minute training when it does not.
safety-model: $(VENV)/.installed
	$(BIN)/python -c "from bot.safety.learned import model; model()"

$(MODEL): $(VENV)/.installed $(TRAIN_INPUTS)
	$(BIN)/rasa train --data bot/data --fixed-model-name vraagbaak --out models --quiet
	touch $@

validate: $(VENV)/.installed
	$(BIN)/rasa data validate --data bot/data

run: $(MODEL) safety-model
	$(BIN)/python -m bot.run

test: $(MODEL) safety-model browser-deps
	$(BIN)/python -m pytest

# The web chat's browser tests: axe-core (and the NL Design System CSS) from npm, pinned in
# package-lock.json; Debian's headless Chromium driven by Playwright (never `playwright install`).
# Both are no-ops when already installed.
browser-deps: node_modules/.package-lock.json /usr/bin/chromium

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

/usr/bin/chromium:
	$$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update -qq
	$$( [ "$$(id -u)" = 0 ] || echo sudo ) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver

# Figures for the closing note (not part of `make test`): see README "Measuring".
evaluate: $(MODEL)
	$(BIN)/python -m scripts.evaluate_nlu
	$(BIN)/python -m scripts.evaluate_safety test4
	$(BIN)/python -m scripts.evaluate_learned

benchmark: $(MODEL) browser-deps
	$(BIN)/python -m scripts.benchmark_web
	$(BIN)/python -m scripts.benchmark_rest
	$(BIN)/python -m scripts.benchmark_safety
	$(BIN)/python -m scripts.benchmark_triage

clean:
	rm -rf models results .pytest_cache
