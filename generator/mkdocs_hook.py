"""MkDocs hook (`hooks:` in mkdocs.yml): a plain `mkdocs build` or `mkdocs serve` regenerates the
briefing pages from site_src/ before MkDocs collects the files. Only changed pages are written, so
`mkdocs serve` settles after one rebuild instead of looping. It analyses in this one process:
`mkdocs serve` runs threads, and forking a threaded process risks deadlocks."""
from __future__ import annotations

import logging
from pathlib import Path

from generator.build import BuildConfig, build

log = logging.getLogger("mkdocs.hooks.briefing")


def on_pre_build(config, **kwargs) -> None:
    root = Path(config.config_file_path).resolve().parent
    report = build(BuildConfig(root=root, docs=Path(config.docs_dir), workers=1))
    # pages that could not be updated make the site wrong: a warning, which `--strict` counts.
    # A skipped article or curated entry is reported; the rest of the site builds.
    for problem in report.written.problems:
        log.warning("%s", problem)
    for problem in report.kb.problems:
        log.info("briefing: %s", problem)
    log.info("briefing: %d articles, %d actors, %d quotes; %d pages written",
             len(report.kb.articles), len(report.kb.actors), len(report.kb.quotes), len(report.written.written))
