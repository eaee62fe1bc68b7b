"""What the reported-speech finders share: quotation spans to ask about, and the QuoteRecord
of an indirect quote."""
from __future__ import annotations

import bisect
import re
from typing import Optional
from spacy.tokens import Doc, Token
from ...model import QuoteRecord
from .lexicon import SPEECH_NOUNS, TOPIC_NOUNS
from ..extensions import text_of
from .speakers import name_the_speaker



WORDS = re.compile(r"\w+", re.UNICODE)
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")


def only_quotations(text: str) -> bool:
    """"“Your Honor … the question you raised.”": the words of a quotation split by its cue, "“Your
    Honor,” I said, “I would like …”", with the cue left out."""
    return not WORDS.search(QUOTATION.sub("", text))
def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def is_topic_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in TOPIC_NOUNS
NOT_TOPICS = {"condition"}  # "remarks on [the condition of anonymity]", "spoke on [the condition …]"
class Spans:
    """Character ranges (of quotations) sorted for quick questions about one offset or range."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]
        self.longest = max((end - start for start, end in self.ranges), default=0)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, end)
        return self.ranges[low:high]

    def contains(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.near(offset, offset))

    def crossed_by(self, start: int, end: int) -> bool:
        """A range that starts inside one of the quotations and ends past it: "My legs were gone,”
        the" is a quotation's words and the description of its speaker, no clause of its own."""
        return any(s <= start < e < end for s, e in self.near(start, start))

    def hold_all_words_of(self, doc: Doc, start: int, end: int) -> bool:
        """Every word of start..end is between marks: "he said “…”" is that quote again, while "said
        the goal was not to “make America great again”" and "says it’s “disastrous”" report a clause
        of which the marks hold only a part (the clause names who or what the words are about)."""
        text = list(text_of(doc)[start:end])
        covered = 0
        for s, e in self.near(start, end):
            for offset in range(max(s, start), min(e, end)):
                text[offset - start] = " "
                covered += 1
        return covered * 2 >= end - start and not WORDS.search("".join(text))
def indirect_quote(doc: Doc, tokens: list[Token], text: str, speaker: Optional[Token], cue: str) -> QuoteRecord:
    """The record of reported words: where they are, what they say, who said them, and the cue."""
    sentence = tokens[0].sent
    record = QuoteRecord(
        start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1].text), text=text, kind="indirect", speaker=None,
        cue=cue, sentence_start=sentence.start_char, sentence_end=sentence.end_char)
    if speaker is not None and speaker not in tokens:
        name_the_speaker(record, speaker)  # a word of what was said never names who said it
    return record
