"""Score the `briefing_quotes` component on PolNeAR (Political News Attribution Relations).

    python benchmarks/polnear.py [--split dev|train] [--limit N] [--verbose] [--json] [--data PATH]

Data: ../shared/eval/polnear relative to the repository root (brat standoff, one .ann file per
article and annotator; we read the alphabetically first annotator's file). metadata.tsv gives
each article's title (so the reader marks the headline) and publication date.

What is scored, and how (the choices are ours: PolNeAR does not define these tasks):

* Gold units. Each attribution's Content may be split into pieces. A piece wrapped in quote marks
  (“…”, "…", ‘…’, allowing punctuation and spaces between the marks and the span, and the
  newspaper convention of a quote running over paragraphs) is a unit of its own, because we find
  one quote per pair of marks. Consecutive unquoted pieces of one attribution form one unit.
  Attributions in the headline or in scraped debris are not scored: the pipeline skips those
  paragraphs by design.
* Direct quotes: gold units wrapped in quote marks, against our quotes of kind direct + partial.
* All attributions: gold units of attributions whose cue is speech-like (see BELIEF_CUES: beliefs,
  feelings, intentions and perceptions are left out), against all our quotes.
* Matching: word-position F1 >= 0.6 (the words two spans share, by their offsets in the text),
  one-to-one, best pairs first. An unmatched quote of ours that lies mostly (>= half its words)
  inside some gold Content span is "nested", not an extra: it is speech, only cut differently
  (a partial quote inside a reported clause, a quote inside an attribution PolNeAR counts as a
  belief). Precision counts extras only.
* Speakers, over matched pairs whose gold attribution has a Source span. Ours is right when
  (1) our `speaker_text`, found in the quote's frame, overlaps the gold Source span; or
  (2) a mention of our resolved actor overlaps the gold Source span; or
  (3) the last word of our resolved actor's name (the surname) occurs in the gold Source text or,
      when the gold Source is a pronoun, in its antecedent: the nearest preceding gold Source of
      the same article that names someone (has a capitalised word other than a determiner).
  This lenient figure ("speakers right") counts "he" as right whatever actor it reached.
* Resolved to the right actor (the headline figure, dev split): `dev/speakers/NAME.tsv` gives, for
  each gold Source span, the fullest name of its referent in the article, or `-` when the article
  never names it. Over the same matched pairs, ours is right when
  - the gold name is `-` and we name no actor but did find the words of the source (an unnamed
    source left unnamed on purpose: "a senior official", "critics"); or
  - our actor is a person whose canonical name has the gold name's surname and a compatible first
    name (the same, an initial of it, or absent on one side; a surname alone is right only if no
    other person of the article's gold names shares it); or
  - our actor's canonical name or one of its aliases is the gold name, as written (organisations,
    countries, groups; "the", possessives and punctuation aside).
  A gold name of several people ("Jon Tester; David Vitter") is right when ours is one of them.
  Wrong pairs are counted by class: none found, unnamed (we named someone the article does not),
  follow-on (ours came with no cue), pronoun, description, name. Without speaker files (the train
  split) the lenient rules (2) and (3) stand in, and the report says so.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline.speech.lexicon import REPORTING_VERBS  # noqa: E402  (after the path is set)

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "polnear"
GOALS = {"direct F1": 0.95, "all F1": 0.80, "resolved right (direct)": 0.92, "resolved right (all)": 0.88}
MATCH_F1 = 0.6

# Cue lemmas that report a belief, feeling, intention or perception rather than speech. PolNeAR
# annotates these as attributions ("saw X as …", "fears"); a quotation page should not.
BELIEF_CUES = {
    "think", "believe", "feel", "fear", "hope", "want", "wish", "expect", "see", "view", "consider",
    "seem", "appear", "look", "know", "understand", "realize", "realise", "suspect", "doubt", "assume",
    "worry", "wonder", "plan", "intend", "seek", "like", "love", "hate", "prefer", "admire", "respect",
    "support", "oppose", "favor", "favour", "trust", "imagine", "sense", "regard",
}
# The small model lemmatizes "hoping" and "hoped" as "hop": a belief cue would count as speech.
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
# A cue headed by an adjective ("were frustrated", "is sure") is a state of mind: left out too.
PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "his", "its", "their"}
DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those", "Some", "Many", "Most", "One", "Two"}
OPEN_MARKS = "“\"‘'„«"
CLOSE_MARKS = "”\"’'»"
PUNCT = " \t,.;:!?—–-…"
WORDS = re.compile(r"\w+", re.UNICODE)
# a closing mark, at most a comma and a joining word, an opening mark: a list of quotes
MARKUP = re.compile(r"</?tweet\b[^>]*>")
QUOTE_LIST_JOINT = re.compile(r'[”"][,;]?\s*(?:and|or|but|,)?\s*[“"]')


# --- reading PolNeAR --------------------------------------------------------------------------


@dataclass
class Attribution:
    id: str
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    source_text: str = ""
    cue_text: str = ""
    cue_lemma: str = ""
    speech: bool = True
    antecedent: str = ""  # for a pronoun source: the text of the nearest preceding named source
    gold_name: Optional[str] = None  # the referent's fullest name from dev/speakers, "-" for unnamed


@dataclass
class GoldUnit:
    start: int
    end: int
    quoted: bool
    attribution: Attribution


@dataclass
class PolnearArticle:
    name: str
    text: str
    title: str
    date: Optional[dt.date]
    attributions: list[Attribution]
    people: list[str] = field(default_factory=list)  # every gold person name of the article


def read_metadata(data: Path) -> dict[str, dict]:
    with (data / "metadata.tsv").open(encoding="utf-8") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def annotation_file(folder: Path, name: str) -> Optional[Path]:
    """One annotator per article: several annotated some articles; take the first, for repeatability."""
    files = sorted((folder / "attributions").glob(f"{name}_*.ann"))
    return files[0] if files else None


def parse_offsets(field_text: str) -> list[tuple[int, int]]:
    """"315 448;463 553" -> [(315, 448), (463, 553)]."""
    pieces = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return sorted(pieces)  # brat keeps the order the annotator clicked in


def parse_ann(path: Path) -> list[Attribution]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = parse_offsets(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split()[1:]:
                role, _, target = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), target)  # "Content2" is a second content
            events.append((parts[0], roles))
    attributions = []
    for event_id, roles in events:
        content = spans.get(roles.get("Content", ""), [])
        if content:
            attributions.append(Attribution(event_id, spans.get(roles.get("Source", ""), []),
                                            spans.get(roles.get("Cue", ""), []), content))
    return attributions


def load_articles(data: Path, split: str, limit: Optional[int]) -> list[PolnearArticle]:
    metadata = read_metadata(data)
    folder = data / split
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        ann = annotation_file(folder, text_path.stem)
        if ann is None:
            continue
        meta = metadata.get(text_path.stem, {})
        date = None
        if meta.get("publication_date"):
            date = dt.date.fromisoformat(meta["publication_date"][:10])
        text = text_path.read_text(encoding="utf-8")
        article = PolnearArticle(text_path.stem, text, meta.get("title", ""), date, parse_ann(ann))
        read_speaker_names(folder / "speakers" / f"{text_path.stem}.tsv", article)
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    return articles


def read_speaker_names(path: Path, article: PolnearArticle) -> None:
    """dev/speakers/NAME.tsv: the referent of each Source span (by its offsets), "-" when unnamed."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    names = {(int(row["start"]), int(row["end"])): row["name"] for row in rows}
    for attribution in article.attributions:
        if attribution.source:
            attribution.gold_name = names.get((attribution.source[0][0], attribution.source[-1][1]))
    article.people = sorted({name for row in rows if row["kind"] in ("person", "group")
                             for name in row["name"].split("; ") if name != "-"})


