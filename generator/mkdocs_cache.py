"""MkDocs converts every page's Markdown, indexes it for search and renders it into the theme on
every build. Adding one article to a briefing of a thousand changes a few dozen pages of three
thousand, so most of that work repeats the last build's. The plugin keeps, for each page, what
each of the three steps gave, and reuses it when nothing the step depends on changed:

- the conversion (HTML, table of contents, title, anchors) depends on the page's Markdown and
  path, the Markdown settings and versions, and on whether each file it links to exists (MkDocs
  rewrites a link by what it finds);
- the search entries depend on the page's HTML, address, table of contents and metadata;
- the themed page depends on all of that, on the theme (its settings, version and any override
  files), on the site's settings and navigation, and on the page's place in the navigation. It is
  kept only where MkDocs runs no plugin but search and this one: another plugin may add to a
  page's context or rewrite its output in ways no key here could see.

A conversion that logged anything (a broken link, say) is not kept, so the next build reports it
again and `mkdocs build --strict` fails as it would without the cache. Entries live as one JSON
file per key under the briefing's cache folder; a build that rendered every page removes the
entries it did not use. The tests build a site with and without the cache and compare every file."""
from __future__ import annotations

import json
import logging
import posixpath
import re
from importlib.metadata import PackageNotFoundError, version
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import unquote, urlsplit

from jinja2 import ChoiceLoader, DictLoader
from markupsafe import Markup
from mkdocs.structure.toc import get_toc

from .hashing import text_digest

log = logging.getLogger("mkdocs.plugins.briefing")

CACHE_FORMAT = "1"
CACHED_TEMPLATE = "briefing/cached-page.html"  # a page whose themed HTML is in the cache renders it as is
KNOWN_PLUGINS = {"search", "material/search", "briefing"}
# where a Markdown page names another file: [text](target), [label]: target, href="target", src="target"
LINK_TARGETS = re.compile(r"\]\(\s*<?([^)\s>]+)|^[ ]{0,3}\[[^\]]+\]:\s*<?([^\s>]+)|(?:href|src)\s*=\s*[\"']([^\"']+)",
                          re.MULTILINE)


