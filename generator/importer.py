"""Stage 0, before any build: bring documents in the way analysts collect them. `briefing add`
takes saved web pages, URLs, plain-text or Markdown files and RSS/Atom feeds (every entry becomes
an article) and writes each as a normal `site_src/articles/*.md`, with its metadata (title,
publication date, site name, author, URL) in the front matter, for the analyst to read and edit.

The main text of a page is found by trafilatura (navigation, share buttons, related links,
captions and subscription prompts are left out); feeds are read by feedparser. A page with no
running text (a section front, a list of links) is refused, not added. Adding the same URL or the
same text again updates its file instead of making a second one. A source that fails is named on
one line and leaves `site_src/` untouched; the other sources are still added.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import feedparser
import trafilatura
import yaml
from slugify import slugify

from .reader import ArticleError, find_article_files, split_front_matter
from .writer import atomic_write

USER_AGENT = "briefing/0.1 (+https://github.com/briefing; a static briefing-site generator)"
MAX_BYTES = 20_000_000
MIN_PROSE_WORDS = 60  # less running text than this is a page of links or a teaser, not an article
PROSE_PARAGRAPH_WORDS = 12
FEED_TYPES = ("rss", "atom", "xml")
PAGE_TYPES = ("html", "xhtml")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)\b")  # in lower-cased bytes


class SourceError(Exception):
    """Why one source could not be added: one line, naming the source."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")


@dataclass
class NewArticle:
    title: str
    body: str  # paragraphs separated by blank lines
    date: Optional[str] = None
    site: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    origin: str = ""  # the source as the analyst gave it (a file, a URL, a feed's entry)
    front_matter: dict = field(default_factory=dict)  # kept from a Markdown file


@dataclass
class Added:
    article: NewArticle
    path: Path
    outcome: str  # "added" | "updated" | "unchanged"
    why: str = ""  # what made it the same article: "same URL", "same text"


# --- fetching -----------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return re.match(r"^https?://", source, re.IGNORECASE) is not None


