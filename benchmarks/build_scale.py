"""How the build scales with the corpus (issue #18). Not a test: the numbers depend on the machine.

    .venv/bin/python benchmarks/build_scale.py --articles 1000 [--mkdocs] [--processes 2]

A synthetic corpus: paragraphs of the real texts (the seed and ../shared/corpus) shuffled, plus in
every article two or three made-up officials of made-up bodies and countries who are quoted, so
the actor directory grows with the corpus as it does in real coverage. Phases, each timed as the
user meets it (a fresh `briefing build` process, imports and model loading included):

- raw `nlp.pipe` of the spaCy model over the same texts, and our extraction stage (the model plus
  our components, and the records), with the same number of processes, and their ratio;
- a cold build; a build with nothing changed; after editing one article; after adding one;
- with --mkdocs, a first `mkdocs build`, then `mkdocs build` after adding one (the plugin
  included), as a user who built the site before meets it;
- the peak memory of any build process, and the pages in docs/.
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

from generator.reader import read_article  # noqa: E402

GIVEN = ("Amara Bao Carmen Dmitri Elif Farid Greta Hiro Ines Jonas Kofi Lena Mateo Nadia Omar Priya Quentin Rosa "
         "Sven Tariq Ulla Viktor Wen Xavier Yara Zoltan Aiko Bruno Chloe Diego").split()
FAMILY = ("Achebe Borisov Castillo Dvorak Eriksen Fontaine Gallo Haddad Ibarra Jansen Kowalski Lindqvist Moreau "
          "Nakamura Okafor Petrov Quispe Rahman Santos Takahashi Ueda Varga Wojcik Xu Yilmaz Zhou Abbasi Brandt "
          "Cerny Duarte Ekwueme Ferreira Grieg Horvat Ivanova Jovanovic Kim Laine Mensah Nowak").split()
TITLES = ("Foreign Minister", "Defence Minister", "Trade Minister", "Ambassador", "Deputy Foreign Minister",
          "spokesperson", "envoy")
BODIES = ("Institute for Maritime Security", "Council on Regional Stability", "Energy Regulatory Commission",
          "Coastal Fisheries Authority", "Centre for Arms Control Studies", "Federation of Port Workers")
COUNTRIES = ("Norway", "Chile", "Kenya", "Vietnam", "Poland", "Brazil", "Egypt", "Indonesia", "Mexico", "Turkey")
SAYINGS = ("We will not accept further tests on the peninsula", "Sanctions must be enforced by every member state",
           "Dialogue remains the only path to a lasting settlement", "Our shipping lanes must stay open",
           "The talks should resume without preconditions", "We have asked for an urgent meeting of the council")


def source_paragraphs() -> list[str]:
    paths = [REPO / "site_src" / "articles" / "us-presses-china-north-korea-sanctions.md"]
    corpus = REPO.parent / "shared" / "corpus"
    paths += sorted(corpus.glob("*_*.md")) if corpus.is_dir() else []
    paragraphs = []
    for path in paths:
        article, _ = read_article(path, path.parent)
        paragraphs += [article.body[p.start:p.end] for p in article.paragraphs if p.kind == "text"]
    return paragraphs


def quoted_official(rng: random.Random) -> str:
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    country, title = rng.choice(COUNTRIES), rng.choice(TITLES)
    if title == "spokesperson":
        who = f"a spokesperson for the {rng.choice(BODIES)}, {name},"
    else:
        who = f"{country}'s {title} {name}"
    return f"“{rng.choice(SAYINGS)},” said {who} on Tuesday. {name.split()[1]} added that the matter was urgent."


def article_text(n: int, rng: random.Random, paragraphs: list[str]) -> str:
    picked = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(5, 10)))
    picked[1:1] = [quoted_official(rng) for _ in range(rng.randint(2, 3))]
    date = f"{rng.randint(2003, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"---\ntitle: Synthetic briefing article {n}\ndate: {date}\n---\n" + "\n\n".join(picked) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"article-{n:05d}.md").write_text(article_text(n, rng, paragraphs), "utf-8")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run(label: str, command: list[str], root: Path) -> float:
    # the generator of this checkout, not whichever one the virtual environment installed
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(REPO))
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, env=env, check=True, stdout=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    print(f"{label:44} {seconds:8.1f} s   peak memory of any build so far {peak_mb():6.0f} MB", flush=True)
    for line in result.stdout.splitlines():
        if line.startswith("seconds:"):  # `briefing build --timings`: the stages
            print(f"  {line}", flush=True)
    return seconds


def extraction_against_raw_spacy(root: Path, processes: int) -> None:
    """The extraction stage against the bare model's `nlp.pipe`, same texts, same processes."""
    from generator.extract import ExtractionCache, extract_articles
    from generator.pipeline import build_pipeline, installed_model_name
    from generator.reader import read_articles
    import spacy

    articles = read_articles(root / "site_src" / "articles", root=root).articles
    texts = [a.analysable_text() for a in articles]
    raw = spacy.load(installed_model_name())
    start = time.perf_counter()
    for _ in raw.pipe(texts, n_process=processes, batch_size=16):
        pass
    raw_seconds = time.perf_counter() - start
    nlp = build_pipeline()
    start = time.perf_counter()
    extract_articles(articles, nlp, ExtractionCache(None), workers=processes)
    ours = time.perf_counter() - start
    print(f"{'raw nlp.pipe, ' + str(processes) + ' processes':44} {raw_seconds:8.1f} s")
    print(f"{'our extraction stage, ' + str(processes) + ' processes':44} {ours:8.1f} s   ratio {ours / raw_seconds:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--mkdocs", action="store_true", help="also time `mkdocs build` after adding one article")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw nlp.pipe comparison")
    parser.add_argument("--keep", type=Path, help="build the project in this new folder and keep it (to profile)")
    args = parser.parse_args()
    briefing = [sys.executable, "-m", "generator.cli", "build", "--timings"]
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        shutil.copytree(REPO / "site_src", root / "site_src", ignore=shutil.ignore_patterns("articles"))
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        (root / "docs").mkdir()
        shutil.copy(REPO / "docs" / "about.md", root / "docs" / "about.md")
        write_corpus(root / "site_src" / "articles", args.articles)
        print(f"{args.articles} synthetic articles, {args.processes} processes")
        if not args.no_raw:
            extraction_against_raw_spacy(root, args.processes)
        run("cold build", briefing, root)
        pages = sum(1 for p in (root / "docs").rglob("*.md"))
        print(f"  {pages} Markdown pages in docs/")
        run("build, nothing changed", briefing, root)
        edited = root / "site_src" / "articles" / "article-00000.md"
        edited.write_text(edited.read_text("utf-8") + "\nThe minister said the talks would resume.\n", "utf-8")
        run("build after editing one article", briefing, root)
        rng = random.Random(99)
        (root / "site_src" / "articles" / "added-1.md").write_text(
            article_text(args.articles, rng, source_paragraphs()), "utf-8")
        run("build after adding one article", briefing, root)
        if args.mkdocs:
            mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
            run("mkdocs build, the first", mkdocs, root)  # a user rebuilds a site they built before
            (root / "site_src" / "articles" / "added-2.md").write_text(
                article_text(args.articles + 1, rng, source_paragraphs()), "utf-8")
            run("mkdocs build after adding one (plugin incl.)", mkdocs, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