def installed(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "-"


def stable_repr(value: object) -> str:
    """A setting as text that is the same from one run to the next (a function by its name, not its address)."""
    name = getattr(value, "__qualname__", None)
    return f"{getattr(value, '__module__', '')}.{name}" if name else repr(value)


def markdown_settings(config) -> str:
    """What the conversion of every page depends on, besides the page itself."""
    return json.dumps([CACHE_FORMAT, [installed(p) for p in ("mkdocs", "markdown", "pymdown-extensions")],
                       [e if isinstance(e, str) else stable_repr(type(e)) for e in config["markdown_extensions"]], config["mdx_configs"],
                       config["use_directory_urls"], dict(config["validation"])], sort_keys=True, default=stable_repr)


@lru_cache(maxsize=65536)
def link_candidates(folder: str, target: str) -> tuple[str, ...]:
    """The files MkDocs may take a relative link for (it tries an index page, a README, .md for .html)."""
    scheme, netloc, path, _, _ = urlsplit(target)
    if scheme or netloc or not path or path.startswith(("/", "\\")):
        return ()
    path = posixpath.normpath(posixpath.join(folder, unquote(path)))
    return (path, f"{path}/index.md", f"{path}/README.md", path.removesuffix(".html") + ".md")


def links_state(page_uri: str, markdown: str, files) -> str:
    """Which of the files this page links to exist now: a link is rewritten by what it finds."""
    # a link's anchor and query do not change which file it finds: many links, few files
    targets = {t.partition("#")[0].partition("?")[0] for match in LINK_TARGETS.finditer(markdown)
               for t in match.groups() if t}
    known, folder = files.src_uris, posixpath.dirname(page_uri)
    state = []
    for target in sorted(targets):
        found = "".join("1" if p in known else "0" for p in link_candidates(folder, target))
        state.append(f"{target}={found}")
    return "\n".join(state)


def nav_outline(items) -> list:
    """The navigation as titles and addresses: every page's sidebar and tabs show it."""
    return [[type(i).__name__, i.title, getattr(i, "url", None), nav_outline(getattr(i, "children", None) or [])]
            for i in items]


def override_files(theme) -> list:
    """The theme's files outside installed packages (a `custom_dir` of overrides), which a user edits."""
    return sorted((str(path), path.stat().st_mtime_ns, path.stat().st_size)
                  for folder in theme.dirs if "site-packages" not in Path(folder).parts
                  for path in Path(folder).rglob("*") if path.is_file())


def theme_settings(config, nav) -> str:
    """What every themed page depends on, besides the page itself."""
    site = {key: config[key] for key in ("site_name", "site_url", "site_description", "site_author", "copyright",
                                         "repo_url", "repo_name", "edit_uri", "extra", "extra_css",
                                         "extra_javascript", "use_directory_urls")}
    return json.dumps([markdown_settings(config), installed("mkdocs-material"), dict(config.theme),
                       override_files(config.theme), site, nav_outline(nav.items)], sort_keys=True, default=stable_repr)


def neighbours(page) -> list:
    """The page's place in the navigation: its previous and next pages and its sections."""
    linked = [page.previous_page, page.next_page]
    return [[p.title, p.url] if p else None for p in linked] + [a.title for a in page.ancestors]


def toc_tokens(items) -> list[dict]:
    return [{"level": i.level, "id": i.id, "name": i.title, "children": toc_tokens(i.children)} for i in items]


class LogWatcher(logging.Handler):
    """Notes whether MkDocs logged anything while a page converted."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.logged = False

    def emit(self, record: logging.LogRecord) -> None:
        self.logged = True


class PageCache:
    def __init__(self, folder: Path, config):
        self.folder = folder
        self.settings = markdown_settings(config)
        self.used: set[str] = set()
        self.reused = 0
        self.converted = 0
        self.theme: Optional[str] = None  # what themed pages depend on; None: themed pages are not kept
        self.themed: dict[str, str] = {}  # a page's path -> its themed HTML, from the cache
        self.unthemed: dict[str, str] = {}  # a page's path -> the key to keep its themed HTML under

    def path(self, kind: str, key: str) -> Path:
        return self.folder / kind / f"{key}.json"

    def load(self, kind: str, key: str) -> Optional[object]:
        self.used.add(f"{kind}/{key}")
        try:
            return json.loads(self.path(kind, key).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def store(self, kind: str, key: str, value: object) -> None:
        path = self.path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(value, ensure_ascii=False), "utf-8")
            temporary.replace(path)
        except OSError as err:  # a cache that cannot be written costs time, not the build
            log.debug("briefing: page cache not written: %s", err)

    # -- Markdown conversion

    def render(self, page, config, files, convert: Callable) -> None:
        """`page.render`, or what it gave last time for the same input."""
        key = text_digest(self.settings, page.file.src_uri, page.markdown or "",
                     links_state(page.file.src_uri, page.markdown or "", files))
        saved = self.load("pages", key)
        if isinstance(saved, dict) and self.restore(page, saved, files):
            self.reused += 1
            return
        watcher = LogWatcher()
        logging.getLogger("mkdocs").addHandler(watcher)
        try:
            convert(config, files)
        finally:
            logging.getLogger("mkdocs").removeHandler(watcher)
        self.converted += 1
        if not watcher.logged:
            self.store("pages", key, self.saved_conversion(page))

    @staticmethod
    def saved_conversion(page) -> dict:
        links = {target.src_uri: anchors for target, anchors in (page.links_to_anchors or {}).items()}
        return {"content": page.content, "toc": toc_tokens(page.toc), "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()), "links_to_anchors": links}

    @staticmethod
    def restore(page, saved: dict, files) -> bool:
        try:
            links = {}
            for uri, anchors in saved["links_to_anchors"].items():
                target = files.get_file_from_path(uri)
                if target is None:
                    return False
                links[target] = anchors
            page.content = saved["content"]
            page.toc = get_toc(saved["toc"])
            page._title_from_render = saved["title"]
            page.present_anchor_ids = set(saved["anchors"])
            page.links_to_anchors = links
            return True
        except (KeyError, TypeError, AttributeError):
            return False

    # -- search index

    def index(self, page, entries: list, add_entry: Callable) -> None:
        """Material's `add_entry_from_context`, or the entries it gave last time for the same page."""
        meta = {k: page.meta.get(k) for k in ("title", "tags", "search")}
        key = text_digest(self.settings, page.url, str(page.title), page.content or "",
                     json.dumps([meta, toc_tokens(page.toc)], sort_keys=True, default=str))
        saved = self.load("search", key)
        if isinstance(saved, list):
            entries.extend(saved)
            return
        before = len(entries)
        add_entry(page)
        self.store("search", key, entries[before:])

    # -- the themed page

    def use_theme(self, config, nav) -> None:
        if set(config.plugins.keys()) <= KNOWN_PLUGINS:
            self.theme = theme_settings(config, nav)

    def look_up_themed(self, page) -> None:
        """Before MkDocs themes the page: take its HTML from the cache, or note the key to keep it under."""
        if self.theme is None or page.file.inclusion.is_excluded():
            return
        meta = json.dumps(page.meta, sort_keys=True, default=str)
        key = text_digest(self.theme, page.file.src_uri, page.url, str(page.canonical_url), str(page.edit_url),
                     str(page.title), page.content or "", meta, json.dumps([toc_tokens(page.toc), neighbours(page)]))
        saved = self.load("themed", key)
        if isinstance(saved, str):
            self.themed[page.file.src_uri] = saved
            page.meta["template"] = CACHED_TEMPLATE
        else:
            self.unthemed[page.file.src_uri] = key

    def themed_context(self, context: dict, page) -> dict:
        if page.file.src_uri in self.themed:
            context["briefing_themed_page"] = Markup(self.themed.pop(page.file.src_uri))
        return context

    def keep_themed(self, output: str, page) -> None:
        key = self.unthemed.pop(page.file.src_uri, None)
        if key is not None:
            self.store("themed", key, output)

    def prune(self) -> int:
        """Remove the entries this build did not use; only after a build that saw every page."""
        removed = 0
        for kind in ("pages", "search", "themed"):
            for path in (self.folder / kind).glob("*.json"):
                if f"{kind}/{path.stem}" not in self.used:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed


def install_search_cache(cache: PageCache, plugins) -> bool:
    """Route Material's search indexing of a page through the cache. Material keeps the index in
    its plugin's `search_index`; when that is not there (another theme, another version), search
    simply indexes every page as before."""
    search = next((p for name, p in plugins.items() if name in ("material/search", "search")), None)
    index = getattr(search, "search_index", None)
    add_entry = getattr(index, "add_entry_from_context", None)
    if add_entry is None or not isinstance(getattr(index, "entries", None), list) \
            or getattr(add_entry, "briefing_cache", False):
        return False

    def add_entry_from_context(page):
        cache.index(page, index.entries, add_entry)

    add_entry_from_context.briefing_cache = True
    index.add_entry_from_context = add_entry_from_context
    return True


def add_cached_template(env):
    """The template a page whose themed HTML is in the cache is rendered with: that HTML as it is."""
    env.loader = ChoiceLoader([DictLoader({CACHED_TEMPLATE: "{{ briefing_themed_page }}"}), env.loader])
    return env
