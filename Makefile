# The two set-up commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Material prints a banner about MkDocs 2 on every build; it is not a warning about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: install site serve test check zensical clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

site: install  ## generate docs/ from site_src/ and build the site into site/
	$(BIN)/briefing build
	$(BIN)/mkdocs build --strict
	@echo "The briefing site is in $(CURDIR)/site/ (serve it: make serve, or python3 -m http.server -d site)"

serve: install
	$(BIN)/mkdocs serve

test: install  ## the whole test suite, browser tests included (needs Debian's chromium)
	$(BIN)/python -m pytest

zensical: install  ## the same site built with Zensical, Material's successor (reads mkdocs.yml)
	$(BIN)/python -m pip install --quiet zensical
	$(BIN)/briefing build
	$(BIN)/zensical build --strict -f mkdocs.yml
	@echo "Built with Zensical into $(CURDIR)/site/"

check: install
	$(BIN)/briefing check

clean:
	rm -rf site .cache
