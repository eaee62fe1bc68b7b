"""One entry per event on news nobody tuned the rules to: PolNeAR's 2016 campaign articles.

    .venv/bin/python benchmarks/polnear_events.py [--from 2016-07-01] [--to 2016-11-15]
        [--window 2016-07-01 2016-09-30] [--export DIR] [--review FILE] [--verbose]

Builds a knowledge base of the PolNeAR articles (train and dev) published between --from and
--to, as a briefing would (extraction, merge; no curated data), and prints how many timeline
entries it made and how many reports it merged into them (--verbose: every merged group).
`--export DIR` writes the entries dated within --window for a reader (DIR/timeline.txt, each
entry numbered E1…, its merged reports E1.R1…; DIR/keys.json maps the numbers to entries by
article, date expression and sentence offset, not by text: the corpus is not ours to copy).
`--review FILE` counts, for a reader's groups of entries that tell one event (`same_events/
polnear-review-*.json`, in those keys), how many still stand apart. Data: ../shared/eval/polnear;
skipped when absent. Extraction takes about a second an article; records are kept in
.cache/polnear-events so that a second run only merges.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from polnear import DEFAULT_DATA, mask_markup  # noqa: E402  (the quote benchmark reads the corpus the same way)

CACHE = ROOT / ".cache" / "polnear-events"


def read_articles(data: Path, first: str, last: str) -> list:
    from generator.model import Article
    from generator.reader import split_paragraphs

    articles = []
    with open(data / "metadata.tsv", encoding="utf-8") as table:
        rows = sorted(csv.DictReader(table, delimiter="\t"), key=lambda r: (r["publication_date"], r["filename"]))
    for row in rows:
        path = data / row["compartment"] / "text" / f"{row['filename']}.txt"
        if not (first <= row["publication_date"] <= last) or not path.exists():
            continue
        body = mask_markup(path.read_text(encoding="utf-8"))
        article = Article(id=row["filename"], path=path.name, title=row["title"], body=body,
                          date=dt.date.fromisoformat(row["publication_date"]))
        article.paragraphs = split_paragraphs(body, article.title)
        articles.append(article)
    return articles


def extractions(articles: list) -> list:
    from generator.extract import code_fingerprint, extract_one

    CACHE.mkdir(parents=True, exist_ok=True)
    store = CACHE / f"records-{code_fingerprint()}.pickle"
    records = pickle.loads(store.read_bytes()) if store.exists() else {}
    nlp = None
    for article in articles:
        if article.id not in records:
            if nlp is None:
                from generator.pipeline import build_pipeline
                nlp = build_pipeline()
            records[article.id] = extract_one(article, nlp)
    store.write_bytes(pickle.dumps(records))
    return [records[a.id] for a in articles]


def key(event) -> str:
    return f"{event.article}|{event.expression}|{event.start}"


def export(kb, articles: list, window: tuple[str, str], folder: Path) -> None:
    titles = {a.id: f"{a.title} ({a.date})" for a in articles}
    chosen = sorted((e for e in kb.events if window[0] <= e.date_start[:10] and e.date_end[:10] <= window[1] + "~"),
                    key=lambda e: (e.date_start, e.date_end, e.id))
    lines, keys = [], {}
    for n, entry in enumerate(chosen, 1):
        keys[f"E{n}"] = key(entry)
        lines.append(f"E{n} | {dates(entry)} | {titles[entry.article]} | date words: {entry.expression!r}\n    {entry.text}")
        for m, report in enumerate((kb.reports[i] for i in entry.also_reported), 1):
            keys[f"E{n}.R{m}"] = key(report)
            lines.append(f"    E{n}.R{m} (merged into E{n}) | {dates(report)} | {titles[report.article]} | "
                         f"date words: {report.expression!r}\n        {report.text}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timeline.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "keys.json").write_text(json.dumps(keys, indent=0), encoding="utf-8")
    print(f"{len(chosen)} entries dated {window[0]} to {window[1]} written to {folder}")


def dates(event) -> str:
    return event.date_start if event.date_start == event.date_end else f"{event.date_start} .. {event.date_end}"


def still_apart(kb, review: dict) -> int:
    """The review's groups: in each, the entries that are still entries of their own, less one."""
    entry_of = {key(e): e.id for e in kb.events}
    entry_of.update((key(r), entry.id) for entry in kb.events for r in (kb.reports[i] for i in entry.also_reported))
    return sum(max(0, len({entry_of[k] for k in group["entries"] if k in entry_of}) - 1) for group in review["groups"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="first", default="2016-07-01")
    parser.add_argument("--to", dest="last", default="2016-11-15")
    parser.add_argument("--window", nargs=2, default=("2016-07-01", "2016-09-30"))
    parser.add_argument("--export", type=Path)
    parser.add_argument("--review", type=Path, action="append", default=[])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not (args.data / "metadata.tsv").exists():
        print(f"PolNeAR not found at {args.data}: skipped")
        return 0
    from generator.knowledge import build_knowledge_base
    from generator.model import CuratedData

    articles = read_articles(args.data, args.first, args.last)
    kb = build_knowledge_base(articles, extractions(articles), CuratedData())
    print(f"{len(articles)} articles published {args.first} to {args.last}: {len(kb.events)} entries, "
          f"{len(kb.reports)} reports merged into them")
    for entry in (e for e in kb.events if e.also_reported and args.verbose):
        print(f"  {dates(entry)}: {entry.text[:150]}")
        for report in (kb.reports[i] for i in entry.also_reported):
            print(f"    + {dates(report)}: {report.text[:150]}")
    if args.export:
        export(kb, articles, tuple(args.window), args.export)
    for path in args.review:
        review = json.loads(path.read_text(encoding="utf-8"))
        found = sum(len(g["entries"]) - 1 for g in review["groups"])
        print(f"{path.stem}: {len(review['groups'])} groups on {review['entries']} entries, {found} entries too "
              f"many then; {still_apart(kb, review)} now")
    return 0


if __name__ == "__main__":
    sys.exit(main())
