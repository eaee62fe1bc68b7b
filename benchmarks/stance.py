"""Stance on the briefing's topics (issue #19), against the hand-labelled test set in
tests/data/stance: 78 statements and quotations of the six parties from the North Korea
briefing's own documents, sampled by topic (seeded) and labelled by hand before the rules were
tuned (supports, opposes, conditional, or none where the words do not make a stance plain).

    .venv/bin/python benchmarks/stance.py [--verbose] [--set heldout]

`--set heldout` scores the second set (tests/data/stance/heldout): 67 more statements, sampled
with another seed from those not in the first, labelled by another helper, and scored once, blind,
after the rules were final (session 10). No rule has been fitted to it.

`--set third` scores the third set (tests/data/stance/third): 60 more, sampled in session 29 with
another seed from those in neither, labelled by a third helper who never saw the rules' labels,
and scored blind once before its errors were read (then 12 of 15 labels right, 0.800).
`--set fourth` (tests/data/stance/fourth): 60 more, of any speaker, not only the six parties,
sampled and labelled the same way once the rules the third set led to were written, and scored
blind once (15 of 17 right, 0.882) before its errors were read. `--set fifth`
(tests/data/stance/fifth): 60 more of any speaker, scored blind once on the session's rules but
the last (9 of 11 right, 0.818). `--set sixth` (tests/data/stance/sixth): 60 more, scored blind once
on the session's final rules (9 of 9 right, 9 of 47 stances found).

Precision is over the items the rules label (a label on a "none" item is wrong); coverage is the
share of the items with a gold label that the rules label at all.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path


REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.build import site_info  # noqa: E402
from generator.positions import topic_patterns, unit_stance  # noqa: E402

DATA = REPO / "tests" / "data" / "stance"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(verbose: bool = False, folder: Path = DATA) -> dict[str, float]:
    info = site_info(REPO / "site_src", [])  # the topics, positions and subject, as a build reads them
    patterns, subject = topic_patterns(info.position_topics), info.subject
    gold = {row["item"]: row["label"] for row in read_tsv(folder / "gold.tsv")}
    confusion: Counter = Counter()
    for item in read_tsv(folder / "items.tsv"):
        ours, cue, sentence = unit_stance(item["text"], patterns[item["topic"]], subject)
        truth = gold[item["item"]]
        confusion[(truth, ours or "none")] += 1
        if verbose and (ours or "none") != truth:
            print(f"{item['item']}: gold {truth}, ours {ours or 'none'} ({cue}) | {sentence[:200]}")
    labelled = sum(n for (truth, ours), n in confusion.items() if ours != "none")
    right = sum(n for (truth, ours), n in confusion.items() if ours != "none" and ours == truth)
    stanced = sum(n for (truth, ours), n in confusion.items() if truth != "none")
    found = sum(n for (truth, ours), n in confusion.items() if truth != "none" and ours == truth)
    return {"items": sum(confusion.values()), "labelled": labelled, "right": right,
            "precision": right / labelled if labelled else 0.0, "gold_stances": stanced,
            "coverage": found / stanced if stanced else 0.0, "confusion": confusion}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every item the rules get wrong")
    parser.add_argument("--set", choices=["test", "heldout", "third", "fourth", "fifth", "sixth"], default="test", help="which hand-labelled set")
    args = parser.parse_args()
    result = score(args.verbose, DATA if args.set == "test" else DATA / args.set)
    print(f"{result['items']} items; labelled {result['labelled']}, right {result['right']}: "
          f"precision {result['precision']:.3f}")
    print(f"gold stances {result['gold_stances']}, found right {result['coverage']:.3f} of them")
    for (truth, ours), n in sorted(result["confusion"].items()):
        print(f"  gold {truth:12} ours {ours:12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