# --- gold units --------------------------------------------------------------------------------


def opens_quote(text: str, start: int, end: int) -> bool:
    inner = text[start:end].lstrip()
    if inner[:1] in OPEN_MARKS:
        return True
    before = text[max(0, start - 3):start].rstrip(" \t")
    return before[-1:] in OPEN_MARKS


def closes_quote(text: str, start: int, end: int) -> bool:
    inner = text[start:end].rstrip(PUNCT)
    if inner[-1:] in CLOSE_MARKS:
        return True
    after = text[end:end + 4].lstrip(PUNCT)
    if after[:1] in CLOSE_MARKS:
        return True
    # newspaper style: a quote runs on into the next paragraph, which opens with a mark again
    rest = text[end:end + 12]
    return bool(re.match(r"[^\S\n]*[.,!?]?\s*\n\s*\n\s*[“\"]", rest))


def is_quoted(text: str, start: int, end: int) -> bool:
    return opens_quote(text, start, end) and closes_quote(text, start, end)


def join_adjacent(pieces: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Pieces separated only by spaces or punctuation are one stretch of text (annotators split
    some quotes at a line break or a nested mark)."""
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        if joined and not text[joined[-1][1]:start].strip(PUNCT + "\n"):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def split_quote_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """“rigged,” and “wounded families”: one annotated piece, but two pairs of marks (we find two)."""
    pieces, at = [], start
    for m in QUOTE_LIST_JOINT.finditer(text, start, end):
        pieces.append((at, m.start() + 1))
        at = m.end() - 1
    pieces.append((at, end))
    return pieces


def gold_units(article: PolnearArticle, skipped: list[tuple[int, int]]) -> list[GoldUnit]:
    """Quoted pieces on their own, runs of unquoted pieces merged; none in skipped paragraphs."""
    units: list[GoldUnit] = []
    for attribution in article.attributions:
        if any(s <= attribution.content[0][0] < e for s, e in skipped):
            continue
        run: list[tuple[int, int]] = []
        for start, end in join_adjacent(attribution.content, article.text):
            if is_quoted(article.text, start, end):
                if run:
                    units.append(GoldUnit(run[0][0], run[-1][1], False, attribution))
                    run = []
                units += [GoldUnit(s, e, True, attribution) for s, e in split_quote_list(article.text, start, end)]
            else:
                run.append((start, end))
        if run:
            units.append(GoldUnit(run[0][0], run[-1][1], False, attribution))
    return units


def describe_attributions(article: PolnearArticle, doc) -> None:
    """Fill in source and cue texts, the cue lemma (from our parse), speech-likeness, antecedents."""
    named_before: list[tuple[int, str]] = []
    for attribution in sorted(article.attributions, key=lambda a: a.source[0][0] if a.source else 10**9):
        attribution.source_text = " ".join(article.text[s:e] for s, e in attribution.source)
        if attribution.source and names_someone(attribution.source_text):
            named_before.append((attribution.source[0][0], attribution.source_text))
        elif attribution.source and attribution.source_text.lower() in PRONOUNS:
            earlier = [t for at, t in named_before if at < attribution.source[0][0]]
            attribution.antecedent = earlier[-1] if earlier else ""
    for attribution in article.attributions:
        attribution.cue_text = " ".join(article.text[s:e] for s, e in attribution.cue)
        attribution.cue_lemma, pos = cue_lemma(doc, attribution.cue)
        attribution.speech = attribution.cue_lemma not in BELIEF_CUES and pos != "ADJ"


def names_someone(text: str) -> bool:
    words = text.split()
    return any(w[:1].isupper() and w not in DETERMINERS for w in words)


def cue_lemma(doc, cue: list[tuple[int, int]]) -> tuple[str, str]:
    """The lemma that carries the cue: "has said" -> say, "according to", ":" for a colon."""
    tokens = [t for s, e in cue for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    if not tokens:
        return "(none)", ""
    if any(t.lower_ == "according" for t in tokens):
        return "according to", "ADP"
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    if verbs:
        return LEMMA_FIXES.get(verbs[0].lower_, verbs[0].lemma_.lower()), "VERB"
    words = [t for t in tokens if not t.is_punct] or tokens
    head = next((t for t in words if t.pos_ == "ADJ"), words[0])
    return head.lemma_.lower(), head.pos_


# --- running our pipeline -------------------------------------------------------------------


def mask_markup(text: str) -> str:
    """Three PolNeAR texts keep <tweet author="…" …> tags from the scrape: blank them (offsets hold),
    or their attribute values count as quotations. The tweet's own text stays."""
    return MARKUP.sub(lambda m: " " * len(m.group(0)), text)


def run_pipeline(article: PolnearArticle, nlp):
    """extract_one, keeping the Doc (for cue lemmas and error context); returns (record, doc, seconds)."""
    from generator.extract import make_doc, record_from_doc
    from generator.model import Article
    from generator.reader import split_paragraphs

    body = mask_markup(article.text)
    ours = Article(id=article.name, path=f"{article.name}.txt", title=article.title, body=body, date=article.date)
    ours.paragraphs = split_paragraphs(body, article.title)
    began = time.perf_counter()
    doc = make_doc(nlp, ours)
    for _, component in nlp.pipeline:
        doc = component(doc)
    record = record_from_doc(ours, doc)
    seconds = time.perf_counter() - began
    skipped = [(p.start, p.end) for p in ours.paragraphs if p.kind in ("headline", "debris")]
    return record, doc, seconds, skipped


# --- matching --------------------------------------------------------------------------------


def word_positions(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in WORDS.finditer(text, start, end)}


def overlap_f1(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match(text: str, gold: list[GoldUnit], ours: list) -> list[tuple[GoldUnit, object, float]]:
    """One-to-one pairs with word-position F1 >= MATCH_F1, the best pairs first."""
    gold_words = [word_positions(text, g.start, g.end) for g in gold]
    our_words = [word_positions(text, q.start, q.end) for q in ours]
    candidates = []
    for gi, gw in enumerate(gold_words):
        for qi, qw in enumerate(our_words):
            score = overlap_f1(gw, qw)
            if score >= MATCH_F1:
                candidates.append((score, gi, qi))
    pairs, used_gold, used_ours = [], set(), set()
    for score, gi, qi in sorted(candidates, reverse=True):
        if gi not in used_gold and qi not in used_ours:
            used_gold.add(gi)
            used_ours.add(qi)
            pairs.append((gold[gi], ours[qi], score))
    return pairs


def nested(text: str, quote, article: PolnearArticle) -> bool:
    """Half or more of our quote's words lie inside one gold Content span (of any attribution)."""
    words = word_positions(text, quote.start, quote.end)
    if not words:
        return False
    for attribution in article.attributions:
        inside = sum(1 for w in words if any(s <= w < e for s, e in attribution.content))
        if inside * 2 >= len(words):
            return True
    return False


# --- speakers ----------------------------------------------------------------------------------


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def speaker_words_overlap(text: str, quote, source: list[tuple[int, int]]) -> bool:
    """Our speaker_text has no offsets: look for it in the quote's frame (a little wider)."""
    if not quote.speaker_text:
        return False
    low = max(0, min(quote.sentence_start, quote.start) - 200)
    high = max(quote.sentence_end, quote.end) + 200
    pattern = rf"(?<!\w){re.escape(quote.speaker_text)}(?!\w)"  # "he" is not in "the"
    return any(overlaps(source, low + m.start(), low + m.end()) for m in re.finditer(pattern, text[low:high]))


def surname_matches(speaker: str, attribution: Attribution) -> bool:
    surname = speaker.split()[-1].lower()
    texts = [attribution.source_text, attribution.antecedent]
    return any(re.search(rf"\b{re.escape(surname)}\b", t.lower()) for t in texts if t)


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "sir"}
NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")


def person_words(name: str) -> list[str]:
    """"Charles E. Grassley" -> [charles, e, grassley]; "Kim Jong-un" -> [kim, jong, un]."""
    name = name.lower().replace("’", "'")
    words = NAME_WORD.findall(re.sub(r"'s\b", "", name).replace("-", " ").replace(".", " "))
    return [w for w in words if w not in NAME_SUFFIXES and w not in HONORIFIC_WORDS]


def plain_name(name: str) -> str:
    """"The New York Post’s" -> "new york post": organisations compared as written, give or take."""
    words = NAME_WORD.findall(re.sub(r"['’]s?\b", "", name.lower()))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def same_person(ours: str, gold: str, people: list[str]) -> bool:
    """Same surname and a compatible first name; a surname alone only where no other gold person of
    the article shares it."""
    mine, theirs = person_words(ours), person_words(gold)
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    if len(mine) == 1:
        return len({p for p in people if person_words(p)[-1:] == mine}) <= 1
    if len(theirs) == 1:
        return True
    first, other = mine[0], theirs[0]
    return first == other or (len(first) == 1 or len(other) == 1) and first[0] == other[0]


def names_referent(actor, gold_name: str, people: list[str]) -> bool:
    """Our actor is (one of) the gold referent(s): see "Resolved to the right actor" above."""
    for name in gold_name.split("; "):
        if any(plain_name(ours) == plain_name(name) for ours in [actor.name, *actor.aliases]):
            return True
        if actor.kind == "person" and same_person(actor.name, name, people):
            return True
    return False


def judge_speaker(text: str, quote, attribution: Attribution, actors: dict,
                  people: list[str]) -> tuple[bool, bool]:
    """(speaker right by the lenient rules, resolved to the right actor): see the module docstring."""
    actor = actors.get(quote.speaker) if quote.speaker else None
    if attribution.gold_name is not None:
        if attribution.gold_name == "-":
            resolved = actor is None and bool(quote.speaker_text)
        else:
            resolved = actor is not None and names_referent(actor, attribution.gold_name, people)
    else:  # no speaker file: our actor's mention or surname at the gold Source
        mentions = actor.mentions if actor else []
        resolved = actor is not None and (any(overlaps(attribution.source, m.start, m.end) for m in mentions)
                                          or surname_matches(quote.speaker, attribution))
    right = resolved or speaker_words_overlap(text, quote, attribution.source) or actor is not None and (
        any(overlaps(attribution.source, m.start, m.end) for m in actor.mentions)
        or surname_matches(quote.speaker, attribution))
    return right, resolved


SPEAKER_CLASSES = ("name", "pronoun", "description", "follow-on", "unnamed")


def speaker_class(quote, attribution: Attribution) -> str:
    """What it takes to resolve this speaker: the gold Source's shape, or a quote with no cue."""
    if attribution.gold_name == "-":
        return "unnamed"
    if quote.cue is None:
        return "follow-on"
    if attribution.source_text.lower() in PRONOUNS:
        return "pronoun"
    return "name" if names_someone(attribution.source_text) else "description"


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Tally:
    gold: int = 0
    found: int = 0  # our quotes, nested ones excluded
    matched: int = 0
    nested: int = 0
    with_source: int = 0
    speaker_right: int = 0
    speaker_resolved: int = 0
    judged_by_name: int = 0  # pairs whose gold Source has a resolved name (dev/speakers)
    by_class: Counter = field(default_factory=Counter)  # (class, "pairs" | "wrong" | "none found")

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))  # Counter adds too

    def figures(self) -> dict:
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold": self.gold, "found": self.found, "matched": self.matched, "nested": self.nested,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "pairs with a gold source": self.with_source,
            "speakers right": round(self.speaker_right / self.with_source, 3) if self.with_source else 0.0,
            "resolved right": round(self.speaker_resolved / self.with_source, 3) if self.with_source else 0.0,
            "pairs judged by resolved name": self.judged_by_name,
            "resolved right pairs": self.speaker_resolved,
            "resolved right by class": {
                name: {"pairs": self.by_class[name, "pairs"], "wrong": self.by_class[name, "wrong"],
                       "of which none found": self.by_class[name, "none found"],
                       "of which on a wrong profile": self.by_class[name, "on a wrong profile"]}
                for name in SPEAKER_CLASSES if self.by_class[name, "pairs"]},
        }


