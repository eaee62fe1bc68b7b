"""Documents and their owners: "a Bloomberg poll", "a report by the IMF", "an analysis released by
the VA", "In a statement, the ministry said", "The RNC released a video", "the Reuters/Ipsos poll"."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Doc, Token
from ...model import LocalActor, Mention
from ..actors import ActorAnalysis
from ..extensions import text_of
from ..speech.speakers import SUBJECTS

from .words import DOCUMENT_KINDS, DOCUMENT_NOUNS, ISSUING_VERBS, OWNER_PREPOSITIONS


# Verbs of passing on what someone else issued: the outlet that carries a statement did not make it
CARRYING_VERBS = {"carry", "publish", "broadcast", "air", "run", "report", "quote", "relay", "cite", "print", "post"}


def owner_of(head: Token, analysis: ActorAnalysis) -> Optional[str]:
    """The actor a document noun belongs to: a name before it ("a Bloomberg poll", "Clinton's
    ad") or after by/from/of ("a report by the IMF")."""
    joint = joint_owner(head, analysis)
    if joint is not None:
        return joint
    for child in head.children:
        if child.dep_ in ("compound", "poss", "nmod", "npadvmod") and child.i < head.i:
            key = analysis.token_actor.get(child.i)
            if key is None:  # "a Quinnipiac University poll": the name's own head
                key = next((analysis.token_actor[t.i] for t in child.subtree if t.i in analysis.token_actor), None)
            if key is not None:
                return key
        # "a report by the IMF", "a statement from the ministry": right after the noun, not "in a statement
        # that its personnel … had rescued 3,000 people from Taman Sri Muda", which the parser may hang on it
        by_whom = child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS or child.dep_ == "agent"
        if by_whom and child.i == head.i + 1:
            for obj in child.children:
                key = analysis.actor_of(obj)
                if obj.dep_ == "pobj" and key is not None:
                    return key
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in CARRYING_VERBS:
            # "an analysis released by the VA"; not "a statement carried by the official news agency"
            key = owner_of(child, analysis)
            if key is not None:
                return key
    return None


def joint_owner(document: Token, analysis: ActorAnalysis) -> Optional[str]:
    """"a USA TODAY analysis", "the Reuters/Ipsos poll": a name before the document that the model
    took only part of ("USA", "Reuters") is an organisation of its own, named in full."""
    words = name_run_before(document)
    known = [analysis.token_actor.get(t.i) for t in words if not t.is_punct]
    if not words or all(known) or not any(known):
        return None  # "the annual Global Trends report": a title, not whose it is
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = text_of(document.doc)[start:end]
    actor = analysis.actors.setdefault(name, LocalActor(key=name, name=name, kind="organization"))
    actor.mentions.append(Mention(start, end, name))
    for token in words:
        analysis.token_actor[token.i] = name
    for part in {key for key in known if key}:  # "USA" in "USA TODAY" was never the country
        analysis.forget_mentions(part, start, end)
    analysis._ordered = None
    return name


def name_run_before(document: Token) -> list[Token]:
    """The capitalised words before a document noun, past at most two lower-case ones ("the
    latest [Reuters/Ipsos] opinion poll"), joined by "/" or "-"."""
    doc = document.doc
    at = document.i - 1
    while at >= 0 and document.i - at <= 2 and doc[at].is_lower and doc[at].head == document:
        at -= 1
    words: list[Token] = []
    while at >= 0 and (doc[at].text[:1].isupper() and doc[at].pos_ in ("PROPN", "NOUN", "ADJ")
                       or doc[at].text in ("/", "-") and words and at > 0 and doc[at - 1].text[:1].isupper()):
        words.insert(0, doc[at])
        at -= 1
    return words


def owned_documents(doc: Doc, analysis: ActorAnalysis) -> list[tuple[int, str, str]]:
    """(token, lemma, owner) of every owned document in the text, for "the poll" later on."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in DOCUMENT_NOUNS and token.pos_ == "NOUN":
            owner = owner_of(token, analysis) or issuer_of(token, analysis)
            if owner is not None:
                found.append((token.i, lemma, owner))
    return found


def same_kind_of_document(earlier: str, later: str) -> bool:
    return earlier == later or any(earlier in kind and later in kind for kind in DOCUMENT_KINDS)


def issuer_of(document: Token, analysis: ActorAnalysis) -> Optional[str]:
    """"In a statement, the ministry said …", "The RNC released a video", "Clinton has a new
    ad": who spoke in the document."""
    subject = issuing_subject(document)
    return analysis.actor_of(subject) if subject is not None else None


def issuing_subject(document: Token) -> Optional[Token]:
    """The subject of the verb that issued or spoke in a document."""
    if document.dep_ == "dobj" and document.head.lemma_.lower() in ISSUING_VERBS:
        verb = document.head
    elif document.dep_ == "pobj" and document.head.lower_ in ("in", "through"):
        verb = document.head.head
    else:
        return None
    # "The EFCC had, in a statement, urged …": the parser may hang the subject on the auxiliary
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None) or next(
        (s for aux in verb.children if aux.dep_ == "aux" for s in aux.children if s.dep_ in SUBJECTS), None)
