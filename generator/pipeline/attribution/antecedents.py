"""The antecedent search the sieve's steps share: the most salient actor of the sentences before
a token that fits, never a name inside a quotation, never across a section break. A part of the
`SpeakerSieve`, which sets `doc`, `analysis`, `roles`, `speakers_at` and `described`, and gives
`relation`, `description` and `person_of_age` (the steps this search may ask)."""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Span, Token

from ..actors import AGED, PERSON_NOUNS, SECTION_BREAK, TITLE_HEADS
from ..extensions import text_of
from ..speech.speakers import SUBJECTS, is_speech_verb
from .tokens import after_a_hyphen, depth, has_owner, is_definite, is_indefinite, name_head
from .words import (ANTECEDENT_SENTENCES, ASKERS, DOCUMENT_NOUNS, ORGANISATION_NOUNS, SAYING_VERBS,
                    SINGULAR_PERSON, SPOKESPERSON_NOUNS, UNNAMED)


class AntecedentSearch:
    """Mixin of the sieve: looking back (and a little ahead) for whom a word means."""

    def sentences_ahead(self, token: Token) -> int:
        """Where the search for a name given later ends: a few sentences on, or a section break."""
        end = token.sent.end
        text = text_of(self.doc)
        for _ in range(ANTECEDENT_SENTENCES - 2):
            if end >= len(self.doc):
                break
            following = self.doc[end].sent
            if SECTION_BREAK.search(text, self.doc[end - 1].idx, following.start_char + 1):
                break
            end = following.end
        return end


    def is_person_of_gender(self, key: str, gender: str) -> bool:
        actor = self.analysis.actors[key]
        return actor.kind == "person" and self.analysis.gender.get(key) in (None, gender)

    def antecedent(self, pronoun: Token, fits: Callable[[str], bool], people: bool = False,
                   speaking: bool = False) -> Optional[str]:
        """The nearest sentence before the pronoun (its own included) that names an actor that
        fits: the most salient of them. Names inside quotation marks do not count; the search
        stops at a section break and at an unknown name in subject position (it may well be whom
        the pronoun means). For "he" and "she" (`people`), a spokesperson resolved before counts
        too, and so does a person the writer leaves unnamed ("a spokesman … said. He added …"),
        who keeps the pronoun unnamed; for a pronoun that speaks, so does anyone unnamed who spoke
        ("One fisherman … said he had not been to sea. “…,” he said")."""
        for sentence, limit in self.sentences_back(pronoun):
            named = [(i, key) for i, key in self.analysis.named_between(sentence.start, limit)
                     if (fits(key) or people and i in self.roles) and key != self.asker
                     and not self.analysis.is_quoted(self.doc[i])
                     and not self.object_of_a_clause_under(pronoun, self.doc[i])]
            named += [(t.i, key) for t, key in self.described_subjects(sentence.start, limit) if fits(key)]
            if people:
                named += [(i, key) for i, key in self.subject_pronouns_in(sentence.start, limit, pronoun) if fits(key)]
            if people:
                named += [(t.i, UNNAMED) for t in self.doc[sentence.start:limit] if self.unnamed_person(t, speaking)]
            if named:
                at, key = min(named, key=lambda found: self.salience(self.doc[found[0]]))
                if at in self.roles:  # "he" after "a spokesman for the ministry" speaks for it too
                    self.roles[pronoun.i] = self.roles[at]
                if key == UNNAMED and (given := self.name_given_as(self.doc[at])):  # "who gave his name as …"
                    return given
                if key == UNNAMED and has_owner(self.doc[at]):  # "Pagliano's lawyer … said he …"
                    related = self.relation(self.doc[at])
                    return related if related not in (None, UNNAMED) and fits(related) else UNNAMED
                return key
            if self.analysis.unknown_subject(self.doc[sentence.start:limit]):
                return None
        return None

    def subject_pronouns_in(self, start: int, end: int, pronoun: Token) -> list[tuple[int, str]]:
        """"He had special praise for Springer. “…,” he joked.": a "he" that is the subject of a
        sentence before stands for whom it stands for, which outranks the name it speaks of."""
        found = []
        for token in self.doc[start:min(end, pronoun.i)]:
            same_sex = SINGULAR_PERSON.get(token.lower_) == SINGULAR_PERSON.get(pronoun.lower_)
            if token.dep_ not in SUBJECTS or not same_sex or token.i in self.analysis.token_actor \
                    or self.analysis.is_quoted(token):
                continue
            if token.i not in self.subject_pronouns:
                self.subject_pronouns[token.i] = None  # while it is worked out: no pronoun stands for itself
                self.subject_pronouns[token.i] = self.pronoun(token)
            key = self.subject_pronouns[token.i]
            if key is not None and key != UNNAMED:
                found.append((token.i, key))
        return found

    def described_subjects(self, start: int, end: int) -> list[tuple[Token, str]]:
        """"The 45-year-old defendant stood …": a subject that gives the age of a person of the
        article, for the pronouns after it (a looser description may mean anyone: not those)."""
        found = []
        for token in self.doc[start:end]:
            if token.dep_ not in SUBJECTS or token.pos_ not in ("NOUN", "ADJ") or not is_definite(token) \
                    or token.i in self.analysis.token_actor or self.analysis.is_quoted(token) \
                    or not AGED.search(self.doc[token.left_edge.i:token.i + 1].text):
                continue
            if token.i not in self.described:
                self.described[token.i] = self.person_of_age(token)
            if self.described[token.i] is not None:
                found.append((token, self.described[token.i]))
        return found

    @staticmethod
    def object_of_a_clause_under(pronoun: Token, token: Token) -> bool:
        """"Campaigning against Mitt Romney, he …": the object of a clause that hangs on the
        pronoun's own verb is someone else (but in "called Clinton a disgrace after she attacked
        …", the pronoun's clause hangs on the object's, and may well mean her)."""
        name = name_head(token)
        return name.dep_ in ("dobj", "pobj") and pronoun.head in name.ancestors

    def unnamed_person(self, token: Token, speaking: bool = False) -> bool:
        """"a spokesman", "one official" as a subject: someone the writer does not name; and, with
        `speaking`, "One fisherman … said": any noun that speaks but a body's, a document's or an
        asker's ("one questioner claimed …": the answer after it is someone else's)."""
        word = token.lemma_.lower()
        if token.lower_ in ("one", "someone", "somebody") and token.dep_ in SUBJECTS \
                and not self.analysis.is_quoted(token):
            # "As the supporters filed out, one summed up the mood. “…,” he said."
            return not self.named_beside(token)
        return (token.dep_ in SUBJECTS or self.subject_read_as_apposition(token)) \
            and token.tag_ == "NN" and not is_definite(token) \
            and not any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.i in self.analysis.token_actor)
                        for c in token.children) and not after_a_hyphen(token) \
            and token.i not in self.analysis.token_actor and not self.analysis.is_quoted(token) \
            and (word in PERSON_NOUNS | SPOKESPERSON_NOUNS or token.lower_ in TITLE_HEADS
                 or speaking and token.is_lower and token.head.lemma_.lower() in SAYING_VERBS  # not "Grace"
                 and word not in DOCUMENT_NOUNS | ORGANISATION_NOUNS | ASKERS)  # nor "a test rejected …"

    def subject_read_as_apposition(self, noun: Token) -> bool:
        """"On Velachery Main Road, a tea stall owner who did not want to be named said …": the
        parser set the person beside the place; an indefinite person beside no person is a subject."""
        owner = self.analysis.token_actor.get(noun.head.i)
        beside_no_person = owner is not None and self.analysis.actors[owner].kind != "person"
        place = noun.head.ent_type_ in ("GPE", "LOC", "FAC") or beside_no_person
        return noun.dep_ == "appos" and is_indefinite(noun) and noun.head.i < noun.i and place

    def named_beside(self, one: Token) -> bool:
        """"One of them, Theresa Okafor, …": a name in apposition in the phrase (not "one of them, a
        teacher who asked not to be named")."""
        named = any(t.pos_ == "PROPN" or t.i in self.analysis.token_actor for t in one.subtree)
        return named and any(t.dep_ == "appos" for t in one.subtree)

    def salience(self, token: Token) -> tuple:
        """Lower is more salient: a speaker ("McLenney said Clinton does not …" makes McLenney
        the one who goes on, and so does "According to Ham, …"), then a person just introduced
        with who they are ("… concerns Henry Crespo, president of …"), then subjects, the main
        clause's first, then the name nearest the pronoun."""
        subject = token.dep_ in SUBJECTS
        speaking = subject and is_speech_verb(token.head) or token.i in self.speakers_at
        introduced = any(c.dep_ == "appos" for c in token.children) or token.dep_ == "appos"
        return (not speaking, not introduced, not subject, depth(token) if subject else 0, -token.i)

    def body_antecedent(self, pronoun: Token) -> Optional[str]:
        """"it": the nearest subject before it, if that is a body or a country; "It" after "The
        city sent a letter" or "A video shows" is the thing, not a body named further back."""
        for sentence, limit in self.sentences_back(pronoun):
            subjects = [t for t in self.doc[sentence.start:limit] if t.dep_ in SUBJECTS and t != pronoun
                        and not self.analysis.is_quoted(t) and t.pos_ in ("NOUN", "PROPN")]
            if subjects:
                key = self.analysis.actor_of(subjects[0])
                if key is None and subjects[0].lemma_.lower() in DOCUMENT_NOUNS:
                    key = self.owner(subjects[0])  # "An email from Acme advises …: “…,” it says."
                if key is not None and key != UNNAMED and self.analysis.actors[key].kind in ("country", "organization"):
                    return key
                return None
        return None

    def plural_antecedent(self, pronoun: Token) -> Optional[str]:
        """"they": the nearest subject before it that is a body or a country, or None where it is
        a plural nobody names ("Officials met … They said …")."""
        for sentence, limit in self.sentences_back(pronoun):
            subjects = [t for t in self.doc[sentence.start:limit] if t.dep_ in SUBJECTS and t != pronoun
                        and not self.analysis.is_quoted(t)
                        and (t.tag_ in ("NNS", "NNPS") or self.analysis.actor_of(t) is not None)]
            if not subjects:
                continue
            token = min(subjects, key=self.salience)  # "the council said it would act if North Korea …"
            key = self.analysis.actor_of(token)
            if key is not None and self.analysis.actors[key].kind in ("organization", "country"):
                return key
            return UNNAMED  # "officials", "Republicans": unnamed, not the body named before
        return None

    def sentences_back(self, token: Token):
        """(sentence, end) pairs from the token's own sentence (up to the token) backwards, over at
        most ANTECEDENT_SENTENCES of the writer's own, not across a section break ("___", "3:15 p.m.")."""
        sentence, limit = token.sent, token.i
        text = text_of(self.doc)
        narrative = 0  # sentences all inside quotation marks are someone's words: they do not count
        while narrative < ANTECEDENT_SENTENCES:
            yield sentence, min(limit, sentence.end)
            narrative += self.is_narrative(sentence)
            if sentence.start == 0:
                return
            previous = self.doc[sentence.start - 1].sent
            if SECTION_BREAK.search(text, max(0, previous.start_char - 1), sentence.start_char + 1):
                return
            sentence, limit = previous, previous.end

    def narrative_back(self, token: Token, sentences: int) -> int:
        """Where the last `sentences` of the writer's own up to the token begin (those all inside
        quotation marks are passed over, not counted)."""
        start = token.sent.start
        for sentence, _ in self.sentences_back(token):
            start = sentence.start
            sentences -= self.is_narrative(sentence)
            if sentences <= 0:
                break
        return start

    def is_narrative(self, sentence: Span) -> bool:
        """The writer's own words, not a sentence all inside quotation marks."""
        return not all(self.analysis.is_quoted(t) or t.is_punct or t.is_space for t in sentence)

    def remember(self, head: Token, key: str) -> None:
        """A resolved pronoun or description joins the actor's mentions, for the pronouns after it."""
        self.analysis.token_actor[head.i] = key
        self.analysis._ordered = None
