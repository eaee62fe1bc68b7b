"""One entry per real event: how many timeline entries of the built briefing are still one event
told twice, by the groups readers found by hand (`same_events/review-*.json`).

Each review was made by a helper who read every entry of the combined timeline of one build and
grouped the entries that report the same occurrence (only where the words show it), and checked
every report already merged for a wrong merge:
- review-1: the 895 entries of a build early in session 11; review-2: 806, later in it; review-3:
  the 808 of the session's last build (after its last rule);
- review-4: the 726 of a build of session 15 (`7ca0e03`, after its rules);
- review-5: the 686 of a build of session 18 (`d07090b`, after its first rules; 2 wrong merges of 128);
- review-6: the 687 of `b8496d7` (read blind: 96 too many; 1 wrong merge of 127);
- review-7: the 682 of `a79fb7e` (the final code of session 18, read blind: 90 too many; 1 wrong
  merge of 132);
- review-8: the 680 of `e01fc89` (session 19, read blind: 86 too many; 2 wrong merges of 133);
- review-9: the 680 of `7591960` (session 19's final merge rules, read blind by another helper: 86
  too many; 1 wrong merge of 133);
- review-10: the 682 of `6fbd6e2` (session 20: documents dated by a first possible day read over
  their window of days; read blind: 85 too many; no wrong merge of 133);
- review-11: the 637 of `056f870` (session 21, read blind by another helper: 94 too many; no wrong
  merge of 132);
- review-12: the 633 of `a5a3f09` (session 23, read blind by another helper: 84 too many; no wrong
  merge of 135);
- review-13: the 629 of `2694af2` (session 24, read blind by another helper: 78 too many; no wrong
  merge of 139);
- review-14: the 625 of `7081247` (session 25, with the curated timelines of the nuclear tests and
  long-range launches and of the inter-Korean summits; read blind by another helper: 83 too many; no
  wrong merge of 160);
- review-15: the 620 of `30f7574` (session 25's final code: leads dated over their publication day
  and the two before, a briefing's opening turns no longer leads; read blind by a new helper: 81 too
  many; no wrong merge of 160);
- review-16: the 617 of `913b4e3` (session 26; read blind by a new helper, who grouped more freely
  than those before: 95 too many; no wrong merge of 161);
- review-17: the 615 of `8b68123` (session 26's final code, read blind by another new helper: 88 too
  many; 1 wrong merge of 161, a reaction of the same day);
- review-18: the 531 of `5afc965` (session 30, after dates that place no occurrence stopped making
  entries; read blind by another new helper: 76 too many; 1 wrong merge of 153, the same reaction);
- review-19: the 510 of `68b5c5e` (session 30's final code, read blind by another new helper: 69 too
  many; no wrong merge of 154);
- review-20: the 481 of `38ca5d2` (session 31, after more dates that place no occurrence stopped
  making entries; read blind by another new helper: 66 too many; no wrong merge of 148);
- review-21: the same 481, read blind by a second new helper: 65 too many; no wrong merge of 148;
- review-22: the 476 of `ec54cb0` (session 32, after an act told by pointing back at it joined the
  curated entry of its week; read blind by another new helper: 52 too many; 1 wrong merge of 148,
  the United States welcoming North Korea's announcement of 29 February 2012, merged since session 18
  and no earlier reader's objection);
- review-23: the 469 of `6e2ad1a` (session 32's final code, read blind by another new helper: 51 too
  many; the same 1 wrong merge of 150);
- review-24: the 509 of `25dd03c` (session 33, after that wrong merge was undone) with the seven
  SocialistWorker.org articles of ../shared/corpus added, held out (CC BY-NC-ND: their entries are
  left out of the file, and groups left with one entry dropped); read blind by another new helper:
  75 too many in all, 19 of them in groups holding those articles' entries; no wrong merge of 59;
- review-25: the 467 of `fc78682` (session 33's final code, read blind by another new helper: 58 too
  many; no wrong merge of 152 reports under 60 entries).

This script finds each group's entries in `docs/data/briefing.json` (by document, date words and
sentence: ids change between builds) and counts the surplus: in each group, the entries that are
still entries of their own, less one. Entries merged since, or no longer events, leave their group;
duplicates that appeared after a review are not seen (read the timeline again for those). Once
rules are fitted to a review's groups, its figure is a development check, not a held-aside one.

    .venv/bin/python benchmarks/same_events.py [--kb docs/data/briefing.json] [--verbose]
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEWS = sorted((Path(__file__).parent / "same_events").glob("review-*.json"), key=lambda p: int(p.stem.split("-")[1]))


def key(entry: dict) -> tuple:
    return entry["article"], entry["expression"], entry["text"]


def entry_ids(kb: dict) -> dict:
    """Each entry's id by its key and, where its sentence makes one entry only, by (document,
    sentence) too: a date expression read otherwise since the review ("the summer of 2005" now "the
    summer of 2005 into autumn") still finds its entry."""
    entries = {key(e): e["id"] for e in kb["events"]}
    by_sentence = collections.defaultdict(list)
    for e in kb["events"]:
        by_sentence[(e["article"], e["text"])].append(e["id"])
    entries.update(((article, None, text), ids[0]) for (article, text), ids in by_sentence.items() if len(ids) == 1)
    return entries


def found(entries: dict, entry: dict):
    return entries.get(key(entry)) or entries.get((entry["article"], None, entry["text"]))


def surplus(review: dict, kb: dict) -> tuple[int, collections.Counter, list]:
    entries = entry_ids(kb)
    total, by_class, left = 0, collections.Counter(), []
    for group in review["groups"]:
        still = {found(entries, e) for e in group["entries"]} - {None}
        extra = max(0, len(still) - 1)
        total += extra
        by_class[group["class"]] += extra
        if extra:
            left.append((extra, group["event"]))
    return total, by_class, sorted(left, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=Path, default=ROOT / "docs" / "data" / "briefing.json")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    kb = json.loads(args.kb.read_text("utf-8"))
    print(f"{len(kb['events'])} timeline entries in {args.kb}")
    for path in REVIEWS:
        review = json.loads(path.read_text("utf-8"))
        found = sum(len(g["entries"]) - 1 for g in review["groups"])
        now, by_class, left = surplus(review, kb)
        print(f"{path.stem}: {len(review['groups'])} groups on {review['entries']} entries, {found} entries too many "
              f"then; {now} now ({', '.join(f'{c} {n}' for c, n in by_class.most_common())})")
        for extra, event in left if args.verbose else []:
            print(f"  +{extra} {event}")


if __name__ == "__main__":
    main()
