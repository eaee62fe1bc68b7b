"""Reported speech introduced by a verb: "X said (that) …", "X denounced the deal", ", he
said," in the middle of the words; passives and idioms that say nothing."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Doc, Token
from ...model import QuoteRecord
from .clauses import CLOSING_MARKS, balanced, opening_mark, trim_clause, without_trailing_aside, words_of
from .lexicon import AUDIENCE_NOUNS, NOT_SAYING, REPORTING_VERBS, SPEECH_EVENTS
from .speakers import SPEAKER_ENTITIES, SUBJECTS, cue_text, name_after_a_quote, name_before_the_cue, subject_of

from .reported_common import indirect_quote, is_speech_noun
from .reported_trim import is_someone
from .reported_content import (ASKING_VERBS, PLACE_PREPOSITIONS, is_a_topic, is_infinitive, is_passive,
                               question_asked, reported_tokens, reports_anyway, speaker_of_passive,
                               that_clause_in_adjunct, within_own_aside)


def reports_a_that_clause(verb: Token) -> bool:
    """Any verb of saying, unlisted, known by its "that" clause: "groused that …", "bemoaned that
    …", "quipped that …"; not thinking, knowing, feeling or making sure."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NOT_SAYING or is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # none in "joking that …"
    if subjects and subjects[0].lower_ in ("it", "there"):
        return False  # "it turns out that …", "it’s clear that …": nobody speaks
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    clauses += [c for c in that_clause_in_adjunct(verb) if c.head.lemma_.lower() in AUDIENCE_NOUNS | SPEECH_EVENTS]
    for clause in clauses:
        that = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        before = verb.doc[max(verb.sent.start, that.i - 12):that.i] if that is not None else []
        if that is not None and not any(t.lower_ in ("so", "such", "now") for t in before) \
                and not any(is_speech_noun(t) for t in verb.doc[verb.i + 1:that.i]):
            return True  # not "so consumed with hostages that he traded arms", nor "followed warnings that …"
    return False
def reported_by(doc: Doc, verb: Token) -> Optional[QuoteRecord]:
    if is_infinitive(verb) and not reports_anyway(verb):
        return None  # "to show that it is ready": an infinitive reports nothing yet
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "there have been telling responses": nobody tells
    if is_idiom(verb):
        return None
    asked_of_the_speaker = verb.tag_ == "VBN" and verb.dep_ == "advcl" and \
        not any(c.dep_ in SUBJECTS for c in verb.children)
    if asked_of_the_speaker and question_asked(verb) is None:
        return None  # "Asked about the talks, Tillerson said …": someone else asked, and about what
    tokens = trim_clause(without_trailing_aside(within_own_aside(verb, reported_tokens(verb))))
    if name_after_a_quote(verb) or cue_of_the_quote_before(verb):
        # "“…,” said David Brock, a Clinton confidant who …", "“…,” Cruz said after a brief “I’m
        # sorry” to Carson": the quotation before is what was said, not the words after the cue
        tokens = [t for t in tokens if t.i < verb.i]
    if not says_enough(verb, tokens):
        return None
    subject = speaker_of_passive(verb) if is_passive(verb) or asked_of_the_speaker else subject_of(verb)
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), subject, cue_text(verb))
def is_idiom(verb: Token) -> bool:
    """"That said, …", "All told, …": a turn of phrase of the writer's, not a report."""
    sentence = verb.sent
    doc = verb.doc
    return verb.i == sentence.start + 1 and doc[verb.i - 1].lower_ in ("that", "all") \
        and verb.lemma_.lower() in ("say", "tell") and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def cue_of_the_quote_before(verb: Token) -> bool:
    """"“…,” Cruz said …", "“…,” she told reporters": a verb of saying whose subject comes right
    after a quotation that opens the sentence; but not "“…,” Rubio said: [That Cruz …]" or "“…,”
    he said, [that both violent men …]", where the words go on after the cue."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        named = name_before_the_cue(verb)  # "“…,” Texas delegate Bill Eastland, wearing …, said"
        if not named:
            return False
        subject = named[0]
    elif verb.i - subject.i > 4:
        return False
    doc, at = verb.doc, subject.left_edge.i
    # the mark closes a quotation cut short by its cue: ",”", or "?”" in the same sentence
    if not (at > 1 and doc[at - 1].text in CLOSING_MARKS and (
            doc[at - 2].text == "," or doc[at - 2].text in ("?", "!") and doc[at - 2].sent == verb.sent)):
        return False
    following = [t for t in doc[verb.i + 1:verb.i + 3] if t.text != ","]
    if following and (following[0].text == ":" or following[0].lower_ == "that"):
        return False
    opening = opening_mark(doc[at - 1], verb.sent)
    return opening is not None and not any(t.is_alpha for t in doc[verb.sent.start:opening.i])


def says_enough(verb: Token, tokens: list[Token]) -> bool:
    """Three words or more; or fewer that name what the act of speech was about: "denied [the
    charges]", "announced [his candidacy]", "endorsed [Trump]", "declined [to comment]", "talks
    about [immigration]". Not "said [so]", "denied [it]", nor an indefinite "endorsed [a
    candidate]" or "asked [a question]" (that something was said, not what), nor where or to whom
    it was said ("wrote on [Twitter]", "asked [Sanders]"), nor "mocked [each other]"."""
    if len(tokens) >= 3:
        return True
    if not tokens or len(tokens) == 1 and not (tokens[0].ent_type_ in SPEAKER_ENTITIES or is_a_topic(tokens[0])):
        return False
    words = " ".join(t.lower_ for t in tokens)
    if tokens[0].lower_ in ("a", "an") or words in ("each other", "one another", "the following"):
        return False
    roots = [t for t in tokens if t.head not in tokens or t.head == t]
    if len(roots) > 1:
        return True  # "called [him divisive]"
    if roots[0].pos_ in ("PRON", "ADV"):
        return False  # "Thank [you all]", "I will tell [as well]": no topic named
    where = roots[0].dep_ == "pobj" and roots[0].head.lower_ in PLACE_PREPOSITIONS
    # "asked Republican politicians", "called Clinton" (on the telephone)
    lemma = verb.lemma_.lower()
    whom = roots[0].dep_ == "dobj" and (lemma in ASKING_VERBS or lemma == "call" and is_someone(roots[0]))
    return not (where or whom)
