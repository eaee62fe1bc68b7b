"""Our quotation finder beside textacy's `direct_quotations`, on the seed article and ../shared/corpus.

    python benchmarks/quotes_vs_textacy.py [--corpus PATH] [--json]

Both read the same spaCy Doc: our pipeline runs once per article and textacy's rules run on its
parse, so the differences are the quotation rules, not the model. textacy is optional: when it is
not installed (pip install "textacy>=0.13,<0.14") its columns say so and ours are still printed.

Per article: quotations found (ours: direct + partial; indirect ones are counted apart, textacy has
none), quotations with a speaker (ours: any words naming one; textacy yields only quotations it can
attribute, so for it found = with a speaker), speakers that are only a pronoun (ours: a pronoun we
did not resolve to an actor; textacy never resolves, so any pronoun speaker), and whether textacy
failed on the article (it refuses a text with an odd number of quote marks).

On the seed, both are scored against ../shared/seed/*.gold.json the way ../shared/eval/score.py
scores quotations: a found quotation matches a gold one at token F1 >= 0.6, one-to-one; its speaker
is right when it names the gold speaker's full name (ours: the resolved actor; textacy: the words
of its speaker span). Gold items marked optional are neither needed nor counted as extras.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
SEED_ARTICLE = ROOT / "site_src" / "articles" / "us-presses-china-north-korea-sanctions.md"
SEED_GOLD = SHARED / "seed" / "us-presses-china-north-korea-sanctions.gold.json"
QUOTE_MATCH = 0.6
PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us"}
QUOTE_MARKS = "“”\"‘’'„«» "


@dataclass
class Found:
    """One quotation, reduced to what both tools can give: its words and its speaker."""

    text: str
    speaker_words: str = ""  # the words naming the speaker in the text ("he", "Wang Yi")
    speaker_name: str = ""  # the resolved actor (ours only)


@dataclass
class Side:
    found: list[Found] = field(default_factory=list)
    indirect: int = 0
    failed: str = ""  # why the tool gave up on the article
    seconds: float = 0.0

    def counts(self) -> dict:
        with_speaker = [f for f in self.found if f.speaker_words or f.speaker_name]
        pronoun_only = [f for f in with_speaker if not f.speaker_name and f.speaker_words.lower() in PRONOUNS]
        return {"found": len(self.found), "with speaker": len(with_speaker),
                "pronoun only": len(pronoun_only), "indirect": self.indirect, "failed": self.failed,
                "seconds": round(self.seconds, 3)}


# --- running the two tools ---------------------------------------------------------------------


def load_textacy():
    """textacy's direct_quotations, or the reason it cannot be used."""
    try:
        from textacy.extract.triples import direct_quotations
    except Exception as err:  # noqa: BLE001 - an import failure of any kind means "unavailable"
        return None, f"{type(err).__name__}: {err}"
    return direct_quotations, ""


def run_ours(article, nlp) -> tuple[Side, object]:
    """Our pipeline (as generator.extract.extract_one does it), keeping the Doc for textacy."""
    from generator.extract import make_doc, record_from_doc

    began = time.perf_counter()
    doc = make_doc(nlp, article)
    for _, component in nlp.pipeline:
        doc = component(doc)
    record = record_from_doc(article, doc)
    side = Side(seconds=time.perf_counter() - began)
    for quote in record.quotes:
        if quote.kind == "indirect":
            side.indirect += 1
        else:
            side.found.append(Found(quote.text, quote.speaker_text or "", quote.speaker or ""))
    return side, doc


def run_textacy(doc, direct_quotations) -> Side:
    side = Side()
    began = time.perf_counter()
    try:
        for speaker, _cue, content in direct_quotations(doc):
            words = " ".join(t.text for t in speaker)
            side.found.append(Found(" ".join(t.text for t in content).strip(QUOTE_MARKS), words))
    except Exception as err:  # noqa: BLE001 - textacy raises ValueError on odd quote marks; report any
        side.failed = f"{type(err).__name__}: {str(err).split(',')[0][:60]}"
    side.seconds = time.perf_counter() - began
    return side


# --- scoring against the seed's gold -------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1, as ../shared/eval/score.py computes it."""
    ta, pool = tokens(a), tokens(b)
    if not ta or not pool:
        return 0.0
    total_b, common = len(pool), 0
    for token in ta:
        if token in pool:
            pool.remove(token)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(ta), common / total_b
    return 2 * precision * recall / (precision + recall)


def names(person: str, found: Found) -> bool:
    """Our resolved actor is the gold speaker, or the speaker's words contain the full name."""
    wanted = " ".join(tokens(person))
    if found.speaker_name and " ".join(tokens(found.speaker_name)) == wanted:
        return True
    return re.search(rf"\b{re.escape(wanted)}\b", " ".join(tokens(found.speaker_words))) is not None