def fetch(url: str, timeout: float) -> tuple[bytes, str, str]:
    """The body, the Content-Type and the final URL (after redirects) of `url`."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise SourceError(url, f"larger than {MAX_BYTES // 1_000_000} MB: not an article")
            return data, response.headers.get("Content-Type", ""), response.geturl()
    except urllib.error.HTTPError as err:
        raise SourceError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise SourceError(url, f"no answer within {timeout:g} s (timed out)") from None
        raise SourceError(url, f"could not connect ({reason})") from None
    except TimeoutError:
        raise SourceError(url, f"no answer within {timeout:g} s (timed out)") from None
    except (ValueError, OSError) as err:
        raise SourceError(url, f"could not be fetched ({err})") from None


def kind_of(content: bytes, content_type: str = "", name: str = "") -> str:
    """"page", "feed", "text", or what it is when it is none ("PDF", "image/png")."""
    mime = content_type.split(";")[0].strip().lower()
    head = content[:600].lstrip().lower()
    if mime == "application/pdf" or head.startswith(b"%pdf") or name.lower().endswith(".pdf"):
        return "PDF"
    if any(t in mime for t in FEED_TYPES) or name.lower().endswith(FEED_SUFFIXES) \
            or (head.startswith(b"<?xml") and FEED_ROOT.search(head)):
        return "feed" if FEED_ROOT.search(content[:4000].lower()) else "XML that is no feed"
    if any(t in mime for t in PAGE_TYPES) or name.lower().endswith(PAGE_SUFFIXES) \
            or head.startswith((b"<!doctype html", b"<html")):
        return "page"
    if mime.startswith("text/") or name.lower().endswith(TEXT_SUFFIXES) or (not mime and is_text(content)):
        return "text"
    return mime or "binary data"


def is_text(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in content


# --- reading one document -----------------------------------------------------------------


def article_from_page(html: bytes | str, url: Optional[str], origin: str) -> NewArticle:
    """The article of a web page, or a SourceError when the page has no running text."""
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    if document is None or not (document.text or "").strip():
        raise SourceError(origin, "no article text found on the page")
    paragraphs = [p.strip() for p in document.text.split("\n") if p.strip()]
    title = (document.title or "").strip()
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, already the title
    check_running_text(paragraphs, origin)
    return NewArticle(title=title or first_words(paragraphs[0]), body="\n\n".join(paragraphs),
                      date=document.date or None, site=document.sitename or None,
                      author=document.author or None, url=url or document.url or None, origin=origin)


def check_running_text(paragraphs: list[str], origin: str) -> None:
    """A section front or a list of links has headlines, not prose: refused, with why."""
    prose = [p for p in paragraphs if not p.startswith(("- ", "* ")) and len(p.split()) >= PROSE_PARAGRAPH_WORDS]
    words = sum(len(p.split()) for p in prose)
    if words < MIN_PROSE_WORDS:
        listed = sum(1 for p in paragraphs if p.startswith(("- ", "* ")))
        what = f"a list of {listed} links or headlines" if listed else f"{words} words of running text"
        raise SourceError(origin, f"not an article page ({what}); save or link the article itself")


def article_from_text(text: str, origin: str) -> NewArticle:
    """A Markdown or plain-text file: its front matter is kept; the title is its `title` or its
    first line."""
    try:
        meta, body, _, _ = split_front_matter(text, origin)
    except ArticleError as err:
        raise SourceError(origin, f"line {err.problem.line}: {err.problem.message}") from None
    body = body.strip()
    if not body:
        raise SourceError(origin, "the file holds no text")
    title = str(meta.get("title") or "").strip()
    if not title:
        first, _, rest = body.partition("\n")
        title, body = first.strip().lstrip("# ").strip(), rest.strip() or body
    return NewArticle(title=title, body=body, date=as_date_text(meta.get("date")), site=meta.get("source"),
                      author=meta.get("author"), url=meta.get("url"), origin=origin, front_matter=meta)


def as_date_text(value) -> Optional[str]:
    return str(value)[:10] if value else None


def first_words(text: str, count: int = 10) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


# --- feeds ----------------------------------------------------------------------------------


def entries_of(feed_bytes: bytes, origin: str) -> list[feedparser.FeedParserDict]:
    feed = feedparser.parse(feed_bytes)
    if feed.bozo and not feed.entries:
        raise SourceError(origin, f"not a readable RSS or Atom feed ({feed.bozo_exception})")
    if not feed.entries:
        raise SourceError(origin, "the feed has no entries: nothing to add")
    return feed.entries


def article_from_entry(entry, feed_origin: str, site: Optional[str], timeout: float) -> NewArticle:
    """An entry's linked page; where the page cannot be had, the entry's own full text, if it
    carries one."""
    link = entry.get("link")
    origin = link or f"{feed_origin} (entry {entry.get('title', '?')!r})"
    failure: Optional[SourceError] = None
    if link:
        try:
            data, content_type, final_url = fetch(link, timeout)
            if kind_of(data, content_type, link) != "page":
                raise SourceError(link, f"{kind_of(data, content_type, link)}, not a web page")
            article = article_from_page(data, final_url, link)
            article.date = article.date or entry_date(entry)
            article.site = article.site or site
            return article
        except SourceError as err:
            failure = err
    content = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
    if content:
        try:
            article = article_from_page(f"<html><body><article>{content}</article></body></html>", link, origin)
            article.title = entry.get("title") or article.title
            article.date, article.site = entry_date(entry), site
            article.author = entry.get("author") or article.author
            return article
        except SourceError:
            pass
    raise failure or SourceError(origin, "the entry has no link and no text")


def entry_date(entry) -> Optional[str]:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else None


# --- one source, as the analyst gave it ---------------------------------------------------------


def read_source(source: str, timeout: float) -> Iterator[NewArticle | SourceError]:
    """The articles of one source: one for a page or a file, one per entry for a feed. A failing
    entry of a feed is yielded as its error; the others still come."""
    if is_url(source):
        data, content_type, final_url = fetch(source, timeout)
        name = final_url
    else:
        path = Path(source)
        if not path.is_file():
            raise SourceError(source, "no such file" if not path.exists() else "not a file")
        data, content_type, final_url, name = path.read_bytes(), "", None, path.name
    kind = kind_of(data, content_type, name)
    if kind == "page":
        yield article_from_page(data, final_url or canonical_url(data), source)
    elif kind == "text":
        yield article_from_text(decode(data, source), source)
    elif kind == "feed":
        feed_site = feedparser.parse(data).feed.get("title")
        for entry in entries_of(data, source):
            try:
                yield article_from_entry(entry, source, feed_site, timeout)
            except SourceError as err:
                yield err
    else:
        raise SourceError(source, f"{kind}: not a web page, a text file or a feed")


def canonical_url(html: bytes) -> Optional[str]:
    """A saved page's own address, from its canonical link, so that adding the page again or by
    its URL finds the same article."""
    match = re.search(rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)["\']', html[:50_000], re.IGNORECASE)
    return match.group(1).decode("utf-8", "replace") if match else None


def decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(source, "not UTF-8 text") from None


# --- writing into site_src/articles -------------------------------------------------------------


def text_key(body: str) -> str:
    """The same text, whatever its line breaks, spacing and case."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", body.lower())).encode("utf-8")).hexdigest()