@dataclass
class Errors:
    patterns: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=lambda: defaultdict(list))

    def note(self, pattern: str, example: str) -> None:
        self.patterns[pattern] += 1
        if len(self.examples[pattern]) < 3:
            self.examples[pattern].append(example)


def context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"…{left}[[{text[start:end]}]]{right}…".split())


def score(task: str, article: PolnearArticle, gold: list[GoldUnit], ours: list, record, errors: Errors,
          verbose: bool) -> Tally:
    """Count one task; note its errors. The "all" task leaves quotations' errors to "direct", so that
    the error patterns count each mistake once."""
    text = article.text

    def noted(quoted: bool) -> bool:
        return task == "direct" or not quoted

    tally = Tally(gold=len(gold))
    pairs = match(text, gold, ours)
    matched_gold = {id(g) for g, _, _ in pairs}
    matched_ours = {id(q) for _, q, _ in pairs}
    actors = {a.key: a for a in record.actors}
    tally.matched = len(pairs)
    for unit, quote, _ in pairs:
        if not unit.attribution.source:
            continue
        tally.with_source += 1
        right, resolved = judge_speaker(text, quote, unit.attribution, actors, article.people)
        tally.speaker_right += right
        tally.speaker_resolved += resolved
        tally.judged_by_name += unit.attribution.gold_name is not None
        kind = speaker_class(quote, unit.attribution)
        tally.by_class[kind, "pairs"] += 1
        if not resolved:
            tally.by_class[kind, "wrong"] += 1
            tally.by_class[kind, "none found"] += quote.speaker is None and not quote.speaker_text
            tally.by_class[kind, "on a wrong profile"] += quote.speaker is not None
        if not resolved and noted(unit.quoted):
            report(errors, verbose, f"{task}: wrong actor, {kind} ({speaker_shape(quote, unit.attribution)})",
                   f"gold {unit.attribution.source_text!r} = {unit.attribution.gold_name!r}, "
                   f"ours {quote.speaker!r} / {quote.speaker_text!r}: " + context(text, quote.start, quote.end))
    for unit in gold:
        if id(unit) not in matched_gold and noted(unit.quoted):
            report(errors, verbose, f"{task}: missed, {miss_shape(text, unit, ours)}",
                   f"cue {unit.attribution.cue_text!r}: " + context(text, unit.start, unit.end))
    for quote in ours:
        if id(quote) in matched_ours:
            continue
        if nested(text, quote, article):
            tally.nested += 1
            continue
        if noted(quote.kind != "indirect"):
            cue = f"cue {quote.cue!r}" if quote.cue else "no cue"
            report(errors, verbose, f"{task}: extra {quote.kind} ({cue})", context(text, quote.start, quote.end))
    tally.found = len(ours) - tally.nested
    return tally


