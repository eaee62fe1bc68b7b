"""File-name-safe, unique and stable slugs for pages (actors, articles, timelines).

python-slugify transliterates any script ("王毅" -> "wang-yi", "Ким" -> "kim") and keeps only
[a-z0-9-], so a slug cannot leave its folder. Where two names slug alike, the one met first (callers
go in sorted order) keeps the bare slug and the other gets a suffix hashed from its own name, so
the suffix does not depend on what else the corpus holds.
"""
from __future__ import annotations

import hashlib

from slugify import slugify

MAX_LENGTH = 80
# Names a page may not take: our own index pages, and device names some file systems refuse.
RESERVED = {"index", "relations", "all-events", "con", "prn", "aux", "nul", "search", "assets", "data"} | \
    {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}


def slug(text: str, fallback: str) -> str:
    return slugify(text, max_length=MAX_LENGTH) or fallback


def unique_slug(text: str, used: set[str], fallback: str, key: str | None = None) -> str:
    """The slug of `text`, or, where another name or a reserved page has it, the slug with a short
    hash of `key` (by default `text`) appended."""
    base = slug(text, fallback)
    key = key or text
    candidate = base
    n = 1
    while candidate in used or candidate in RESERVED:
        salted = key if n == 1 else f"{key}\x00{n}"
        candidate = f"{base}-{hashlib.sha1(salted.encode('utf-8')).hexdigest()[:6]}"
        n += 1
    used.add(candidate)
    return candidate
