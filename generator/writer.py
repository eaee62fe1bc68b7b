"""Stage 6: write the rendered pages into docs/, safely.

The generator owns only the files its manifest (docs/.briefing-manifest.json) lists. It writes a
file only when the content changed (so `mkdocs serve` does not loop), never overwrites a file it
did not write or that someone edited since, and deletes only its own files that a build no
longer produces. Every write goes to a temporary file first and is then renamed into place.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .model import PageOnDisk, Problem

MANIFEST = ".briefing-manifest.json"
RESERVED_NAMES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class UnsafePath(ValueError):
    pass


def safe_relative(rel: str) -> PurePosixPath:
    """A path inside docs/: relative, no "..", no NUL, no reserved device names."""
    path = PurePosixPath(rel)
    if not rel or "\x00" in rel or "\\" in rel or path.is_absolute() or any(p in ("..", ".", "") for p in path.parts):
        raise UnsafePath(f"unsafe output path {rel!r}")
    if any(RESERVED_NAMES.match(part) for part in path.parts):
        raise UnsafePath(f"reserved file name in {rel!r}")
    return path


Page = str | bytes | PageOnDisk  # rendered text, a file's bytes, or a page the page memo vouches for


def page_bytes(page: Page) -> bytes:
    if isinstance(page, PageOnDisk):
        return page.read()
    return page.encode("utf-8") if isinstance(page, str) else page


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SiteWriter:
    def __init__(self, docs: Path):
        self.docs = docs
        self.manifest_path = docs / MANIFEST
        self._resolved: dict[Path, Path] = {}  # a folder -> where it really is

    def load_manifest(self) -> dict[str, str]:
        try:
            data = json.loads(self.manifest_path.read_text("utf-8"))
            return {str(k): str(v) for k, v in data.get("files", {}).items()}
        except (OSError, ValueError, AttributeError):
            return {}

    def write_all(self, pages: dict[str, Page], defaults: dict[str, bytes] | None = None) -> WriteReport:
        """Stage every changed page first, then move them all into place: a failure while staging
        (a full disk, a bad path) leaves docs/ exactly as the previous build left it. `defaults`
        (the package's stylesheet, scripts) give way to a file of the same path written by hand."""
        report = WriteReport()
        owned = self.load_manifest()
        new_manifest: dict[str, str] = {}
        self.docs.mkdir(parents=True, exist_ok=True)
        changed = self.changed_pages(pages, owned, new_manifest, report)
        unset = {rel: data for rel, data in (defaults or {}).items() if rel not in pages}
        changed.update(self.changed_pages(unset, owned, new_manifest, WriteReport()))  # a hand-written one wins, silently
        staging = Path(tempfile.mkdtemp(prefix=".briefing-staging-", dir=self.docs))
        try:
            for rel, data in changed.items():
                staged = staging / rel
                staged.parent.mkdir(parents=True, exist_ok=True)
                staged.write_bytes(data)
            # record ownership before the pages land: a build killed while moving them must not
            # leave pages that the next build takes for someone else's
            self.save_manifest({**owned, **new_manifest})
            for rel in changed:
                target = self.docs / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / rel, target)
                report.written.append(rel)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.remove_stale(owned, new_manifest, report)
        self.save_manifest(new_manifest)
        return report

    def changed_pages(self, pages: dict[str, Page], owned: dict[str, str], new_manifest: dict[str, str],
                      report: WriteReport) -> dict[str, bytes]:
        """The pages to write: safe paths, ours to write, and different from what is there."""
        changed: dict[str, bytes] = {}
        for rel, text in sorted(pages.items()):
            try:
                target = self.inside_docs(rel)
            except UnsafePath as err:
                report.problems.append(Problem(rel, 0, str(err), "error"))
                continue
            if isinstance(text, PageOnDisk) and rel in owned:  # ours, and as we wrote it
                new_manifest[rel] = owned[rel]
                report.unchanged += 1
                continue
            data = page_bytes(text)
            current = data if isinstance(text, PageOnDisk) else self.current_bytes(target)
            state = self.ownership(current, rel, owned, data)
            if state == "foreign":
                report.problems.append(Problem(
                    f"docs/{rel}", 0, "exists and was not written by briefing: left as it is, page not updated",
                    "error"))
                continue
            if state == "edited":
                report.problems.append(Problem(
                    f"docs/{rel}", 0, "was edited by hand since briefing wrote it: left as it is", "error"))
                new_manifest[rel] = owned[rel]
                continue
            new_manifest[rel] = digest(data)
            if current == data:
                report.unchanged += 1
            else:
                changed[rel] = data
        return changed

    @staticmethod
    def current_bytes(target: Path) -> bytes | None:
        try:
            return target.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None

    def inside_docs(self, rel: str) -> Path:
        """The file for `rel`, refused if a symbolic link on the way leads out of docs/. The
        folders are resolved once each (thousands of pages share a few)."""
        target = self.docs / safe_relative(rel)
        resolved = target.resolve() if target.is_symlink() else self.resolved_folder(target.parent) / target.name
        if self.resolved_folder(self.docs) not in resolved.parents:
            raise UnsafePath(f"{rel!r} leads out of {self.docs} through a symbolic link")
        return target

    def resolved_folder(self, folder: Path) -> Path:
        if folder not in self._resolved:
            self._resolved[folder] = folder.resolve()
        return self._resolved[folder]

    def ownership(self, current: bytes | None, rel: str, owned: dict[str, str], data: bytes) -> str:
        """"new", "ours", "edited" (ours but changed by hand) or "foreign" (never ours), from what
        the file holds now (None: no file). A file that already holds exactly what we would
        write is ours (a manifest lost in a crash)."""
        if current is None:
            return "new"
        if rel not in owned:
            return "ours" if current == data else "foreign"
        return "ours" if digest(current) == owned[rel] else "edited"

    def remove_stale(self, owned: dict[str, str], kept: dict[str, str], report: WriteReport) -> None:
        for rel, recorded in owned.items():
            if rel in kept:
                continue
            try:
                target = self.inside_docs(rel)
            except UnsafePath:
                continue
            if not target.exists():
                continue
            if digest(target.read_bytes()) != recorded:
                report.problems.append(Problem(f"docs/{rel}", 0, "no longer generated but edited by hand: kept"))
                kept[rel] = recorded
                continue
            target.unlink()
            report.deleted.append(rel)
            self.remove_empty_parents(target.parent)

    def remove_empty_parents(self, folder: Path) -> None:
        docs = self.docs.resolve()
        while folder.resolve() != docs and docs in folder.resolve().parents and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent

    def save_manifest(self, files: dict[str, str]) -> None:
        data = json.dumps({"generator": "briefing", "files": dict(sorted(files.items()))}, indent=1)
        atomic_write(self.manifest_path, data.encode("utf-8"))


def atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.briefing-tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
