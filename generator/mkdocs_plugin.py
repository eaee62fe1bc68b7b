"""The MkDocs plugin `briefing` (`plugins: [search, briefing]` in mkdocs.yml): a plain
`mkdocs build` or `mkdocs serve` regenerates the briefing pages from site_src/ before MkDocs
collects the files. Only changed pages are written, so `mkdocs serve` settles after one rebuild
instead of looping. MkDocs' own work on a page it saw unchanged before is taken from a cache
(mkdocs_cache.py). It analyses in this one process: `mkdocs serve` runs threads, and forking a
threaded process risks deadlocks. Installed with the package (an entry point), so a briefing made
with `briefing new` needs no file of ours beside its mkdocs.yml."""
from __future__ import annotations

import functools
import html
import logging
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

from .build import BuildConfig, BuildFailed, BuildLocked, build
from .mkdocs_cache import PageCache, add_cached_template, install_search_cache

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    src = config_options.Type(str, default="site_src")  # beside mkdocs.yml
    templates = config_options.Type(str, default="templates")  # overrides of the package's templates
    page_cache = config_options.Type(bool, default=True)  # reuse MkDocs' work on pages unchanged since the last build


FEED = "feed.xml"  # the Atom feed of what changed (generator/news.py)


def with_feed_link(output: str, page, config) -> str:
    """Every page names the feed in its head, so that a feed reader finds it from any page. A
    page taken from the cache has the link already."""
    if 'type="application/atom+xml"' in output or "</head>" not in output:
        return output
    title = html.escape(f"{config.site_name}: what changed", quote=True)
    link = (f'<link rel="alternate" type="application/atom+xml" title="{title}" '
            f'href="{html.escape(get_relative_url(FEED, page.url), quote=True)}">')
    return output.replace("</head>", f"  {link}\n  </head>", 1)


# Material's search is a dialog with no name: a screen reader announces "dialog" and nothing else.
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def with_named_search(output: str) -> str:
    """The search dialog named after the search field's own label. A page taken from the cache has
    the name already."""
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    page_cache: PageCache | None = None
    pages: int = 0
    feed: bool = False

    def on_pre_build(self, config, **kwargs) -> None:
        root = Path(config.config_file_path).resolve().parent
        settings = BuildConfig(root=root, src=root / self.config.src, docs=Path(config.docs_dir),
                               templates=root / self.config.templates, workers=1)
        self.run_generator(settings)
        self.page_cache = None
        if self.config.page_cache:
            self.page_cache = PageCache(settings.cache_dir / "mkdocs", config)
            install_search_cache(self.page_cache, config.plugins)

    def run_generator(self, settings: BuildConfig) -> None:
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

    def on_files(self, files, **kwargs):
        self.pages = len(files.documentation_pages())
        self.feed = files.get_file_from_path(FEED) is not None
        return files

    def on_env(self, env, config, files, **kwargs):
        return add_cached_template(env) if self.page_cache is not None else env

    def on_nav(self, nav, config, files, **kwargs):
        if self.page_cache is not None:
            self.page_cache.use_theme(config, nav)
        return nav

    def on_pre_page(self, page, config, files, **kwargs):
        if self.page_cache is not None:
            page.render = functools.partial(self.page_cache.render, page, convert=page.render)
        return page

    def on_page_content(self, html, page, config, files, **kwargs):
        if self.page_cache is not None:
            self.page_cache.look_up_themed(page)
        return html

    def on_page_context(self, context, page, config, nav, **kwargs):
        return self.page_cache.themed_context(context, page) if self.page_cache is not None else context

    def on_post_page(self, output, page, config, **kwargs):
        output = with_named_search(output)
        if self.feed:
            output = with_feed_link(output, page, config)
        if self.page_cache is not None:
            self.page_cache.keep_themed(output, page)
        return output

    def on_post_template(self, output_content, template_name, config, **kwargs):
        """The 404 page is a theme template, not a page: it gets no on_post_page."""
        return with_named_search(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config, **kwargs) -> None:
        cache = self.page_cache
        if cache is None:
            return
        log.info("briefing: %d pages converted, %d taken from the cache", cache.converted, cache.reused)
        if cache.converted + cache.reused >= self.pages:  # every page seen: what was not used is stale
            cache.prune()