def report(errors: Errors, verbose: bool, pattern: str, example: str) -> None:
    errors.note(pattern, example)
    if verbose:
        print(f"  {pattern}\n      {example}")


def miss_shape(text: str, unit: GoldUnit, ours: list) -> str:
    """Why a gold unit went unmatched, coarsely: boundaries, mark shapes, or the cue we lack."""
    words = word_positions(text, unit.start, unit.end)
    overlapping = [(len(words & word_positions(text, q.start, q.end)), q) for q in ours]
    overlapping = [(shared, q) for shared, q in overlapping if shared]
    if overlapping:
        shared, quote = max(overlapping, key=lambda pair: pair[0])
        theirs = word_positions(text, quote.start, quote.end)
        if shared >= 0.9 * len(theirs):
            how = "ours too short"
        elif shared >= 0.9 * len(words):
            how = "ours too long"
        else:
            how = "ours shifted"
        return f"span boundaries differ, {how} ({quote.kind})"
    if unit.quoted:
        opening = re.search(r"[“\"‘'„«]+\s*$", text[max(0, unit.start - 3):unit.start]) or \
            re.match(r"\s*[“\"‘'„«]+", text[unit.start:unit.end])
        mark = opening.group(0).strip() if opening else "?"
        multi = "\n\n" in text[unit.start:unit.end].strip()
        return f"nothing found, quote opened with {mark}" + (" over paragraphs" if multi else "")
    known = "a verb we know" if unit.attribution.cue_lemma in REPORTING_VERBS else "not in our verb list"
    return f"nothing found, cue {unit.attribution.cue_lemma!r} ({known})"


