"""What a parsed sentence says around a date, for the dated events of stage 2: the verb of a
word's clause and its subject, whether it is told in the past, whether a noun names an occurrence.
Shared by `dated_events` (which sentences are events) and `occurrences` (which dates place none)."""
from __future__ import annotations

import re


NOUNS = ("NOUN", "PROPN")
CONDITIONS = {"if", "unless"}
WHEN_AFTER = re.compile(r"^,?\s*when\b", re.IGNORECASE)  # "until 1998, when a dispute erupted": a "when" tells that time


def clause_verb(token):
    """The finite verb of the clause a word belongs to, past the participles that only describe
    a noun ("the challenges facing humankind today require")."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and not (token.tag_ in ("VBG", "VBN") and token.dep_ in ("acl", "amod")):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def subject_of(verb):
    if verb is None:
        return None
    for head in (verb, verb.head if verb.dep_ in ("conj", "xcomp") else None):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head is not None else []
        if subjects:
            return subjects[0]
    return None


def is_a_person(token) -> bool:
    """"President Xi", or "the President" the article's actors resolve to a person."""
    analysis = token.doc._.actors
    key = analysis.actor_of(token) if analysis else None
    return token.ent_type_ == "PERSON" or bool(key) and analysis.actors[key].kind == "person"


def told_as_past(verb) -> bool:
    """The past ("fired three missiles in the past week", "had made the previous night", "you saw
    them traveling in the region in the last couple of weeks"), not the present perfect ("we've seen
    over the past year") or the present."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries and verb.tag_ in ("VBG", "VBN") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return told_as_past(verb.head)  # a participle has the tense of the verb it hangs on
    if any(a.lemma_ == "have" for a in auxiliaries):
        return any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxiliaries)
    if auxiliaries:  # the auxiliaries carry the tense (a participle after "’s" is sometimes tagged a past)
        return any(a.tag_ == "VBD" for a in auxiliaries)
    return verb.tag_ == "VBD"


# A noun "today" dates is an occurrence of the day where it is made from a verb ("the sentencing",
# "the announcement", "the meeting") or names one; "the world today" and "humankind today" are the present.
OCCURRENCE_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "view", "al", "ure")
OCCURRENCE_NOUNS = {"vote", "call", "talks", "speech", "summit", "visit", "trial", "session", "debate", "launch",
                    "test", "attack", "strike", "raid", "ruling", "verdict", "decision", "deal", "walkout", "protest",
                    "request", "report", "video", "remarks", "address", "primary", "caucus", "rally", "contest",
                    "win", "victory", "defeat", "loss", "response", "trip", "tour", "melee", "clash", "crash", "tweet",
                    "show"}


def names_an_occurrence(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in OCCURRENCE_NOUNS or lemma.endswith(OCCURRENCE_ENDINGS)


# Nouns of an occurrence, for "be": narrower than names_an_occurrence, for "that was our position" is none
EVENT_LEMMAS = OCCURRENCE_NOUNS | {"meeting", "discussion", "conversation", "announcement", "election", "explosion",
                                  "invasion", "signing", "adoption", "ceremony", "conference", "hearing", "briefing",
                                  "incident", "event", "negotiation", "negotiations", "statement", "declaration",
                                  "activity", "activities"}
