"""What the installed package brings to every briefing: the default page templates and the static
files the pages need (the stylesheet, the table sorter, a vendored Mermaid, so the site makes no
request to another host).

A `templates/` folder beside a briefing's `site_src/` overrides the default templates file by
file; a file of the same path in its `docs/`, written by hand, overrides a static file. This
repository's own `templates/` *is* the package default (`generator/templates` links to it).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader

PACKAGE = Path(__file__).resolve().parent
DEFAULT_TEMPLATES = PACKAGE / "templates"
SITE_FILES = PACKAGE / "site_files"


def template_loader(override: Optional[Path]) -> BaseLoader:
    """The briefing's own templates first, where it has a folder of them, then the defaults."""
    return ChoiceLoader([FileSystemLoader(str(folder)) for folder in template_folders(override)])


def template_folders(override: Optional[Path]) -> list[Path]:
    folders = [DEFAULT_TEMPLATES]
    if override is not None and override.is_dir() and override.resolve() != DEFAULT_TEMPLATES.resolve():
        folders.insert(0, override)
    return folders


def site_files() -> dict[str, bytes]:
    """The static files, by their path in docs/."""
    return {path.relative_to(SITE_FILES).as_posix(): path.read_bytes()
            for path in sorted(SITE_FILES.rglob("*")) if path.is_file()}