def speaker_shape(quote, attribution: Attribution) -> str:
    gold = "pronoun" if attribution.source_text.lower() in PRONOUNS else (
        "named" if names_someone(attribution.source_text) else "description")
    if quote.speaker is None and not quote.speaker_text:
        ours = "none"
    elif quote.speaker is None:
        ours = "unresolved words"
    else:
        ours = "other actor"
    return f"gold {gold}, ours {ours}"


# --- main ---------------------------------------------------------------------------------------


def evaluate(articles: list[PolnearArticle], nlp, verbose: bool) -> dict:
    direct, everything = Tally(), Tally()
    errors = Errors()
    runtimes: list[tuple[float, str]] = []
    for article in articles:
        record, doc, seconds, skipped = run_pipeline(article, nlp)
        runtimes.append((seconds, article.name))
        describe_attributions(article, doc)
        units = gold_units(article, skipped)
        if verbose:
            print(f"\n== {article.name} ({seconds:.2f}s)")
        direct.add(score("direct", article, [u for u in units if u.quoted],
                         [q for q in record.quotes if q.kind in ("direct", "partial")], record, errors, verbose))
        everything.add(score("all", article, [u for u in units if u.attribution.speech],
                             list(record.quotes), record, errors, verbose))
    total = sum(s for s, _ in runtimes)
    return {
        "articles": len(articles),
        "direct": direct.figures(),
        "all": everything.figures(),
        "runtime": {
            "total seconds": round(total, 2),
            "mean seconds per article": round(total / len(runtimes), 3) if runtimes else 0.0,
            "slowest": [{"article": n, "seconds": round(s, 3)} for s, n in sorted(runtimes, reverse=True)[:3]],
        },
        "error patterns": [{"pattern": p, "count": c, "examples": errors.examples[p]}
                           for p, c in errors.patterns.most_common(15)],
    }


