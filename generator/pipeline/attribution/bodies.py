"""The bodies a text makes of places and people: "the Charlotte-Mecklenburg police", "the city of
Phoenix", "the Trump campaign", and the nouns it introduces people with ("Ray Tomasik, the
challenger,"). A part of the `SpeakerSieve`, which sets `doc`, `analysis` and `local_bodies`."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...model import LocalActor, Mention
from ..actors import TITLE_HEADS
from ..extensions import text_of
from .documents import owner_of
from .tokens import is_definite, place_before, sex_of_noun
from .words import CIVIC_NOUNS, OFFICE_NOUNS, PERSONAL_BODIES, UNNAMED


class BodiesOfTheText:
    """Mixin of the sieve: what the text names bodies and people by."""

    def people_introduced_as(self) -> dict[str, dict[str, int]]:
        """The nouns the article introduces people with, in apposition or before the name
        ("Ray Tomasik, the challenger,", "the incumbent, Carol Dunleavy,", "beekeeper Ruth Ann
        Kowalczyk"): "the challenger" later is the person introduced so, if only one was."""
        found: dict[str, dict[str, int]] = {}  # noun -> person -> where first introduced so
        for i, key in self.analysis.token_actor.items():
            if self.analysis.actors[key].kind != "person":
                continue
            token = self.doc[i]
            nouns = [c for c in token.children if c.dep_ == "appos"]
            if token.dep_ == "appos":
                nouns.append(token.head)
            nouns += [c for c in token.children if c.dep_ == "compound" and c.is_lower and c.i < token.i]
            for noun in nouns:
                a_noun = noun.pos_ == "NOUN" and noun.tag_ == "NN" or noun.lower_ in TITLE_HEADS  # "The Treasurer, X,"
                if a_noun and (noun.i not in self.analysis.token_actor or self.analysis.token_actor[noun.i] == key):
                    people = found.setdefault(noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_, {})
                    people[key] = min(people.get(key, i), i)
                    if sex_of_noun(noun.lower_):  # "her late husband, Walt,": a man
                        self.analysis.gender.setdefault(key, sex_of_noun(noun.lower_))
        return found

    def introduced(self, noun: str, before: Optional[int] = None) -> set[str]:
        """The people introduced with the noun ("the challenger"), anywhere or before a token."""
        people = self.introduced_as.get(noun, {})
        return {key for key, i in people.items() if before is None or i < before}

    def name_personal_bodies(self) -> None:
        """Every "Trump campaign", "Clinton's team", "the Obama administration" of the text is an
        organisation, so that "the campaign" later has one to stand for."""
        for token in self.doc:
            if token.lemma_.lower() in PERSONAL_BODIES and token.pos_ == "NOUN" \
                    and token.i not in self.analysis.token_actor:
                body = self.personal_body(token)
                if body is not None:
                    self.remember(token, body)

    def name_local_bodies(self) -> None:
        """"the Charlotte-Mecklenburg police chief" names a body, the Charlotte-Mecklenburg police;
        "the city of Phoenix" is the city as a body, Phoenix. "Police said" and "the city said"
        later are the one named before."""
        for token in self.doc:
            if token.lower_ == "police":  # the police of "the Tulsa police chief", a person's title
                place = place_before(token)
                if place:
                    self.add_local_body(token, "police", place + [token])
            elif token.lemma_.lower() in CIVIC_NOUNS and token.pos_ == "NOUN" \
                    and token.i not in self.analysis.token_actor:
                place = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ == "GPE"]
                if place:
                    name = [t for t in place[0].subtree if t.ent_type_ == "GPE"]
                    self.add_local_body(token, token.lemma_.lower(), name, also=[token])
                elif body := self.local_body(token):  # "The city sent a letter. It says …"
                    self.remember(token, body)
            elif token.lower_ in OFFICE_NOUNS and token.is_lower and token.i not in self.analysis.token_actor:
                name = office_of_a_place(token)
                if name:
                    self.add_local_body(token, token.lemma_.lower(), name)

    def add_local_body(self, token: Token, kind: str, name: list[Token], also: tuple = ()) -> None:
        if any(self.analysis.actor_of(t) for t in name):
            return  # "the Clinton police": a person's, not a place's
        key = text_of(self.doc)[name[0].idx:name[-1].idx + len(name[-1].text)]
        actor = self.analysis.actors.setdefault(key, LocalActor(key=key, name=key, kind="organization"))
        actor.mentions.append(Mention(name[0].idx, name[-1].idx + len(name[-1].text), key))
        for word in [*name, *also]:
            if word.i not in self.analysis.token_actor:
                self.remember(word, key)
        self.local_bodies.append((token.i, kind, key))

    def local_body(self, head: Token) -> Optional[str]:
        """"Police say", "the city sent a letter": the body of that kind named last before (or,
        for the police, the only one the article names, as it often does only further on)."""
        kind = head.lemma_.lower() if head.lower_ != "police" else "police"
        if kind != "police" and not (kind in CIVIC_NOUNS and is_definite(head)):
            return None
        named = [(i, key) for i, known, key in self.local_bodies if known == kind]
        earlier = [key for i, key in named if i < head.i]
        if earlier:
            return earlier[-1]
        return named[0][1] if kind == "police" and len({key for _, key in named}) == 1 else None

    def personal_body(self, head: Token) -> Optional[str]:
        """"the Trump campaign": an organisation of its own, "Trump campaign", where a person owns
        the campaign, team or administration."""
        return self.body_of_person(owner_of(head, self.analysis), head)

    def body_of_person(self, person: Optional[str], head: Token) -> Optional[str]:
        if person is None or person == UNNAMED or self.analysis.actors[person].kind != "person":
            return None
        key = f"{person.split()[-1]} {PERSONAL_BODIES[head.lemma_.lower()]}"
        actor = self.analysis.actors.setdefault(key, LocalActor(key=key, name=key, kind="organization"))
        start = min(t.idx for t in head.subtree if t.i <= head.i and t.dep_ != "det")
        end = head.idx + len(head.text)
        actor.mentions.append(Mention(start, end, text_of(self.doc)[start:end]))
        return key


def office_of_a_place(noun: Token) -> list[Token]:
    """"the Saxony state economy ministry", "the Cebu provincial health office": a public office
    the model did not tag, named by its place and its field in lower case; its words."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod", "nmod") or t == noun]
    joined = words[-1].i - words[0].i == len(words) - 1
    if len(words) < 3 or not joined or words[0].ent_type_ != "GPE" or not all(t.is_lower for t in words[1:]):
        return []
    return words
