"""The MkDocs plugin `briefing` (`plugins: [search, briefing]` in mkdocs.yml): a plain
`mkdocs build` or `mkdocs serve` regenerates the briefing pages from site_src/ before MkDocs
collects the files. Only changed pages are written, so `mkdocs serve` settles after one rebuild
instead of looping. It analyses in this one process: `mkdocs serve` runs threads, and forking a
threaded process risks deadlocks. Installed with the package (an entry point), so a briefing made
with `briefing new` needs no file of ours beside its mkdocs.yml."""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .build import BuildConfig, BuildFailed, BuildLocked, build

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    src = config_options.Type(str, default="site_src")  # beside mkdocs.yml
    templates = config_options.Type(str, default="templates")  # overrides of the package's templates


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def on_pre_build(self, config, **kwargs) -> None:
        root = Path(config.config_file_path).resolve().parent
        settings = BuildConfig(root=root, src=root / self.config.src, docs=Path(config.docs_dir),
                               templates=root / self.config.templates, workers=1)
        try:
            report = build(settings)
        except (BuildFailed, BuildLocked) as err:
            raise PluginError(f"briefing: {err}") from None
        # pages that could not be updated make the site wrong: a warning, which `--strict` counts.
        # A skipped article or curated entry is reported; the rest of the site builds.
        for problem in report.written.problems:
            log.warning("%s", problem)
        for problem in report.problems:
            if problem not in report.written.problems:
                log.info("briefing: %s", problem)
        n = report.summary
        log.info("briefing: %d documents, %d actors, %d quotes; %s", n.get("articles", 0), n.get("actors", 0),
                 n.get("quotes", 0), "nothing changed" if report.unchanged else f"{len(report.written.written)} pages written")