def score_seed(side: Side, gold: list[dict]) -> dict:
    pairs = sorted(((token_f1(g["text"], f.text), gi, fi) for gi, g in enumerate(gold)
                    for fi, f in enumerate(side.found)), reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for score, gi, fi in pairs:
        if score >= QUOTE_MATCH and gi not in matched and fi not in used:
            matched[gi] = fi
            used.add(fi)
    required = [gi for gi, g in enumerate(gold) if not g.get("optional")]
    found = [gi for gi in required if gi in matched]
    attributed = [gi for gi in found if names(gold[gi]["speaker"], side.found[matched[gi]])]
    optional_hits = {matched[gi] for gi, g in enumerate(gold) if g.get("optional") and gi in matched}
    extras = [f.text for fi, f in enumerate(side.found) if fi not in used and fi not in optional_hits]
    wrong = [f"{gold[gi]['text'][:40]!r}: gold {gold[gi]['speaker']}, "
             f"got {side.found[matched[gi]].speaker_name or side.found[matched[gi]].speaker_words or None}"
             for gi in found if gi not in attributed]
    return {"required": len(required), "found": len(found), "attributed": len(attributed), "wrong speakers": wrong,
            "extras": len(extras), "missed": [gold[gi]["text"][:60] for gi in required if gi not in matched],
            "extra texts": [t[:60] for t in extras]}


# --- main ----------------------------------------------------------------------------------------


def article_paths(corpus: Path) -> list[Path]:
    paths = [SEED_ARTICLE] if SEED_ARTICLE.exists() else []
    if corpus.is_dir():
        paths += sorted(p for p in corpus.glob("*.md") if p.name.lower() != "readme.md")
    return paths


def compare(paths: list[Path], nlp, direct_quotations) -> list[dict]:
    from generator.reader import read_article

    rows = []
    for path in paths:
        article, _ = read_article(path, path.parent)
        ours, doc = run_ours(article, nlp)
        theirs = run_textacy(doc, direct_quotations) if direct_quotations else None
        row = {"article": path.stem, "ours": ours.counts(), "ours side": ours,
               "textacy": theirs.counts() if theirs else None, "textacy side": theirs}
        rows.append(row)
    return rows


def print_table(rows: list[dict], textacy_problem: str) -> None:
    print(f"{'article':58} | {'ours: found':>11} {'spk':>4} {'pron':>4} {'indir':>5} | "
          f"{'textacy: found':>14} {'pron':>4}  failed")
    totals = {"ours": [0, 0, 0, 0], "textacy": [0, 0, 0]}
    failures = 0
    for row in rows:
        o, t = row["ours"], row["textacy"]
        ours_cells = f"{o['found']:11} {o['with speaker']:4} {o['pronoun only']:4} {o['indirect']:5}"
        for i, key in enumerate(("found", "with speaker", "pronoun only", "indirect")):
            totals["ours"][i] += o[key]
        if t is None:
            theirs_cells = f"{'unavailable':>14} {'':>4}  -"
        else:
            theirs_cells = f"{t['found']:14} {t['pronoun only']:4}  {t['failed'] or 'no'}"
            totals["textacy"][0] += t["found"]
            totals["textacy"][1] += t["pronoun only"]
            failures += bool(t["failed"])
        print(f"{row['article'][:58]:58} | {ours_cells} | {theirs_cells}")
    o = totals["ours"]
    textacy_total = (f"{totals['textacy'][0]:14} {totals['textacy'][1]:4}  {failures} of {len(rows)} failed"
                     if not textacy_problem else f"{'unavailable':>14}")
    print(f"{'total (' + str(len(rows)) + ' articles)':58} | {o[0]:11} {o[1]:4} {o[2]:4} {o[3]:5} | {textacy_total}")
    print("(ours: found = direct + partial, spk = with a speaker, pron = speaker only an unresolved pronoun, "
          "indir = indirect;\n textacy yields only quotations it attributes, so its found = with a speaker)")
    if textacy_problem:
        print(f"\ntextacy unavailable: {textacy_problem}")


def print_seed(seed: dict) -> None:
    print(f"\nseed article against {SEED_GOLD.name} ({seed['ours']['required']} required quotations):")
    for tool in ("ours", "textacy"):
        result = seed.get(tool)
        if result is None:
            print(f"  {tool:8} unavailable")
            continue
        print(f"  {tool:8} found {result['found']}/{result['required']}, attributed {result['attributed']}/"
              f"{result['required']}, extras {result['extras']}")
        for text in result["missed"]:
            print(f"           missed: {text!r}")
        for text in result["wrong speakers"]:
            print(f"           speaker not named: {text}")
        for text in result["extra texts"]:
            print(f"           extra:  {text!r}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    from generator.pipeline import build_pipeline

    direct_quotations, textacy_problem = load_textacy()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: comparing on the seed article alone", file=sys.stderr)
    rows = compare(article_paths(args.corpus), build_pipeline(), direct_quotations)
    seed = {}
    seed_row = next((r for r in rows if r["article"] == SEED_ARTICLE.stem), None)
    if seed_row and SEED_GOLD.exists():
        gold = json.loads(SEED_GOLD.read_text("utf-8"))["quotes"]
        seed["ours"] = score_seed(seed_row["ours side"], gold)
        seed["textacy"] = score_seed(seed_row["textacy side"], gold) if seed_row["textacy side"] else None
    if args.json:
        plain = [{k: v for k, v in r.items() if not k.endswith(" side")} for r in rows]
        print(json.dumps({"textacy": textacy_problem or "available", "articles": plain, "seed": seed},
                         indent=2, ensure_ascii=False))
        return 0
    print_table(rows, textacy_problem)
    if seed:
        print_seed(seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