class ArticleFolder:
    """site_src/articles: which file holds which URL and which text, to update instead of duplicate."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.by_url: dict[str, Path] = {}
        self.by_text: dict[str, Path] = {}
        if folder.is_dir():
            for path in find_article_files(folder):
                self.index(path)

    def index(self, path: Path) -> None:
        try:
            meta, body, _, _ = split_front_matter(path.read_text("utf-8"), path.name)
        except (OSError, UnicodeDecodeError, ArticleError):
            return  # a broken article is the build's to report, not ours to match
        if meta.get("url"):
            self.by_url[normal_url(str(meta["url"]))] = path
        self.by_text[text_key(body)] = path

    def save(self, article: NewArticle) -> Added:
        same_url = self.by_url.get(normal_url(article.url)) if article.url else None
        same_text = self.by_text.get(text_key(article.body))
        path, why = (same_url, "same URL") if same_url else (same_text, "same text") if same_text else (None, "")
        content = markdown_of(article)
        if path is None:
            path = self.new_path(article)
            outcome = "added"
        else:
            outcome = "unchanged" if path.read_text("utf-8") == content else "updated"
        if outcome != "unchanged":
            atomic_write(path, content.encode("utf-8"))
            self.index(path)
        return Added(article, path, outcome, why)

    def new_path(self, article: NewArticle) -> Path:
        stem = "-".join(filter(None, [article.date, slugify(article.title, max_length=60, word_boundary=True)]))
        stem = stem or "article"
        path, n = self.folder / f"{stem}.md", 2
        while path.exists():
            path, n = self.folder / f"{stem}-{n}.md", n + 1
        return path


def normal_url(url: str) -> str:
    """One address however it is written: no fragment, no trailing slash, host in lower case."""
    url = url.split("#", 1)[0].rstrip("/")
    match = re.match(r"^(https?://)([^/]+)(.*)$", url, re.IGNORECASE)
    return f"{match.group(1).lower()}{match.group(2).lower()}{match.group(3)}" if match else url


def markdown_of(article: NewArticle) -> str:
    meta = dict(article.front_matter)
    for key, value in (("title", article.title), ("date", article.date), ("source", article.site),
                       ("author", article.author), ("url", article.url)):
        if value:
            meta[key] = value
    meta.setdefault("added_from", article.origin)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n\n{article.body.strip()}\n"


def add_sources(sources: list[str], articles_dir: Path, timeout: float = 20.0) -> Iterator[Added | SourceError]:
    """Each source's articles written into `articles_dir`, or the error that stopped it."""
    folder = ArticleFolder(articles_dir)
    for source in sources:
        try:
            for item in read_source(source, timeout):
                yield item if isinstance(item, SourceError) else folder.save(item)
        except SourceError as err:
            yield err
