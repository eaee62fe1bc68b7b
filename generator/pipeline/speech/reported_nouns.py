"""Reported speech carried by a noun: "his claim that …", "Trump's promise to …",
"questions about his readiness"."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Doc, Token
from ...model import QuoteRecord
from .clauses import balanced, has_mark, trim_clause, without_trailing_aside, words_of
from .lexicon import PROMISE_NOUNS, TOPIC_NOUNS, VOICING_VERBS
from .speakers import SPEAKER_ENTITIES, names_an_actor, subject_of

from .reported_common import NOT_TOPICS, indirect_quote
from .reported_trim import says_when, without_conjoined_speech
from .reported_verbs import says_enough


def clause_hung_on_the_verb(noun: Token) -> list[Token]:
    """"followed weeks of warnings from the administration [that it is running out of patience]":
    the parser hangs the noun's clause on the verb whose object holds the noun."""
    after_noun = noun.right_edge.i + 1
    phrase = noun
    while phrase.dep_ in ("pobj", "prep", "dobj", "xcomp") and phrase.head != phrase:
        phrase = phrase.head
        clauses = [c for c in phrase.children
                   if c.dep_ == "ccomp" and c.left_edge.i == after_noun and has_mark(c, {"that"})]
        if clauses:
            return clauses
    return []
def topic_of_speech_noun(doc: Doc, noun: Token) -> Optional[QuoteRecord]:
    """"his critique of [his opponents]", "Sanders’ attacks on [her campaign contributions]", "raised
    questions about [his readiness]": what the words were about, when we know whose words they were
    (not "the attack on [a nightclub]", nor "faced questions about …" from nobody named)."""
    preposition = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if preposition is None or preposition.head != noun or preposition.dep_ != "prep" \
            or preposition.lower_ not in TOPIC_NOUNS[noun.lemma_.lower()] or says_when(preposition):
        return None
    topics = [c for c in preposition.children if c.dep_ == "pobj" and c.lemma_.lower() not in NOT_TOPICS]
    owner = owner_of_speech_noun(noun)
    if not topics or owner is None:
        return None
    tokens = trim_clause(without_trailing_aside(list(topics[0].subtree)))
    if not says_enough(noun, tokens):
        return None
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), owner, noun.text)
def reported_in_noun(doc: Doc, noun: Token) -> Optional[QuoteRecord]:
    """"his promise [to build a wall]", "accusations [that Rubio recites the same points]", "Trump's
    claim [that the election is rigged]": the clause a speech noun carries, said by its owner."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and (
        has_mark(c, {"that"})
        or noun.lemma_.lower() in PROMISE_NOUNS and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        and noun.doc[c.left_edge.i - 1].text != ",")]  # not "threats, not to mention the arsenal"
    if not clauses:
        clauses = clause_hung_on_the_verb(noun)
    if not clauses:
        return None
    tokens = trim_clause(without_trailing_aside(without_conjoined_speech(clauses[0])))
    if len(tokens) < 3:
        return None
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), owner_of_speech_noun(noun), noun.text)


def owner_of_speech_noun(noun: Token) -> Optional[Token]:
    """Whose claim: "his claim", "Trump’s claim", "a claim by Trump", or the subject of "Christie
    repeated accusations"; nobody's in "Clinton rejected claims that …" (the claims are others')."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and (any(t.ent_type_ in SPEAKER_ENTITIES for t in child.subtree)
                                         or names_an_actor(child)):
            return child  # "Clinton campaign accusations", "Trump charges that …" read as one noun
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING_VERBS:
        return subject_of(noun.head)
    return None
