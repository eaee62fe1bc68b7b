"""Reported speech: "X said (that) …", "according to X", "X called on Y to …", "his claim that …".

The words reported, with their speaker and cue, read off the parse: the clause a verb of saying
governs, the object of a speech act ("denounced the deal"), the clause a speech noun carries, the
rest of a sentence around a parenthetical cue (", he said,"), with what the writer adds (asides,
datelines, when it was said) cut away."""
from __future__ import annotations

from typing import Optional, Sequence
from spacy.tokens import Doc, Token
from ...model import QuoteRecord
from .clauses import without_dateline, words_of
from .lexicon import CUE_VERBS
from .speakers import made_clear, only_names, subject_of

from .reported_common import Spans, indirect_quote, is_speech_noun, is_topic_noun, only_quotations
from .reported_trim import narrates_on
from .reported_content import within_own_aside
from .reported_verbs import reported_by, reports_a_that_clause
from .reported_nouns import reported_in_noun, topic_of_speech_noun


def find_reported_speech(doc: Doc, direct: list[QuoteRecord], named: Sequence[QuoteRecord] = ()) -> list[QuoteRecord]:
    """"X said (that) …", "…, the source added", "X, he said, …", "X called on Y to …",
    "according to X, …": the reported words, with their speaker; not words in marks found to be a
    name (`named`: "said on CBS's ''Face the Nation''", where the parser reads the title as a clause)."""
    found: list[QuoteRecord] = []
    quoted = Spans((q.start, q.end) for q in direct)
    titles = Spans((q.start, q.end) for q in named)
    inside_direct = Spans((q.start, q.end) for q in direct if q.kind == "direct" and len(q.text.split()) > 3)
    for token in doc:
        lemma = token.lemma_.lower()
        polled = in_a_poll(token)
        is_cue = token.lower_ == "according" or polled or made_clear(token) is not None or \
            lemma in CUE_VERBS and token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and not only_names(token) or \
            reports_a_that_clause(token) or is_speech_noun(token) or is_topic_noun(token)
        if not is_cue or inside_direct.contains(token.idx):
            continue  # speech reported inside a quotation belongs to that quote
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children) or polled:
            sentence = token.sent
            quoted_here = any(sentence.start_char <= q_start < sentence.end_char
                              for q_start, _ in quoted.near(sentence.start_char, sentence.end_char))
            record = None if quoted_here else according_to(doc, token, inside_direct)
        elif token.pos_ in ("VERB", "AUX"):
            record = reported_by(doc, token)
        elif token.pos_ == "NOUN":
            # "there is no question that …": nobody asks
            record = reported_in_noun(doc, token) if lemma != "question" else None
            if record is None and is_topic_noun(token):
                record = topic_of_speech_noun(doc, token)
        else:
            record = None
        if record is None or any(spans.hold_all_words_of(doc, record.start, record.end) for spans in (quoted, titles)) \
                or only_quotations(record.text) or inside_direct.crossed_by(record.start, record.end) \
                or any((q.start, q.end) == (record.start, record.end) for q in found[-3:]):
            continue  # a quotation already, or the clause of "says in a statement that …" again
        found.append(record)
    return found
POLL_NOUNS = {"poll", "survey"}


def in_a_poll(token: Token) -> bool:
    """"[In an NBC News poll released Monday,] 50 percent chose Clinton": the poll says so."""
    # only as the sentence opens: "leads in the polls", "slid in the polls" tell a standing, not a finding
    return token.lower_ == "in" and token.dep_ == "prep" and token.i == token.sent.start \
        and token.right_edge.i + 1 < len(token.doc) and token.doc[token.right_edge.i + 1].text == "," \
        and any(c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in token.children)


def according_to(doc: Doc, according: Token, inside_direct: Spans) -> Optional[QuoteRecord]:
    """"The test was the largest yet, according to the ministry", "In a CBS News poll, she led
    Mr. Sanders 56 percent to 32 percent": the rest of the sentence."""
    sentence = according.sent
    phrase = set(according.subtree)
    # "[Clinton leads by 271 delegates], according to the AP, but Sanders has vowed to fight on": the
    # clause the phrase hangs on, not a clause the writer adds after ", but"
    later: set[Token] = set()
    for clause in according.ancestors:
        for conjunct in (c for c in clause.children if c.dep_ == "conj" and c.i > according.i and narrates_on(c)):
            later |= set(conjunct.subtree)
            later |= {c for c in clause.children if c.dep_ == "cc" and according.i < c.i < conjunct.i}
    # "(the actual number is closer to 15 percent, according to Factcheck.org)": its own aside; but
    # "— according to emails unearthed … —" comments on the sentence around it
    aside = [t for t in within_own_aside(according, list(sentence)) if t not in phrase]
    if not any(t.is_alpha for t in aside):
        aside = list(sentence)
    words = without_dateline([t for t in aside if t not in phrase and t not in later
                              and not (t.is_punct and t.text in ",;—–")])
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()  # the full stop, and the paragraph break spaCy keeps in the sentence
    if len(words) < 4 or inside_direct.contains(according.idx):
        return None
    # "While most were elevated to the “confidential” level, according to a State Department
    # official, two …": the words around the phrase, without it
    text = words_of(doc, words)
    if according.lower_ == "in":
        poll = next(c for c in according.children if c.dep_ == "pobj")
        return indirect_quote(doc, words, text, poll, f"in a {poll.lemma_.lower()}")
    return indirect_quote(doc, words, text, subject_of(according), "according to")
