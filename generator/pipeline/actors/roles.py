"""Titles and affiliations from the words around a name: "Russian Deputy Foreign Minister
[Gennady Gatilov]", "[Wang Yi], China's foreign minister", "China's [Wang]"."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Doc, Span, Token
from ...model import Role
from .gazetteer import Gazetteer

from .words import HONORIFICS, POSSESSIVE_TOKENS, TITLE_HEADS, TITLE_MODIFIERS


def read_title(doc: Doc, name_start: int, gazetteer: Gazetteer) -> Optional[Role]:
    """Title words right before a name, and whose office it is: "Russian Deputy Foreign Minister
    [Gennady Gatilov]", "US Secretary of State [Rex Tillerson]", "the Japanese ambassador to China
    [Anami Koreshige]" (Japan's ambassador: a country after "to" is where, not whose)."""
    words: list[Token] = []
    i = name_start - 1
    while i >= 0:
        place = destination_before(doc, i, gazetteer)
        if place:  # "ambassador to China", "envoy to North Korea"
            words = list(doc[place:i + 1]) + words
            i = place - 1
        elif is_title_word(doc[i], gazetteer):
            words.insert(0, doc[i])
            i -= 1
        else:
            break
    joined = [at for at, w in enumerate(words) if w.lower_ == "and" and at and words[at - 1].lower_ in TITLE_HEADS]
    if joined:  # "the President and President Xi": two people; "Minister of Trade and Industry" is one title
        words = words[joined[-1] + 1:]
    while words and words[0].lower_ in ("of", "for", "and", "the", "to"):
        words.pop(0)
    if not any(w.lower_ in TITLE_HEADS for w in words):
        return None
    affiliation = owner_inside(words, gazetteer) or owner_before(doc, i, gazetteer)
    title = [w for w in words if not is_owner_word(w, words, gazetteer)]
    while title and title[0].lower_ in ("of", "for", "and", "the"):
        title.pop(0)
    return Role(title=title_case(" ".join(w.text for w in title)), affiliation=affiliation)


def is_title_word(token: Token, gazetteer: Gazetteer) -> bool:
    if token.lower_ in HONORIFICS:
        return False
    entry = gazetteer.lookup(token.text)
    if entry and entry.kind in ("country", "organization") and token.text[:1].isupper():
        return token.i > 0 and token.nbor(-1).lower_ not in ("to", "at", "in", "with")  # "US Secretary of State"
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_MODIFIERS


def destination_before(doc: Doc, i: int, gazetteer: Gazetteer) -> Optional[int]:
    """Where "to China" / "to North Korea" (ending at token i) starts, when a title head precedes it."""
    for length in (1, 2, 3):
        start = i - length + 1
        if start < 2:
            break
        entry = gazetteer.lookup(doc[start:i + 1].text)
        if entry and entry.kind in ("country", "organization") and doc[start - 1].lower_ in ("to", "at") \
                and doc[start - 2].lower_ in TITLE_HEADS:
            return start - 1
    return None


def is_owner_word(token: Token, words: list[Token], gazetteer: Gazetteer) -> bool:
    """A country word in the title that says whose office it is ("US" in "US Secretary of State")."""
    entry = gazetteer.lookup(token.text)
    if not entry or entry.kind != "country" or token.lower_ in TITLE_HEADS:
        return False
    return token.i == 0 or token.nbor(-1).lower_ not in ("to", "at") and not (
        token.i > 1 and token.nbor(-1).pos_ == "PROPN" and token.nbor(-2).lower_ in ("to", "at"))


def owner_inside(words: list[Token], gazetteer: Gazetteer) -> Optional[str]:
    for token in words:
        if is_owner_word(token, words, gazetteer):
            return gazetteer.lookup(token.text).name
    return None


def owner_before(doc: Doc, i: int, gazetteer: Gazetteer) -> Optional[str]:
    """"Russian [Deputy Foreign Minister]", "China’s [Foreign Minister]"."""
    if i < 0:
        return None
    owner = i - 1 if doc[i].text in POSSESSIVE_TOKENS and i > 0 else i
    for start in (owner, owner - 1, owner - 2):
        if start < 0:
            break
        entry = gazetteer.lookup(doc[start:owner + 1].text)
        if entry and entry.kind in ("country", "organization"):
            return entry.name
    return None


def read_apposition(span: Span, gazetteer: Gazetteer) -> Optional[Role]:
    """"Wang Yi, China's foreign minister, …": the title in an apposition after the name; or
    before it, "Sierra Leone’s ambassador, Fatmata Kamara-Jalloh, …", the name in apposition."""
    root = span.root
    titles = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i < span.start:
        titles.append(root.head)
    titles += office_misread_before(span)
    for child in titles:
        if child.lower_ in TITLE_HEADS:
            words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("compound", "amod") or t == child]
            affiliation = None
            for t in child.subtree:
                entry = gazetteer.lookup(t.text)
                if entry and entry.kind in ("country", "organization") and t.i < child.i:
                    affiliation = entry.name
            title_words = [w.text for w in words if gazetteer.lookup(w.text) is None]
            return Role(title=title_case(" ".join(title_words)), affiliation=affiliation)
    return None


def office_misread_before(span: Span) -> list[Token]:
    """"Led in evidence by the EFCC prosecutor, Mr Rotimi Oyedepo, the witness said": the parser
    made the name a second subject of "said"; set off by commas after the office, it is its holder."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1
    if start < 2 or doc[start - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return []
    office = doc[start - 2]
    misread = office.lower_ in TITLE_HEADS and office.dep_ in ("pobj", "dobj") and span.root.dep_ != "appos"
    return [office] if misread else []


def possessive_affiliation(span: Span, gazetteer: Gazetteer) -> Optional[str]:
    """"China’s Wang": the country that owns the name."""
    if span.start >= 2 and span.doc[span.start - 1].text in POSSESSIVE_TOKENS:
        return owner_before(span.doc, span.start - 1, gazetteer)
    return None


def title_case(text: str) -> str:
    small = {"of", "for", "and", "the", "to", "at"}
    return " ".join(w if w.lower() in small else (w[:1].upper() + w[1:]) for w in text.split())
