"""Stage 1: read article files into `Article` records.

An article is Markdown or plain text with optional YAML front matter (`title`, `date`, `source`,
`url`). The body is kept byte-for-byte as it is after the front matter so that every offset the
later stages record points into the file. Scraped page furniture ("Watch: … 0:00 Share",
"Related reading") is not removed from the body: its paragraphs are marked `debris`, and the
text handed to spaCy has them blanked out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from .model import DOCUMENT_KINDS, SPEECH_KINDS, Article, Paragraph, Problem, relpath
from .slugs import slug, unique_slug
from .yamltext import DatesAsTextLoader

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt"}
KNOWN_FIELDS = {"title", "date", "source", "url", "author", "license", "tags", "language",
                "kind", "speaker", "speaker_role", "speaker_affiliation", "licence"}
# fields of primary sources kept for the record (the Sources page), not read otherwise
RECORD_FIELDS = {"excerpt", "session", "year", "country_code", "selection", "source_repository", "source_path",
                 "url_original", "korea_exchanges", "date_precision", "speaker_as_listed",
                 "added_from"}  # what `briefing add` was given: a file, a URL, a feed's entry
MAX_ARTICLE_BYTES = 1_000_000  # spaCy's default max_length: a longer text would not be parsed
MAX_DEBRIS_CHARS = 160

# Lines that belong to the web page around an article, not to the article.
DEBRIS_PATTERNS = [
    re.compile(r"^\s*(watch|video|listen|read more|read also|see also|related( reading| articles| stories| content)?"
               r"|advertisement|sponsored|share( this( article)?)?|click here|sign up|subscribe|image( source)?"
               r"|photo|getty images|copyright|©)\s*(:|$)", re.IGNORECASE),
    re.compile(r"\b\d{1,2}:\d{2}(\s+(share|play|watch))*\s*$", re.IGNORECASE),  # video player "0:00 Share"
    re.compile(r"^\s*(share|tweet|email|print)(\s+(on|via)\s+\w+)?\s*$", re.IGNORECASE),
    re.compile(r"^\s*END(\s+\d{1,2}:\d{2}(\s*[AP]\.?M\.?)?(\s+[A-Z]{2,4})?)?\s*$"),  # a transcript's "END 1:30 P.M. EDT"
]
FRONT_MATTER = re.compile(r"\A(---[ \t]*\r?\n)(.*?)(^(?:---|\.\.\.)[ \t]*\r?\n?)", re.DOTALL | re.MULTILINE)
SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class ArticleError(Exception):
    """An article that cannot be read at all; `problem` says where and why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def find_article_files(articles_dir: Path) -> list[Path]:
    if not articles_dir.is_dir():
        return []
    return sorted(p for p in articles_dir.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                  and not p.name.startswith("."))


def read_articles(articles_dir: Path, root: Optional[Path] = None) -> ReadResult:
    """Read every article under `articles_dir`; a broken file becomes an error, never an exception."""
    result = ReadResult()
    root = root or articles_dir.parent
    seen_bodies: dict[str, str] = {}
    used_ids: set[str] = set()
    for path in find_article_files(articles_dir):
        try:
            article, problems = read_article(path, root)
        except ArticleError as err:
            result.problems.append(err.problem)
            continue
        result.problems.extend(problems)
        fingerprint = " ".join(article.body.split())
        if fingerprint in seen_bodies:
            result.problems.append(Problem(article.path, 1, f"same text as {seen_bodies[fingerprint]}: skipped"))
            continue
        seen_bodies[fingerprint] = article.path
        article.id = unique_slug(article.id, used_ids, fallback="article", key=article.path)
        result.articles.append(article)
    return result


def unique_id(candidate: str, used: set[str]) -> str:
    n, unique = 2, candidate
    while unique in used:
        unique, n = f"{candidate}-{n}", n + 1
    used.add(unique)
    return unique


def read_article(path: Path, root: Path) -> tuple[Article, list[Problem]]:
    shown = relpath(path, root)
    text, problems = decode(path, shown)
    meta, body, body_line, field_line = split_front_matter(text, shown)
    if not body.strip():
        raise ArticleError(Problem(shown, 1, "the article has no text", "error"))
    title = str(meta.get("title") or "").strip() or first_line(body) or path.stem
    if "title" not in meta:
        problems.append(Problem(shown, 1, "no title in the front matter: using the first line"))
    date = parse_date(meta.get("date"), shown, field_line.get("date", 1), problems)
    if date is None:
        problems.append(Problem(shown, 1, "no date: relative dates in this article (\"last year\") cannot be resolved"))
    url = meta.get("url")
    if url is not None and not SAFE_URL.match(str(url)):
        problems.append(Problem(shown, field_line.get("url", 1), f"url {str(url)[:60]!r} is not an http(s) address: ignored"))
        url = None
    kind, speaker = read_kind(meta, shown, field_line, problems)
    for unknown in sorted(set(meta) - KNOWN_FIELDS - RECORD_FIELDS):
        problems.append(Problem(shown, field_line.get(unknown, 1), f"unknown front matter field {unknown!r}: ignored"))
    article = Article(
        id=slug(path.stem, fallback="article"),  # made unique across the folder by read_articles
        path=shown,
        title=title,
        body=body,
        date=date,
        source=str(meta["source"]) if meta.get("source") else None,
        url=str(url) if url else None,
        meta={k: v for k, v in meta.items() if k in KNOWN_FIELDS | RECORD_FIELDS},
        body_line=body_line,
        kind=kind,
        speaker=speaker,
        speaker_role=text_field(meta, "speaker_role"),
        speaker_affiliation=text_field(meta, "speaker_affiliation"),
    )
    article.paragraphs = split_paragraphs(body, title)
    return article, problems


