"""Passages the briefing holds twice: the same speech as an excerpt and in full, or in the UN's
record and the White House's transcript; the same wire story printed by two papers. Each passage
counts once, so that a speech read twice gives its speaker no second set of statements, and a
story reprinted gives no second event or quote, nor a false note that two "articles disagree"
with themselves.

Two transcripts of one speech differ in commas, hyphens and the odd word ("wellbeing",
"well-being"), so texts are compared as runs of words, without punctuation or case. The first
holder of a passage keeps it: primary sources come first (their words have a declared speaker),
then longer texts (a full text holds its excerpts), then the earlier and the id.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Article

_JOINERS = re.compile(r"[-‐‑’'\u00ad]")  # "well-being" is "wellbeing", "Korea’s" is "Koreas"
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")
RUN = 5  # words: a passage is compared by its runs of this many words
SENTENCE_WORDS = 10  # a sentence this long, in two texts, is no coincidence
SHARED_SENTENCES = 2  # and two of them make the texts one another's copies
HELD_SHARE = 0.6  # a passage is held when this share of its runs is in the holder


def words_of(text: str) -> list[str]:
    return _WORD.findall(_JOINERS.sub("", text.lower()))


def runs_of(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(max(1, len(words) - RUN + 1))}


@dataclass
class Repeats:
    """For each document, the earlier holders of the text it shares (by the order above)."""

    holders: dict[str, list[str]] = field(default_factory=dict)  # article id -> ids it repeats
    runs: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # a holder's id -> its runs of words
    texts: dict[str, str] = field(default_factory=dict)  # a holder's id -> its words, " "-joined and -framed

    def holder_of(self, article: Article, start: int, end: int) -> str | None:
        """The document that already holds the passage `start:end` of `article`, if any."""
        words = words_of(article.body[start:end])
        passage = runs_of(words)
        for holder in self.holders.get(article.id, []):
            if len(words) < RUN:  # "rocket man": too short for a run; word for word, then
                if f" {' '.join(words)} " in self.texts[holder]:
                    return holder
            elif len(passage & self.runs[holder]) >= HELD_SHARE * len(passage):
                return holder
        return None


def first_holder_order(article: Article) -> tuple:
    return (article.speaker is None, -len(article.body), article.date is None, article.date, article.id)


def long_sentences(text: str) -> set[str]:
    found = (words_of(s) for s in _SENTENCE_END.split(text))
    return {" ".join(w) for w in found if len(w) >= SENTENCE_WORDS}


def find_repeats(articles: list[Article]) -> Repeats:
    repeats = Repeats()
    by_id = {a.id: a for a in articles}
    first_with: dict[str, str] = {}  # a long sentence -> the first document holding it
    ordered = sorted(articles, key=first_holder_order)
    order = {a.id: n for n, a in enumerate(ordered)}
    for article in ordered:
        shared: Counter[str] = Counter()
        for sentence in long_sentences(article.body):
            holder = first_with.setdefault(sentence, article.id)
            if holder != article.id:
                shared[holder] += 1
        # most shared first; a tie goes by the holders' own order, not by the order of a set of
        # sentences, which changes from one run of Python to the next
        holders = sorted((h for h, n in shared.items() if n >= SHARED_SENTENCES), key=lambda h: (-shared[h], order[h]))
        if holders:
            repeats.holders[article.id] = holders
            for holder in holders:
                if holder not in repeats.runs:
                    words = words_of(by_id[holder].body)
                    repeats.runs[holder] = runs_of(words)
                    repeats.texts[holder] = f" {' '.join(words)} "
    return repeats
