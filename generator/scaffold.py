"""`briefing new DIR`: a new briefing, ready for `briefing add` and `mkdocs build`. It writes
DIR/site_src/ (articles/, timelines/, actors.yml, briefing.yml) and DIR/mkdocs.yml, and makes the
empty DIR/docs/ that MkDocs insists on finding before the plugin fills it; nothing else. The
templates, the stylesheet and the scripts come with the installed package (a `templates/` folder
beside site_src/ overrides the templates file by file)."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

ACTORS = """\
# Curated actors: what the articles cannot say on their own. Names and aliases here win over the
# generator's guesses; roles carry the period they were true in (from/to, YYYY[-MM[-DD]]).
# Example:
#   - name: Rex Tillerson
#     kind: person            # person | country | organization | group
#     aliases: [Tillerson]
#     roles:
#       - {title: Secretary of State, affiliation: United States, from: 2017-02-01, to: 2018-03-31}
actors: []
"""

MKDOCS = """\
site_name: {title}
docs_dir: docs
site_dir: site
use_directory_urls: true

theme:
  name: material
  language: en
  font: false            # no web fonts: the site makes no request to another host
  features: [navigation.tabs, navigation.top, navigation.indexes, search.highlight, search.suggest, toc.follow]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      toggle: {{icon: material/weather-night, name: Switch to dark mode}}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      toggle: {{icon: material/weather-sunny, name: Switch to light mode}}

plugins:
  - search
  - briefing             # writes the briefing's pages into docs/ from site_src/ before every build

markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - admonition
  - toc: {{permalink: true}}
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format

extra_css: [stylesheets/briefing.css]
extra_javascript: [assets/vendor/mermaid/mermaid.min.js, assets/briefing/tablesort.js]

validation:
  omitted_files: info
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn

nav:
  - Home: index.md
  - Actors: actors/index.md
  - Quotes: quotes/index.md
  - Timelines: timelines/index.md
  - Positions: positions/index.md
  - Sources: articles/index.md
  - Tags: tags.md
"""


class FolderInUse(Exception):
    pass


def new_briefing(folder: Path, title: str, topics: list[str]) -> list[Path]:
    """The files of a new briefing in `folder`; refused where one is already there."""
    taken = [p for p in (folder / "site_src", folder / "mkdocs.yml") if p.exists()]
    if taken:
        raise FolderInUse(f"{taken[0]} already exists: `briefing new` starts a briefing, it does not overwrite one")
    src = folder / "site_src"
    for sub in (src / "articles", src / "timelines", folder / "docs"):
        sub.mkdir(parents=True, exist_ok=True)
    settings = {"title": title, "description": "", "topics": {topic: [topic] for topic in topics}}
    files = {
        src / "briefing.yml": "# The briefing's title and topics: a speaker's key passages are their statements\n"
                              "# on a topic (its words); with no topics, every statement is one.\n"
                              + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False),
        src / "actors.yml": ACTORS,
        folder / "mkdocs.yml": MKDOCS.format(title=json.dumps(title, ensure_ascii=False)),
    }
    for path, text in files.items():
        path.write_text(text, "utf-8")
    return [src / "articles", src / "timelines", *files, folder / "docs"]
