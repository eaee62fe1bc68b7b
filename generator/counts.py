"""Counts a sentence gives ("21 ballistic missiles", "six rounds"), and where the reports of one
event disagree on one. Read from the parse when a dated event is extracted (`counts_in`), compared
when reports are merged into one entry (`disagreeing_counts`)."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Optional

NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
# Nouns a number measures rather than counts ("two years later", "10 per cent", "500 metres"): a
# report that says "three days" and one that says "two days" often measure different things.
UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "time", "decade", "century", "percent",
         "cent", "dollar", "point", "mile", "kilometre", "kilometer", "metre", "meter", "km", "foot", "ton", "tonne",
         "page", "%"}


def normal_count(word: str) -> Optional[str]:
    """"six" and "6" -> "6", "1,000" -> "1000"; None for what is no plain count ("several", a year)."""
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if not DIGITS.fullmatch(word):
        return None
    number = word.replace(",", "")
    return None if "," not in word and len(number) == 4 and 1800 <= int(number) <= 2100 else number


def counts_in(sentence) -> dict[str, str]:
    """The things a parsed sentence counts, by the lemma of the noun counted: {"missile": "21
    ballistic missiles"}. A noun counted twice with two numbers ("two missiles, one of which
    failed") is left out: which number counts the event is unknown."""
    found: dict[str, set[str]] = defaultdict(set)
    for token in sentence:
        head = token.head
        if token.dep_ != "nummod" or head.pos_ != "NOUN" or head.lemma_.lower() in UNITS or head.i < token.i:
            continue
        if normal_count(token.text) is not None and not a_rate(head):
            found[head.lemma_.lower()].add(token.doc[token.i:head.i + 1].text)
    return {noun: phrases.pop() for noun, phrases in found.items() if len(phrases) == 1}


def a_rate(noun) -> bool:
    """"one ballistic missile almost every 10 days", "two launches per month": a rate, not a count."""
    after = [t.lower_ for t in noun.doc[noun.i + 1:noun.i + 3]]
    return any(word in ("every", "per", "each") for word in after)


def count_of(phrase: str) -> str:
    """"21 ballistic missiles" -> "21", "six rounds" -> "6", "214-delegate" -> "214"."""
    return normal_count(re.split(r"[\s-]", phrase)[0]) or phrase


def disagreeing_counts(reports: Iterable[tuple[str, dict[str, str]]]) -> dict[str, dict[str, list[str]]]:
    """For each thing the reports of one event count differently, the phrases each gives with the
    reports that give it: {"missile": {"21 ballistic missiles": ["a-e2"], "22 ballistic missiles":
    ["b-e7"]}}. `reports`: each report's id and counts."""
    by_noun: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for report_id, counts in reports:
        for noun, phrase in counts.items():
            same = next((p for p in by_noun[noun] if count_of(p) == count_of(phrase)), phrase)
            by_noun[noun].setdefault(same, []).append(report_id)
    near = {noun: {p: ids for p, ids in phrases.items() if any(near_miss(p, other) for other in phrases if other != p)}
            for noun, phrases in by_noun.items()}
    return {noun: phrases for noun, phrases in near.items() if len(phrases) > 1}


def near_miss(phrase: str, other: str) -> bool:
    """Counts of one thing that sources give differently are near misses ("21" and "22 ballistic
    missiles", "five" and "six rounds"); "11 states" vote and "two states" are won are other things."""
    counts = sorted(int(c) for c in (count_of(phrase), count_of(other)) if c.isdigit())
    return len(counts) == 2 and counts[0] >= counts[1] / 2
