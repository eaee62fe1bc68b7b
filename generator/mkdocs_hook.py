"""MkDocs hook (`hooks:` in mkdocs.yml): a plain `mkdocs build` or `mkdocs serve` regenerates the
briefing pages from site_src/ before MkDocs collects the files. Only changed pages are written, so
`mkdocs serve` settles after one rebuild instead of looping."""
from __future__ import annotations

import logging
from pathlib import Path

from generator.build import BuildConfig, build

log = logging.getLogger("mkdocs.hooks.briefing")


def on_pre_build(config, **kwargs) -> None:
    root = Path(config.config_file_path).resolve().parent
    report = build(BuildConfig(root=root, docs=Path(config.docs_dir)))
    for problem in report.errors:
        log.warning("%s", problem)  # counted by `mkdocs build --strict`
    for problem in report.warnings:
        log.info("%s", problem)
    log.info("briefing: %d articles, %d actors, %d quotes; %d pages written",
             len(report.kb.articles), len(report.kb.actors), len(report.kb.quotes), len(report.written.written))
