"""Timeline entries that are events: does each dated sentence the timelines list tell of something
that happened (or is to happen) at its date, and what does the filter of `generator/dated_events.py`
keep of the ones that do?

    .venv/bin/python benchmarks/dated_events.py [--set A|B|C|D|E|F|G …] [--kb docs/data/briefing.json]

Each set in `dated_events/labels-*.tsv` holds sentences that were timeline entries of the North
Korea briefing or of PolNeAR campaign news (2016-01-01 – 04-15 and 07-01 – 11-15), labelled by a
helper who saw only the sentence, its date words, the date they were read as and the publication
date: E (an event at that date), W (an event, wrongly dated), N (no occurrence at that date: a
state, a stretch of time, a condition, an anniversary …), ? (cannot tell). Sets A and B were drawn
from the entries of session 30's starting code, before the filter was written; sets C (midway), D
and E (late in the session, each scored once, blind) from the entries the code of their moment keeps
and from those it no longer makes, mixed so the labeller could not tell them apart. Set F (session
31, labelled blind after its rules were written) holds entries of that session's final code (70 of
the North Korea briefing not in A–E, 70 of PolNeAR) and every sentence that session's rules took
off; set G (session 32) likewise, the entries of its final code (70 of the North Korea briefing not in
A–F, 70 of PolNeAR) and every sentence its rules took off. The sentences are kept as digests, with
their document and date words: the PolNeAR corpus is not ours to copy.

For every set the script counts, by domain, the labelled sentences that are still entries (or
reports merged into one) on the current code, and those that are gone, and prints the share of
non-events among those kept. The North Korea entries are read from the built `briefing.json`; the
PolNeAR ones from a knowledge base built as `polnear_events.py` builds it (skipped when
../shared/eval/polnear is absent).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from polnear_events import DEFAULT_DATA, extractions, read_articles  # noqa: E402

LABELS = Path(__file__).parent / "dated_events"
POLNEAR_WINDOWS = (("2016-01-01", "2016-04-15"), ("2016-07-01", "2016-11-15"))
Key = tuple[str, str, str]


def digest(text: str) -> str:
    return hashlib.sha1(text.replace("\t", " ").replace("\n", " ").encode()).hexdigest()[:16]


def briefing_entries(path: Path) -> set[Key]:
    """Every dated sentence of the built briefing's timelines: its entries and the reports merged into them."""
    kb = json.loads(path.read_text(encoding="utf-8"))
    told = list(kb["events"]) + list(kb["reports"])
    return {(e["article"], e["expression"], digest(e["text"])) for e in told if e.get("article")}


def polnear_entries(data: Path) -> set[Key]:
    from generator.knowledge import build_knowledge_base
    from generator.model import CuratedData

    found: set[Key] = set()
    for first, last in POLNEAR_WINDOWS:
        articles = read_articles(data, first, last)
        kb = build_knowledge_base(articles, extractions(articles), CuratedData())
        found |= {(e.article, e.expression, digest(e.text)) for e in [*kb.events, *kb.reports.values()]}
    return found


def score(rows: list[dict], entries: dict[str, set[Key]]) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        if row["domain"] not in entries:
            continue
        kept = (row["article"], row["expression"], row["sentence_sha1"]) in entries[row["domain"]]
        counts[(row["domain"], row["label"], "kept" if kept else "gone")] += 1
    return counts


def report(name: str, counts: Counter) -> None:
    for domain in sorted({d for d, _, _ in counts}):
        cells = "  ".join(f"{label}: {counts[(domain, label, 'kept')]} kept, {counts[(domain, label, 'gone')]} gone"
                          for label in "EWN?" if counts[(domain, label, "kept")] + counts[(domain, label, "gone")])
        print(f"set {name} {domain:8} {cells}")
    kept = sum(n for (_, label, status), n in counts.items() if status == "kept" and label in "EWN")
    not_events = sum(n for (_, label, status), n in counts.items() if status == "kept" and label == "N")
    events_gone = sum(n for (_, label, status), n in counts.items() if status == "gone" and label in "EW")
    print(f"set {name}: no event among the entries kept {not_events} of {kept} "
          f"({not_events / max(kept, 1):.3f}); events gone {events_gone}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = sorted(path.stem.removeprefix("labels-") for path in LABELS.glob("labels-*.tsv"))
    parser.add_argument("--set", dest="sets", action="append", choices=sets)
    parser.add_argument("--kb", type=Path, default=ROOT / "docs" / "data" / "briefing.json")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    entries = {"nk": briefing_entries(args.kb)}
    if (args.data / "metadata.tsv").exists():
        entries["polnear"] = polnear_entries(args.data)
    else:
        print(f"PolNeAR not found at {args.data}: its rows are skipped")
    for name in args.sets or sets:
        path = LABELS / f"labels-{name}.tsv"
        report(name, score(list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")), entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
