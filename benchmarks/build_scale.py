"""How the build scales with the corpus: synthetic articles made by reshuffling the paragraphs of
the real ones (../shared/corpus and the seed), built cold, then again from the cache, then by MkDocs.

    .venv/bin/python benchmarks/build_scale.py --articles 500 [--mkdocs]

Prints the seconds and the peak memory of each phase. Not a test: the numbers depend on the machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.build import BuildConfig, build  # noqa: E402
from generator.reader import read_article  # noqa: E402


def source_paragraphs() -> list[str]:
    paths = [REPO / "site_src" / "articles" / "us-presses-china-north-korea-sanctions.md"]
    corpus = REPO.parent / "shared" / "corpus"
    paths += sorted(corpus.glob("*_*.md")) if corpus.is_dir() else []
    paragraphs = []
    for path in paths:
        article, _ = read_article(path, path.parent)
        paragraphs += [article.body[p.start:p.end] for p in article.paragraphs if p.kind == "text"]
    return paragraphs


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        picked = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 14)))
        date = f"{rng.randint(2003, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"---\ntitle: Synthetic briefing article {n}\ndate: {date}\n---\n" + "\n\n".join(picked) + "\n"
        (folder / f"article-{n:05d}.md").write_text(text, "utf-8")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, action) -> object:
    start = time.perf_counter()
    result = action()
    print(f"{label:32} {time.perf_counter() - start:8.1f} s   peak memory {peak_mb():7.0f} MB", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--mkdocs", action="store_true", help="also time `mkdocs build` of the result")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in ("templates",):
            shutil.copytree(REPO / name, root / name)
        shutil.copytree(REPO / "site_src", root / "site_src", ignore=shutil.ignore_patterns("articles"))
        shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns(
            "actors", "quotes", "timelines", "articles", "data", "index.md", "tags.md", ".briefing*"))
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        (root / "generator").symlink_to(REPO / "generator")
        write_corpus(root / "site_src" / "articles", args.articles)
        config = BuildConfig(root=root)
        report = timed(f"cold build, {args.articles} articles", lambda: build(config))
        kb = report.kb
        print(f"  {len(kb.articles)} articles, {len(kb.actors)} actors, {len(kb.quotes)} quotes, "
              f"{len(kb.events)} events, {len(report.written.written)} pages written")
        report = timed("rebuild from the cache", lambda: build(config))
        print(f"  {len(report.written.written)} pages written, {report.written.unchanged} unchanged")
        if args.mkdocs:
            timed("mkdocs build (hook included)", lambda: subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=root, check=True,
                env=dict(os.environ, NO_MKDOCS_2_WARNING="1")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
