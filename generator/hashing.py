"""Hashes the stages key on: the code (the build stamp and the extraction cache), and texts (the
record of what a build published, MkDocs' page cache). A module of its own so that the extraction
stage need not import the build's stamp (nor, through it, the writer)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable


def hash_files(digest: "hashlib._Hash", root: Path, entries: Iterable[Path], suffixes: tuple[str, ...]) -> None:
    """Each file of `entries` (files, or folders read whole) with one of `suffixes`: its path from
    `root` and its bytes. The code a build or an extraction depends on, as a hash."""
    for entry in entries:
        for file in sorted(entry.rglob("*")) if entry.is_dir() else [entry]:
            if file.is_file() and file.suffix in suffixes:
                digest.update(file.relative_to(root).as_posix().encode())
                digest.update(file.read_bytes())


PACKAGE = Path(__file__).resolve().parent


def hash_package(digest: "hashlib._Hash", suffixes: tuple[str, ...], package: Path = PACKAGE) -> None:
    """Our code and data, each file of the package with one of `suffixes`. The templates folder
    is named apart: in a checkout it is a link (generator/templates -> ../templates), which rglob
    does not enter."""
    hash_files(digest, package, [package, package / "templates"], suffixes)


def text_digest(*parts: object, length: int = 40) -> str:
    """A hash of some values as text, kept apart so that ("ab", "c") is not ("a", "bc")."""
    joined = "\x1f".join(str(part) for part in parts)
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[:length]
