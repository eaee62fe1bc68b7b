"""Small questions about one token of the parse: is it definite, owned, a title, part of a
hyphenated word; the name or place right before it; a title's own words."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Token
from ..actors import AGED, GENERIC_NOUNS, HONORIFICS, LOWER_RANKS, TITLE_HEADS
from ..actors.words import ORGANISATION_ENDINGS, SITE_WORDS, TITLE_MODIFIERS
from ..extensions import text_of
from ..speech.speakers import SUBJECTS

from .words import RELATIVE_PRONOUNS, TITLE_ABBREVIATIONS


def unnamed_source(head: Token) -> str:
    """The whole description of a source left unnamed, with what follows the noun ("a source
    close to the talks", "officials familiar with the plan"), up to a comma or a clause."""
    words = [head]
    for child in head.children:
        if child.i > head.i and child.dep_ in ("amod", "prep", "acl") and not any(t.is_punct for t in child.subtree):
            words += list(child.subtree)
    words += [t for t in head.subtree if t.i < head.i and t.dep_ not in ("relcl", "punct")]
    start, end = min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    return text_of(head.doc)[start:end] if len(words) <= 12 else head.text


def after_a_hyphen(token: Token) -> bool:
    """"chef" of "sous-chef", "wife" of "ex-wife": part of another word."""
    return token.i > 0 and token.doc[token.i - 1].text == "-"


def the_noun_a_relative_stands_for(head: Token) -> Token:
    """"said Mr. Kamin, who emphasized that …": "who" is Mr. Kamin, whether the parser hung the
    clause on him or not (then the noun right before the pronoun, past a comma)."""
    if head.lower_ not in RELATIVE_PRONOUNS or head.dep_ not in SUBJECTS:
        return head
    before = [t for t in head.doc[max(0, head.i - 3):head.i] if not t.is_punct]
    just_before = before[-1] if before and head.lower_ != "that" and before[-1].pos_ in ("NOUN", "PROPN") else None
    if just_before is not None and just_before.pos_ == "PROPN":
        return just_before  # "Patti LaBelle and Stevie Wonder, who joked": the name right before
    if head.head.dep_ == "relcl":
        return head.head.head
    return just_before or head


# Entity labels of no speaker; a name the model calls a work ("Zero Hedge said") may still be one.
NOT_NAMES = {"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT",
             "LAW", "LANGUAGE", "FAC"}


def name_before(head: Token) -> list[Token]:
    """The capitalised words of a name ending at `head` ("The [S.E.C.]", "Tulsa police Chief [Chuck
    Jordan]", "[Amber Valley Borough Council]", "The [Ashland County 4-H Council]"), or nothing where
    `head` is no name: a lone "Council" is a reference to one named before."""
    body = head.lower_ in GENERIC_NOUNS | ORGANISATION_ENDINGS | SITE_WORDS
    misread_body = body and head.ent_type_ in ("FAC", "LOC")  # a council, a port taken for a building, a place
    if not (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG")) or not head.text[:1].isupper() \
            or head.ent_type_ in NOT_NAMES and not misread_body or head.lower_ in TITLE_HEADS \
            or len(head.text) < 2 or is_indefinite(head):
        return []  # "One Republican threatened …" is somebody unnamed
    words = [head]
    in_entity = head.ent_iob_ == "I"  # the words of the model's own name go with it: "4-H"
    for token in reversed(head.doc[max(0, head.i - 5):head.i]):
        capitalised = token.pos_ == "PROPN" and token.text[:1].isupper() and token.head in words
        if not (capitalised or in_entity and token.lower_ != "the") or token.lower_ in TITLE_HEADS \
                or token.lower_ in HONORIFICS:
            break
        words.insert(0, token)
        in_entity = token.ent_iob_ == "I"
    return words if len(words) > 1 or head.lower_ not in GENERIC_NOUNS else []


def text_of_words(words: list[Token]) -> str:
    """The words of a name as the text has them: "4-H", not "4 - H"."""
    return words[0].doc[words[0].i:words[-1].i + 1].text


def place_before(token: Token) -> list[Token]:
    """"Charlotte-Mecklenburg" in "the Charlotte-Mecklenburg police chief": the capitalised words
    right before a word, however the parser hung them."""
    words: list[Token] = []
    for word in reversed(token.doc[max(0, token.i - 5):token.i]):
        if word.pos_ == "PROPN" and word.text[:1].isupper() or word.ent_type_ == "GPE" \
                or word.text == "-" and words and word.i > 0 and word.nbor(-1).pos_ == "PROPN":
            words.insert(0, word)
        else:
            break
    return words


FEMALE_NOUNS = {"mother", "wife", "daughter", "sister", "actress", "queen", "widow", "grandmother", "granddaughter",
                "aunt", "niece", "girl", "girlfriend", "mum", "mom", "princess", "duchess", "nun", "bride"}
MALE_NOUNS = {"father", "husband", "son", "brother", "actor", "king", "widower", "grandfather", "grandson", "uncle",
              "nephew", "boy", "boyfriend", "dad", "prince", "duke", "monk", "groom"}


def sex_of_noun(word: str) -> Optional[str]:
    """"businessman" -> "m", "spokeswoman" -> "f"; None for "senator"."""
    if word.endswith("woman") or word in FEMALE_NOUNS:
        return "f"
    if word.endswith("man") or word in MALE_NOUNS:
        return "m"
    return None


def title_modifiers(head: Token) -> set[str]:
    """"the deputy minister" -> {"deputy"}: the title's own words, which only someone holding
    that title answers to."""
    return {t.lower_ for t in head.children if t.i < head.i and t.is_lower and t.dep_ in ("amod", "compound")
            and not AGED.search(t.text)}


def lower_rank_before(token: Token, head: Token) -> bool:
    """"Deputy Governor" is not "the governor"."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in LOWER_RANKS - title_modifiers(head)


def holds_title(title: str, wanted: set[str]) -> bool:
    words = set(expand_title(title))
    return wanted <= words and not (words & LOWER_RANKS - wanted)


def only_title_words(name: str) -> bool:
    """"Additional IG", "CORONER": a title the model took for a name."""
    words = name.lower().split()
    return bool(words) and words[-1] in TITLE_HEADS and all(w in TITLE_HEADS | TITLE_MODIFIERS | {"additional"}
                                                            for w in words)


def expand_title(title: str) -> list[str]:
    """"Sen. Ted Cruz" holds the title "Sen.": the senator; "the IG", the inspector general."""
    return [full for word in title.lower().split() for full in TITLE_ABBREVIATIONS.get(word, word).split()]


def name_head(token: Token) -> Token:
    """"Mitt" in "Mitt Romney": the name's head word, which carries its role in the sentence."""
    while token.dep_ in ("compound", "flat") and token.head != token and token.head.i > token.i:
        token = token.head
    return token


def depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def is_title(token: Token) -> bool:
    return token.lower_ in TITLE_HEADS


def has_owner(head: Token) -> bool:
    """"his attorney", "Pagliano's lawyer": a noun with a possessive before it."""
    return any(c.dep_ == "poss" for c in head.children)


def is_indefinite(head: Token) -> bool:
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "some", "any", "every", "each")
               for c in head.children)


def is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children) \
        or is_bare_role(head) or description_hung_on_the_verb(head)


def description_hung_on_the_verb(head: Token) -> bool:
    """"“…,” the 34-year-old said", parsed with "the" and "34-year-old" both on "said": the
    words from "the" up to the head, all hung on the head's verb, are one description."""
    if head.dep_ != "amod" or head.head.i != head.i + 1:
        return False
    doc, start = head.doc, head.i
    while start > 0 and not doc[start - 1].is_quote and (
            doc[start - 1].head == head.head or doc[start - 1].head.i in range(start - 1, head.i + 1)):
        start -= 1
    return doc[start].lower_ == "the" and doc[start].head == head.head


# roles English uses with no article, as a title: "“Where is the money?” counsel asked", "Coach says"
BARE_ROLES = {"counsel", "coach", "skipper"}


def is_bare_role(head: Token) -> bool:
    return head.tag_ == "NN" and head.lemma_.lower() in BARE_ROLES and head.dep_ in ("nsubj", "nsubjpass") \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