def print_report(result: dict, split: str) -> None:
    d, a = result["direct"], result["all"]
    print(f"\nPolNeAR {split}: {result['articles']} articles; "
          f"{d['gold']} gold direct quotes, {a['gold']} gold speech attributions (belief cues left out)\n")
    by_name = d["pairs judged by resolved name"] == d["pairs with a gold source"] > 0
    strict = "resolved to the right actor" + ("" if by_name else " (no speaker files: LENIENT rules)")
    rows = [
        ("direct quotes: precision", d["precision"], None),
        ("direct quotes: recall", d["recall"], None),
        ("direct quotes: F1", d["f1"], GOALS["direct F1"]),
        (f"direct: {strict}", d["resolved right"], GOALS["resolved right (direct)"] if by_name else None),
        ("direct: speakers right (lenient: words overlap)", d["speakers right"], None),
        ("with indirect: precision", a["precision"], None),
        ("with indirect: recall", a["recall"], None),
        ("with indirect: F1", a["f1"], GOALS["all F1"]),
        (f"with indirect: {strict}", a["resolved right"], GOALS["resolved right (all)"] if by_name else None),
        ("with indirect: speakers right (lenient)", a["speakers right"], None),
    ]
    width = max(len(label) for label, _, _ in rows) + 1
    print(f"{'measure':{width}} {'ours':>6}  {'goal':>6}")
    for label, value, goal in rows:
        verdict = "" if goal is None else ("  met" if value >= goal else "  not met")
        print(f"{label:{width}} {value:6.3f}  {'>= ' + format(goal, '.2f') if goal else '':>7}{verdict}")
    for name, t in (("direct", d), ("with indirect", a)):
        print(f"\n{name}: {t['matched']} matched of {t['gold']} gold and {t['found']} ours "
              f"({t['nested']} more of ours nested in gold content, not counted); "
              f"speakers judged on {t['pairs with a gold source']} pairs with a gold source, "
              f"{t['pairs judged by resolved name']} of them against a resolved name; "
              f"resolved right {t['resolved right pairs']} of {t['pairs with a gold source']}")
        print(f"  {'speaker class':14} {'pairs':>6} {'wrong':>6} {'none found':>11} {'wrong profile':>14} {'right':>6}")
        for kind, counts in t["resolved right by class"].items():
            right = 1 - counts["wrong"] / counts["pairs"]
            print(f"  {kind:14} {counts['pairs']:6} {counts['wrong']:6} {counts['of which none found']:11} "
                  f"{counts['of which on a wrong profile']:14} {right:6.3f}")
    r = result["runtime"]
    print(f"\nruntime: {r['total seconds']}s in all, {r['mean seconds per article']}s per article; slowest: "
          + ", ".join(f"{s['article']} {s['seconds']}s" for s in r["slowest"]))
    print("\nmost frequent error patterns:")
    for entry in result["error patterns"]:
        print(f"{entry['count']:5}  {entry['pattern']}")
        for example in entry["examples"][:2]:
            print(f"       e.g. {example[:230]}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--verbose", action="store_true", help="print every miss, extra and wrong speaker")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not (args.data / args.split / "text").is_dir():
        print(f"PolNeAR not found at {args.data / args.split}: skipped "
              f"(put the corpus in ../shared/eval/polnear or pass --data)")
        return 0
    from generator.pipeline import build_pipeline

    nlp = build_pipeline()
    articles = load_articles(args.data, args.split, args.limit)
    result = evaluate(articles, nlp, args.verbose and not args.json)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_report(result, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