def text_field(meta: dict, name: str) -> Optional[str]:
    value = meta.get(name)
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def read_kind(meta: dict, shown: str, field_line: dict[str, int], problems: list[Problem]) -> tuple[str, Optional[str]]:
    """The document's kind and speaker: a speech without a speaker is read as an article, with a
    warning that names the line (its words would otherwise be nobody's)."""
    kind = str(meta.get("kind") or "article").strip().lower()
    if kind not in DOCUMENT_KINDS:
        problems.append(Problem(shown, field_line.get("kind", 1),
                                f"unknown kind {kind!r} (one of {', '.join(DOCUMENT_KINDS)}): read as an article"))
        kind = "article"
    speaker = text_field(meta, "speaker")
    if kind in SPEECH_KINDS and not speaker:
        problems.append(Problem(shown, field_line.get("kind", 1), f"a {kind} needs a speaker: read as an article"))
        kind = "article"
    return kind, speaker


def decode(path: Path, shown: str) -> tuple[str, list[Problem]]:
    data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(Problem(shown, 1, f"the file is {len(data):,} bytes, over the limit of {MAX_ARTICLE_BYTES:,}", "error"))
    if b"\x00" in data[:4096]:
        raise ArticleError(Problem(shown, 1, "the file is binary, not text", "error"))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        text = data.decode("cp1252", errors="replace")
        return text, [Problem(shown, line, "the file is not UTF-8: read as Windows-1252, check the characters")]


def split_front_matter(text: str, shown: str) -> tuple[dict, str, int, dict[str, int]]:
    """Front matter as a dict, the body after it, the file line on which the body starts, and the
    line of each field. (python-frontmatter strips the text around the body, which would shift
    every offset the later stages record, and it gives no lines: hence this small split.)"""
    text = text.replace("\r\n", "\n")
    match = FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n"):
            raise ArticleError(Problem(shown, 1, "front matter opened with --- is never closed", "error"))
        return {}, text, 1, {}
    body = text[match.end():]
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        meta = yaml.load(match.group(2), Loader=DatesAsTextLoader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = (mark.line + 2) if mark else 1
        raise ArticleError(Problem(shown, line, f"malformed front matter: {getattr(err, 'problem', err)}", "error"))
    if not isinstance(meta, dict):
        raise ArticleError(Problem(shown, 2, "front matter must be a mapping of fields (title: …)", "error"))
    lines = {str(key.value): key.start_mark.line + 2
             for key, _ in yaml.compose(match.group(2), Loader=DatesAsTextLoader).value}
    return {str(k): v for k, v in meta.items()}, body, body_line, lines


def parse_date(value, shown: str, line: int, problems: list[Problem]) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%d %B %Y", "%B %d, %Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        problems.append(Problem(shown, line, f"date {text[:40]!r} is not a date (use YYYY-MM-DD): ignored"))
        return None


def first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def split_paragraphs(body: str, title: str) -> list[Paragraph]:
    """Blocks separated by blank lines, each classified; offsets are into `body`."""
    paragraphs: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", body):
        block = match.group(0)
        if not block.strip():
            continue
        kind = classify_block(block, title, is_first=not paragraphs)
        start = match.start() + (len(block) - len(block.lstrip()))
        end = match.start() + len(block.rstrip())
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, kind))
    return paragraphs


def classify_block(block: str, title: str, is_first: bool) -> str:
    stripped = block.strip()
    if is_first and normalise(stripped) == normalise(title):
        return "headline"
    # page furniture is short; a long paragraph that happens to end in "at 10:30" is text
    if len(stripped) <= MAX_DEBRIS_CHARS and any(p.search(line) for line in stripped.splitlines()
                                                 for p in DEBRIS_PATTERNS):
        return "debris"
    if looks_like_heading(stripped):
        return "heading"
    return "text"


def looks_like_heading(block: str) -> bool:
    """A short single line with no closing punctuation and no quote: a sub-heading."""
    if "\n" in block or len(block) > 80 or block.startswith("#"):
        return block.startswith("#") and "\n" not in block
    return not re.search(r"[.!?:;,\"“”’')]$", block) and not re.search(r"[\"“”]", block) and len(block.split()) <= 8


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
