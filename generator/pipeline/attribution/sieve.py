"""The speaker sieve itself: `attribute_speakers` and `SpeakerSieve`, its steps in order (see
the package docstring); the bodies the text names and the antecedent search are its mixins
(`bodies`, `antecedents`)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from ...model import LocalActor, Mention, QuoteRecord, Role
from ..actors import (AGED, GENERIC_NOUNS, GOVERNMENT_HEADS, HONORIFICS, KOREAN_NAME, PERSON_NOUNS, TITLE_HEADS,
                      ActorAnalysis, age_word_before, is_first_name, likeliest_bearer, name_words, names_no_speaker,
                      older_or_younger, short_form_of)
from ..extensions import text_of
from ..speech.speakers import SUBJECTS, is_speech_verb
from .antecedents import AntecedentSearch
from .bodies import BodiesOfTheText
from .documents import issuing_subject, owned_documents, owner_of, same_kind_of_document
from .tokens import (after_a_hyphen, expand_title, has_owner, holds_title, is_definite, is_indefinite, is_title,
                     lower_rank_before, name_before, only_title_words, sex_of_noun, text_of_words,
                     the_noun_a_relative_stands_for, title_modifiers, unnamed_source)
from .words import (ANSWER_NOUNS, ASKING_VERBS, BUSINESS_NOUNS, DOCUMENT_NOUNS, NOBODY_NAMED, NOT_MINISTERIAL,
                    OFFICES_NAMED_LATER, ORGANISATION_NOUNS, PARAGRAPH_BREAK, PERSONAL_BODIES, PLURAL_PRONOUNS,
                    PUBLIC_BODIES, SAME_ROLES, SINGULAR_PERSON, SPOKESPERSON_NOUNS, THING_PRONOUNS, UNNAMED,
                    QUESTION_VERBS, UNNAMED_KINDS, UNNAMED_PRONOUNS)


# The kin a family feature names: "her husband", "Mr Ó Briain's brother", "his daughter-in-law".
KIN_NOUNS = {"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widower",
             "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew", "mum",
             "mom", "dad", "cousin", "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law"}


# Who stands in a trial, and who conducts it: "the witness" after "the prosecutor, Mr Rotimi Oyedepo,"
COURT_PARTIES = {"witness", "defendant", "accused", "complainant", "victim", "plaintiff", "claimant", "appellant",
                 "respondent", "petitioner", "juror"}
COURT_OFFICERS = {"prosecutor", "judge", "magistrate", "justice", "counsel", "lawyer", "attorney", "advocate",
                  "barrister", "solicitor", "coroner", "registrar"}


def has_the_word(name: str, word: str) -> bool:
    """"the organisation" in "World Health Organization": a word of the name, spelt either way."""
    def us(text: str) -> str:
        return text.replace("isation", "ization")
    return us(word) in {us(w) for w in name_words(name)}


def family_name(key: str) -> str:
    """"Grace Mwale" -> "Mwale"; a Korean name as English news writes it puts it first ("Han Mi-rae")."""
    words = key.split()
    return words[0] if KOREAN_NAME.fullmatch(key) else words[-1]


def is_ministerial_secretary(title: str) -> bool:
    """"The Education Secretary, Gillian Marsh," is "the minister" later; a union's general
    secretary or a press secretary is not."""
    return holds_title(title, {"secretary"}) and not set(title.lower().split()) & NOT_MINISTERIAL


def attribute_speakers(doc: Doc, quotes: list[QuoteRecord]) -> None:
    """Resolve every quote's speaker, in the order of the text (a pronoun looks back on the
    speakers resolved before it)."""
    analysis: Optional[ActorAnalysis] = doc._.actors
    if analysis is None:
        return
    sieve = SpeakerSieve(doc, analysis)
    ordered = sorted(quotes, key=lambda q: q.start)
    following_on = {id(q) for q in ordered if q.resolved_by == "follow-on" and q.speaker_head is None}
    before: Optional[QuoteRecord] = None
    for quote in ordered:  # every quote with words of its own naming the speaker first
        if id(quote) not in following_on:
            sieve.asker = sieve.who_asked(quote, before)
            sieve.attribute(quote)
            sieve.asker = None
        before = quote
    last: Optional[QuoteRecord] = None
    for at, quote in enumerate(ordered):  # then those that follow on, with both neighbours known
        if id(quote) in following_on:
            after = next((q for q in ordered[at + 1:] if id(q) not in following_on), None)
            sieve.follow_on(quote, last, after)
        if quote.speaker or quote.speaker_text:
            last = quote
    headline_quoted_below(doc, ordered)


def headline_quoted_below(doc: Doc, ordered: list[QuoteRecord]) -> None:
    """"‘Close the school and you kill the village’: fury as council eyes Kintyre primary": a
    headline quoting words that the story gives in full, with their speaker, further down."""
    opening = PARAGRAPH_BREAK.search(text_of(doc))
    end_of_headline = opening.start() if opening else len(text_of(doc))
    for quote in ordered:
        if quote.start >= end_of_headline:
            break
        if quote.speaker or quote.speaker_text or quote.kind not in ("direct", "partial"):
            continue
        words = comparable(quote.text)
        if len(words.split()) < 2:
            continue  # a word alone in marks is no sure echo
        below = next((q for q in ordered if q.start > end_of_headline and q.speaker
                      and comparable(q.text).startswith(words)), None)
        if below is not None:
            quote.speaker, quote.speaker_text, quote.resolved_by = below.speaker, below.speaker_text, below.resolved_by
            quote.speaker_role = below.speaker_role


def comparable(text: str) -> str:
    """The words of a quotation, without case, punctuation or the marks' shapes."""
    return " ".join(re.findall(r"\w+", text.lower()))


# "who gave his name only as Pa Alimamy", "identified only as Pornthip", "known only as Madam Tan",
# "who would only give her first name, Thandeka": the name the writer has for an unnamed source
NAME_GIVEN = re.compile(r"\b(?:gave|gives|give|giving) (?:his|her|their) (?:first |full )?name (?:only |simply )?as "
                        r"((?:[A-Z][\w'’.-]* ?){1,3})"
                        r"|\b(?:identified|known|named) (?:only |simply )?as ((?:[A-Z][\w'’.-]* ?){1,3})"
                        r"|\bgive (?:his|her|their) first name, ((?:[A-Z][\w'’-]* ?){1,2})")
ANONYMITY = re.compile(r"\b(?:declined|refused|asked|requested|wished) (?:not )?to be (?:named|identified)\b"
                       r"|\bcondition of anonymity\b|\bnot authori[sz]ed to speak\b")


DYING_VERBS = {"die", "drown", "perish"}
DEATH_NOUNS = {"death", "funeral", "killing", "murder", "burial"}


def told_long_ago(head: Token) -> bool:
    """"In a 1998 interview, Kowalczyk said …", "as he once said": words of someone since dead."""
    sentence = head.sent
    return any(e.label_ == "DATE" and re.search(r"\b\d{4}\b", e.text) for e in sentence.ents) \
        or any(t.lower_ == "once" or t.lower_ == "had" and t.head.i == head.head.i for t in sentence)


def people_reported_dead(doc: Doc, analysis: ActorAnalysis) -> set[str]:
    """The people the article says died: "Gordon Fraser, 47, died at the quarry", "was killed",
    "Mr Fraser's death", "the death of Rhodri Pugh"."""
    dead = set()
    for token in doc:
        key = analysis.token_actor.get(token.i)
        if key is None or analysis.actors[key].kind != "person" or token.i + 1 < len(doc) and \
                analysis.token_actor.get(token.i + 1) == key:
            continue  # read each name at its last word, the head of the phrase
        verb = token.head
        died = token.dep_ == "nsubj" and verb.lemma_ in DYING_VERBS or \
            token.dep_ == "nsubjpass" and verb.lemma_ == "kill"
        death = token.dep_ == "poss" and verb.lemma_ in DEATH_NOUNS or \
            token.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_ in DEATH_NOUNS
        if died or death:
            dead.add(key)
    return dead


def asked_not_to_be_named(head: Token) -> bool:
    """"said the worker, who declined to be named for fear of losing his job", "an official,
    speaking on condition of anonymity,": whoever the noun may otherwise seem to be, the writer
    keeps them unnamed on purpose."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower:
        return False
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos", "advcl")]
    return any(ANONYMITY.search(head.doc[c.left_edge.i:c.right_edge.i + 1].text) for c in clauses)


def among_others(noun: Token) -> bool:
    """"between a holding company and a battery maker", "with a company": a noun that says what
    something else is made of or with, and speaks for nobody."""
    preposition = noun.head if noun.dep_ == "pobj" else noun.head.head if noun.dep_ == "conj" else None
    return preposition is not None and preposition.lower_ in ("between", "among", "with", "including")


class SpeakerSieve(BodiesOfTheText, AntecedentSearch):
    def __init__(self, doc: Doc, analysis: ActorAnalysis):
        self.doc = doc
        self.analysis = analysis
        self.token_at = {t.idx: t for t in doc}
        self.speakers_at: set[int] = set()  # head tokens of the speakers resolved so far
        self.roles: dict[int, str] = {}  # head token -> the role the words give ("spokesperson")
        self.described: dict[int, Optional[str]] = {}  # subject describing a person -> whom, once worked out
        self.subject_pronouns: dict[int, Optional[str]] = {}  # "He had praise for …" -> whom, once worked out
        self.local_bodies: list[tuple[int, str, str]] = []  # (token, "police" or "city", body) in text order
        self.name_personal_bodies()
        self.name_local_bodies()
        self.documents = owned_documents(doc, analysis)  # after the bodies: "an ad from the Trump campaign"
        self.introduced_as = self.people_introduced_as()
        self.asker: Optional[str] = None  # who asked what the quote being resolved answers
        self.dead = people_reported_dead(doc, analysis)

    def who_asked(self, quote: QuoteRecord, before: Optional[QuoteRecord]) -> Optional[str]:
        """"“And what happens if this bill passes?” Hollings asked. … “Honestly, I don't know,” the
        farmer said", "Whitfield pressed Huxman on whether he … “I support limits,” he said": an
        answer is not the asker's, whom a pronoun or a description would otherwise find nearest."""
        if quote.kind not in ("direct", "partial"):
            return None  # "He offered no proof …" after his own question: a report, no answer
        if before is not None and before.speaker and before.text.rstrip(" ”\"’'").endswith("?") \
                and self.paragraph_breaks(before.end, quote.start) == 1:
            return before.speaker  # an answer in the next paragraph; not "“Why pay?” he asked. “We …”
        words = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if words is None or words.sent.start == 0:
            return None
        verb = self.doc[words.sent.start - 1].sent.root  # the sentence before the quotation's
        if verb.lemma_.lower() in QUESTION_VERBS and any(c.dep_ == "dobj" and self.person_at(c) for c in verb.children):
            return next((self.person_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
        return None

    def attribute(self, quote: QuoteRecord) -> None:
        if quote.resolved_by == "label":
            quote.speaker = self.label(quote)
        elif quote.speaker_head is not None and quote.speaker_head in self.token_at:
            head = self.token_at[quote.speaker_head]
            following = quote.resolved_by == "follow-on"  # the speaker of the sentence before
            quote.speaker, quote.resolved_by = self.resolve(head)
            if following and quote.speaker:
                quote.resolved_by = "follow-on"
            if quote.resolved_by == "unnamed":
                quote.speaker_text = unnamed_source(head)  # "a source close to the talks"
            quote.speaker_role = self.roles.get(head.i) if quote.speaker else None
            if quote.speaker:
                self.speakers_at.add(head.i)
                if head.i not in self.analysis.token_actor:
                    self.remember(head, quote.speaker)
                elif self.taken_for_a_namesake(head, quote.speaker):
                    # "Yoon said. She called …": the bare surname was the spokeswoman's, not the
                    # president's the resolver first gave it; "she" after it looks back on her
                    self.analysis.relink(head, quote.speaker)

    def taken_for_a_namesake(self, head: Token, speaker: str) -> bool:
        """A one-word name the resolver gave one person and the sieve another of that name."""
        first = self.analysis.token_actor[head.i]
        actors = self.analysis.actors
        return first != speaker and actors[first].kind == actors[speaker].kind == "person" \
            and " " not in head.text and self.analysis.token_actor.get(head.i - 1) != first \
            and self.analysis.token_actor.get(head.i + 1) != first

    # --- the steps, in order ------------------------------------------------------------

    def resolve(self, head: Token) -> tuple[Optional[str], Optional[str]]:
        head = the_noun_a_relative_stands_for(head)
        if head.i in self.analysis.filing:
            return None, None  # "[FREETOWN], Sierra Leone — A Freetown magistrate … sentenced": a place of filing
        if asked_not_to_be_named(head):
            return None, "unnamed"
        steps: tuple[tuple[str, Callable[[Token], Optional[str]]], ...] = (
            ("name", self.name), ("owner", self.owner), ("description", self.description),
            ("pronoun", self.speaking_pronoun))
        for step, find in steps:
            key = find(head)
            if key == UNNAMED:
                return None, "unnamed"
            if key is not None:
                return (key, step) if self.analysis.actors[key].kind != "group" else (None, "unnamed")
        later = self.named_later(head)
        if later is not None:
            return later, "description"
        if self.unnamed(head):
            given = self.name_given_as(head)
            return (given, "description") if given else (None, "unnamed")
        return None, None

    def label(self, quote: QuoteRecord) -> Optional[str]:
        """"WALLACE:" is the one person of the article named so, else a person of that name."""
        name = quote.speaker_text or ""
        people = self.analysis.people_named(name)
        if len(people) == 1:
            return people[0]
        if people or not name:
            return None  # two people share the name: leave it unresolved rather than guess
        actor = self.analysis.actors.setdefault(name, LocalActor(key=name, name=name, kind="person"))
        if quote.speaker_head is not None:
            actor.mentions.append(Mention(quote.speaker_head, quote.speaker_head + len(name), name))
        return name

    def name(self, head: Token) -> Optional[str]:
        analysis = self.analysis
        key = analysis.token_actor.get(head.i) if not is_indefinite(head) else None  # "One veteran MSP"
        if key is not None and is_definite(head) and only_title_words(key):
            key = None  # "the Additional IG", which the model took for a body's name: a description
        if key is not None and analysis.actors[key].kind == "country":
            # "Jordan said" where Jim Jordan is in the article: a country does not stand for itself
            bearers = [k for k, a in analysis.actors.items() if a.kind == "person" and " " in k
                       and name_words(k)[-1] == head.lower_]
            return bearers[0] if len(bearers) == 1 else key
        if key is not None:
            return self.living_namesake(head, self.namesake_who_just_spoke(head, key))
        for child in head.children:
            # "Foreign Minister Wang Yi" headed on the title word; "an attorney, Mark MacDougall,"
            titled = child.dep_ in ("compound", "flat") and (head.pos_ == "PROPN" or is_title(head))
            if (titled or child.dep_ == "appos") and self.person_at(child):
                return self.person_at(child)
            if child.dep_ == "appos" and is_definite(head) and self.body_at(child):
                return self.body_at(child)  # "The operator, Southern Straits Ferries, said"
        if head.lemma_.lower() in PERSON_NOUNS or is_title(head):
            # "An attorney for the company, Mark Feldman, said": the parser may hang the name on
            # "company"; a person named in apposition inside the phrase is who it is
            named = [self.person_at(t) for t in head.subtree if t.dep_ == "appos" and self.person_at(t)] \
                or self.people_the_phrase_names(head)
            if named:
                self.note_role(named[0], head)
                return named[0]
        if head.is_lower and (head.lemma_.lower() in PERSON_NOUNS or is_title(head)):
            return self.government(head)  # "A Lucas County judge": the county is where the judge sits, no speaker
        return self.government(head) or self.new_name(head) or self.name_read_as_a_noun(head)

    def living_namesake(self, head: Token, key: str) -> str:
        """"Rhodri Pugh … died at the scene. His father, Dylan Pugh, … “…,” Mr Pugh said": of people
        who share a surname, the one a bare surname that speaks means is alive."""
        if key not in self.dead or " " in head.text or len(name_words(key)) < 2 or told_long_ago(head):
            return key
        living = self.analysis.of_the_honorifics_sex(  # "Mr Pugh" is no Carys
            [k for k in self.analysis.people_named(head.text) if k not in self.dead], head)
        return likeliest_bearer(living, self.analysis, head.idx) if living else key

    def namesake_who_just_spoke(self, head: Token, key: str) -> str:
        """"Christos Georgiou, a parent (no relation), said … “…,” Georgiou said": of people who
        share a surname, a bare one means the namesake whose full name spoke in this sentence or
        the two before, with none of the others named since."""
        bearers = self.analysis.people_named(head.text) if " " not in head.text else []
        if len(bearers) < 2 or key not in bearers or told_long_ago(head):
            return key  # "In a 1998 interview, Marsh said": of the dead mother, maybe (living_namesake)
        by_age = older_or_younger(age_word_before(head), bearers, self.analysis)
        if len(by_age) == 1:
            return by_age[0]  # "The elder Mr Hadley said", after his son Tom spoke
        bearers = self.analysis.of_the_honorifics_sex(bearers, head)  # "Mrs Knowles" is no Dwayne
        named = [(i, k) for i, k in self.analysis.named_between(self.narrative_back(head, 3), head.i) if k in bearers]
        if not named:
            return key
        at, nearest = named[-1]
        name = self.doc[at]
        full = self.analysis.token_actor.get(at - 1) == nearest  # "Christos [Georgiou]"
        subject = name if name.dep_ != "appos" else name.head  # "His son, Joseph Borg, …, insisted"
        described = any(t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS
                        and not self.analysis.is_quoted(t)
                        for t in self.doc[at + 1:head.i])  # "His younger brother is unconvinced."
        if full and subject.dep_ == "nsubj" and is_speech_verb(subject.head) and not self.analysis.is_quoted(name) \
                and not described:
            return nearest
        return key

    def people_the_phrase_names(self, head: Token) -> list[str]:
        """"Civic Cabinet chair for planning Cr Adrian Pettigrew said": the people named after a
        title in its own phrase, not inside a clause of it; "one head teacher in Surrey" names nobody."""
        if is_indefinite(head):
            return []
        return [self.person_at(t) for t in head.subtree if t.i > head.i and self.person_at(t)
                and not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i > head.i)]

    def name_read_as_a_noun(self, head: Token) -> Optional[str]:
        """"Trump charges that …": the parser read the name as a common noun; the one person
        of the article it names."""
        if not head.text[:1].isupper() or head.pos_ != "NOUN" or head.lower_ in GENERIC_NOUNS:
            return None
        named = self.analysis.people_named(head.text) or [key for key in self.analysis.actors if key == head.text]
        return named[0] if len(named) == 1 else None

    def note_role(self, person: str, head: Token) -> None:
        """"An attorney for Pagliano, Mark MacDougall,": he is an attorney, so that "his attorney"
        and "Pagliano's lawyer" later can be him."""
        roles = self.analysis.actors[person].roles
        if not any(head.lemma_.lower() in expand_title(r.title) for r in roles):
            roles.append(Role(title=head.lemma_.title()))

    def new_name(self, head: Token) -> Optional[str]:
        """A name the model did not tag, in a speaker's place ("Politifact ruled", "The S.E.C.
        said"): a short form of an actor of the article, else an actor of its own."""
        words = name_before(head)
        if not words:
            return None
        name = text_of_words(words)
        bodies = [key for key, actor in self.analysis.actors.items()
                  if actor.kind == "organization" and short_form_of(name, key)]
        known = self.analysis.people_named(name) + bodies
        if len(known) == 1:
            key = known[0]
        elif known:
            if any(self.analysis.actors[k].kind != "person" for k in known):
                return None  # a name that fits a person and a body alike: leave it rather than guess
            key = likeliest_bearer(known, self.analysis, head.idx)
        elif names_no_speaker([t for t in words if t.is_alpha] or words) or only_title_words(name):
            return None  # "The Charter … stipulates", "the Heads of State … expressed", "its Deputy Chairperson"
        else:
            after_honorific = words[0].i > 0 and head.doc[words[0].i - 1].lower_ in HONORIFICS
            after_title = any(t.lower_ in TITLE_HEADS for t in head.doc[max(0, words[0].i - 4):words[0].i])
            person = head.ent_type_ == "PERSON" or is_first_name(words[0].text) or after_honorific \
                or after_title and len(words) > 1  # "Minister for Health Ciarán Dolan"
            key = name
            self.analysis.actors.setdefault(key, LocalActor(key=key, name=key,
                                                            kind="person" if person else "organization"))
        return self.name_in_the_text(key, words)

    def name_given_as(self, noun: Token) -> Optional[str]:
        """"A relative of the accused, who gave his name only as Pa Alimamy,", "a vendor who gave her
        name only as Miss Pearl": someone the writer names as they asked, by that name alone."""
        clause = self.doc[noun.i:min(noun.sent.end, noun.i + 16)]
        match = NAME_GIVEN.search(clause.text)
        if match is None:
            return None
        group = next(g for g in range(1, 4) if match.group(g))
        start = clause[0].idx + match.start(group)
        name = match.group(group).strip()
        words = [t for t in self.doc.char_span(start, start + len(name), alignment_mode="expand") or []
                 if t.lower_ not in HONORIFICS | TITLE_HEADS and t.text[:1].isupper()]
        if not words:
            return None
        key = self.analysis.token_actor.get(words[-1].i)
        if key is None:
            key = text_of_words(words)
            self.analysis.actors.setdefault(key, LocalActor(key=key, name=key, kind="person"))
            return self.name_in_the_text(key, words)
        actor = self.analysis.actors[key]
        named_here_only = all(words[0].idx <= m.start < words[-1].idx + len(words[-1]) for m in actor.mentions)
        if named_here_only:
            actor.kind = "person"  # "Pa Alimamy", which the model took for a body: a person, named here only
        return key if actor.kind == "person" else None

    def name_in_the_text(self, key: str, words: list[Token]) -> str:
        """The words, a name the model did not tag, become a mention of the actor `key`."""
        actor = self.analysis.actors[key]
        name = text_of_words(words)
        actor.mentions.append(Mention(words[0].idx, words[-1].idx + len(words[-1].text), name))
        if name not in actor.aliases:
            actor.aliases.append(name)
        for token in words:
            self.remember(token, key)
        return key

    def owner(self, head: Token) -> Optional[str]:
        """"a Bloomberg poll", "a video by the Republican National Committee", then "the poll";
        "a spokesman for the ministry" (the ministry, with the role); "the Trump campaign",
        "Clinton's team", "the Obama administration" (a body of its own, named after the person)."""
        lemma = head.lemma_.lower()
        if lemma in SPOKESPERSON_NOUNS:
            own = owner_of(head, self.analysis) or self.body_named_before_the_noun(head)
            if own is None and is_definite(head):  # "the spokesperson said": the one met before
                own = self.earlier_description(head, SPOKESPERSON_NOUNS)
            if own is None and is_indefinite(head):  # "The Health Service said …. “…,” a spokeswoman said."
                own = self.body_speaking_before(head) or self.body_asked(head)
            if own == UNNAMED:
                return UNNAMED
            if own is not None and self.analysis.actors[own].kind == "person":  # the spokeswoman named before
                return own
            if own is not None and self.analysis.actors[own].kind in ("organization", "country"):
                self.roles[head.i] = "spokesperson"
                return own
            return None
        if lemma in PERSONAL_BODIES:
            return self.personal_body(head) or owner_of(head, self.analysis)
        if lemma in ANSWER_NOUNS and has_owner(head):  # "Okafor's answer was blunt:", "her reply"
            return self.owners_words(head)
        if lemma not in DOCUMENT_NOUNS:
            return None
        own = self.owners_words(head)
        if own is None and not is_definite(head):  # "the ministry issued a statement calling the draft “…”"
            own = next((key for i, _, key in self.documents if i == head.i), None)
        if own is not None or has_owner(head) or not is_definite(head):
            return own
        earlier = [(i, key) for i, kind, key in self.documents if i < head.i and same_kind_of_document(kind, lemma)]
        described = self.issuer_described(head)
        if described is not None and (not earlier or described[0] > earlier[-1][0]):
            return described[1]
        return earlier[-1][1] if earlier else None

    def owners_words(self, head: Token) -> Optional[str]:
        """Whose account, report or answer: the owner named, or the antecedent of "her", "its"."""
        own = owner_of(head, self.analysis)
        if own is not None:
            return own
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")),
                     None)
        found = self.pronoun(whose) if whose is not None else None
        return found if found != UNNAMED else None

    def body_named_before_the_noun(self, head: Token) -> Optional[str]:
        """"a Maplewave spokesperson", "a KPSC spokesman", "a board spokesman": the one body of
        the article the words before the noun are a short form, an acronym or a word of; "A Welsh
        Government spokesperson", where no actor is named so, a body of its own."""
        words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.is_alpha]
        if not words:
            return None
        run = list(self.doc[words[0].left_edge.i:head.i])
        name = " ".join(t.text for t in run)
        bodies = {key for key, actor in self.analysis.actors.items() if actor.kind == "organization"
                  and (short_form_of(name, key) or any(short_form_of(name, alias) for alias in actor.aliases)
                       or words[-1].is_lower and words[-1].lower_ in name_words(key))}
        if len(bodies) == 1:
            return bodies.pop()
        if bodies or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in self.analysis.token_actor
                             for t in run) or is_first_name(run[0].text):
            return None
        self.analysis.actors.setdefault(name, LocalActor(key=name, name=name, kind="organization"))
        return self.name_in_the_text(name, run)

    def body_speaking_before(self, head: Token, itself: bool = False) -> Optional[str]:
        """"The Swan Coast Health Service said in a statement …. “…,” a spokeswoman said.": a
        spokesperson with no owner speaks for the body that spoke in the sentence before (`itself`:
        in its own name, not through a spokesperson of its own, as a rival firm answers)."""
        sentences = self.sentences_back(head)
        next(sentences, None)  # the spokesperson's own sentence
        for sentence, limit in sentences:
            speaking = [t for t in self.doc[sentence.start:limit] if t.dep_ in ("nsubj", "nsubjpass")
                        and is_speech_verb(t.head) and not self.analysis.is_quoted(t)]
            if not speaking:
                continue
            key = self.analysis.actor_of(speaking[0])
            if itself and speaking[0].lemma_.lower() in SPOKESPERSON_NOUNS:
                return None
            if key is not None and self.analysis.actors[key].kind in ("organization", "country"):
                return key
            return None
        return None

    def body_asked(self, head: Token) -> Optional[str]:
        """"When I asked the authority why, a spokeswoman told me …": the body asked in the
        spokesperson's own sentence, before it."""
        for token in head.doc[head.sent.start:head.i]:
            if token.lemma_.lower() in ASKING_VERBS:
                bodies = [self.analysis.actor_of(c) for c in token.children if c.dep_ == "dobj"]
                if bodies and bodies[0] is not None and self.analysis.actors[bodies[0]].kind == "organization":
                    return bodies[0]
        return None

    def issuer_described(self, head: Token) -> Optional[tuple[int, str]]:
        """"The company said in a regulatory filing … “…,” the filing said": the issuer a
        description names ("the company", "the agency"), as the sieve resolves it."""
        for sentence, limit in self.sentences_back(head):
            for document in reversed(self.doc[sentence.start:limit]):
                if document == head or not same_kind_of_document(document.lemma_.lower(), head.lemma_.lower()):
                    continue
                subject = issuing_subject(document)
                if subject is None or subject.i >= head.i:
                    return None
                key, _ = self.resolve(subject)
                return (document.i, key) if key is not None else None
        return None

    def description(self, head: Token) -> Optional[str]:
        """"the foreign minister" as `briefing_actors` linked it by title; else, for "the
        commission", "the bank", the organisation named so or the one the text is about, and
        for "the senator", "the 34-year-old", the person the text is about (found as for a
        pronoun, preferring one who holds that title)."""
        linked = self.analysis.descriptions.get(head.i) or self.local_body(head)
        if linked is None and has_owner(head) and head.pos_ == "NOUN":
            return self.relation(head)
        aged = AGED.search(self.doc[head.left_edge.i:head.i + 1].text) is not None  # "the 45-year-old"
        # "the Minister" may be read as a name, and "the secretariat" as a proper noun
        a_noun = head.pos_ == "NOUN" or head.lower_ in TITLE_HEADS or head.is_lower and head.pos_ == "PROPN"
        if linked is not None or not is_definite(head) or not a_noun and not aged:
            return linked
        word = head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_
        actors = self.analysis.actors
        # "Ray Tomasik, the challenger, …": "the challenger said"; one introduced so before, or after
        # where nobody was named before ("The brother of a Limerick man has said …")
        introduced = self.introduced(word, before=head.i) or (set() if self.person_named_before(head)
                                                              else self.introduced(word))
        if len(introduced) == 1 and head.tag_ in ("NN", "NNP"):
            return next(iter(introduced))
        earlier = self.earlier_description(head, {word} | SAME_ROLES.get(word, set()))
        if earlier is not None:
            return earlier  # "a senior port official … “…,” the official said": still unnamed
        if aged and self.person_of_age(head):
            return self.person_of_age(head)
        if word in ORGANISATION_NOUNS:
            named_so = self.antecedent(head, lambda key: actors[key].kind == "organization"
                                       and has_the_word(key, word)) or self.only_body_named(head, word)
            if named_so is None and word in PERSONAL_BODIES:
                # "Hillary Clinton plans to … The campaign says": the campaign of whom the text is about
                named_so = self.body_of_person(self.antecedent(head, lambda key: actors[key].kind == "person"), head)
            if named_so is None and word not in UNNAMED_KINDS:
                # "Rovers FC said …. “…,” the club said", "Transport for NSW said …, the department said";
                # not "the company", which the company the text is about (below) answers to
                named_so = self.body_speaking_before(head)
            if named_so or word not in UNNAMED_KINDS:
                return named_so  # "the campaign" is no FBI named before: a commission's name says so
            if word not in BUSINESS_NOUNS:
                return self.antecedent(head, lambda key: actors[key].kind == "organization")
            spoke = self.body_speaking_before(head, itself=True)  # "The contractor, Vaigai Infra Ltd, said …"
            if spoke is not None and self.is_company(spoke):
                return spoke
            return self.main_body_before(head) or self.antecedent(head, self.is_company)
        if head.tag_ == "NNS" and (word in PERSON_NOUNS or word in TITLE_HEADS):
            return UNNAMED  # "the experts", "the debate moderators": more than one, and unnamed
        if word in PERSON_NOUNS or word in TITLE_HEADS or aged or self.speaking_noun(head):
            wanted = set(expand_title(" ".join({word} | title_modifiers(head))))
            introduced = self.introduced(word) if not title_modifiers(head) else set()
            titled = self.antecedent(head, lambda key: actors[key].kind == "person" and (
                key in introduced  # "Sierra Leone’s ambassador, Fatmata Kamara-Jalloh,"
                or any(holds_title(r.title, wanted) for r in actors[key].roles)))
            if titled or title_modifiers(head) and word in TITLE_HEADS and not aged:
                return titled  # "the deputy minister" is not the foreign minister named before
            later = self.named_later(head)
            holders = {later} if later else self.holders_of(word) if word in TITLE_HEADS else set()
            if len(holders) == 1:  # "the judge" is Justice Nervo, named further on, and nobody else
                return holders.pop()
            if holders:  # two congressmen: the one the text is about here
                return self.antecedent(head, lambda key: key in holders)
            sex = sex_of_noun(word)  # "the New York businessman" is no woman
            return self.antecedent(head, lambda key: (self.is_person_of_gender(key, sex) if sex
                                                      else actors[key].kind == "person")
                                   and self.may_hold(key, word))
        return None

    def person_named_before(self, head: Token) -> bool:
        return any(self.analysis.actors[key].kind == "person" for _, key in self.analysis.named_between(0, head.i))

    def speaking_noun(self, head: Token) -> bool:
        """"“…,” the midfielder told reporters": a noun no list holds, but a singular one that
        speaks, so a person the text named (bodies and documents were tried before). Not one the
        text brought in as "a person familiar with …", "a source", nor a voice nobody names."""
        word = head.lemma_.lower()
        # "the defector", which the tagger may call a proper noun
        singular_noun = head.pos_ == "NOUN" and head.tag_ == "NN" or head.tag_ == "NNP" and head.is_lower
        if not singular_noun or head.dep_ not in ("nsubj", "nsubjpass") \
                or not is_speech_verb(head.head) or word in DOCUMENT_NOUNS | ORGANISATION_NOUNS | NOBODY_NAMED:
            return False
        return not any(t.lemma_.lower() == word and is_indefinite(t) for t in self.doc[:head.i])

    def person_of_age(self, head: Token) -> Optional[str]:
        """"The 45-year-old defendant" is "Raymond Kessel, 45,", or whom "the 45-year-old" meant
        before: the person the text gave that age."""
        age = AGED.search(self.doc[head.left_edge.i:head.i + 1].text).group(0).split("-")[0]
        text = text_of(self.doc)
        for match in reversed(list(re.finditer(rf"\b{age}-year-old\b|, {age}[,)]", text[:head.left_edge.idx]))):
            token = self.token_at.get(match.start()) if match.group(0)[0] != "," else self.token_at.get(
                match.start() - 1) or self.doc.char_span(match.start() - 1, match.start(), alignment_mode="expand")[0]
            if token is None:
                continue
            if match.group(0)[0] != ",":  # "the 34-year-old chef": the noun the age describes
                token = token.head if token.head.pos_ in ("NOUN", "PROPN") else token
            key = self.analysis.actor_of(token)
            if key is None and match.group(0)[0] != "," and is_definite(token) and token.i != head.i:
                key = self.described.get(token.i) or self.description(token)
            if key is not None and key != UNNAMED and self.analysis.actors.get(key) is not None \
                    and self.analysis.actors[key].kind == "person":
                return key
        return None

    def earlier_description(self, head: Token, words: set[str]) -> Optional[str]:
        """"the official" after "a senior port official", "the spokesperson" after "a spokesperson
        for Northwind": whoever the same noun a few sentences back stood for; someone unnamed
        where the writer introduced them so ("a woman who works …", "one analyst"), unless named
        right after ("A New York judge … Justice Frank Nervo")."""
        for sentence, limit in self.sentences_back(head):
            # not "a joint venture between a Chilean holding company and …": a part of what something is
            same = [t for t in self.doc[sentence.start:limit] if t != head and t.lemma_.lower() in words
                    and t.pos_ == "NOUN" and not self.analysis.is_quoted(t) and not among_others(t)
                    and not after_a_hyphen(t) and not lower_rank_before(t, head)]
            if not same:
                continue
            before = same[-1]
            key = self.analysis.actor_of(before) or self.person_in_apposition(before)
            if key is not None:
                return key
            if before.lemma_.lower() in SPOKESPERSON_NOUNS:
                return self.owner(before) or (UNNAMED if is_indefinite(before) else None)
            if is_indefinite(before):
                return self.named_later(before) or UNNAMED
            return None
        return None

    def person_in_apposition(self, noun: Token) -> Optional[str]:
        """"Farida Noor, a spokeswoman for the line,": the person the noun stands beside, whom "the
        spokeswoman" later means (not the line she speaks for)."""
        key = self.analysis.actor_of(noun.head) if noun.dep_ == "appos" else None
        return key if key is not None and self.analysis.actors[key].kind == "person" else None

    def may_hold(self, key: str, office: str) -> bool:
        """"the minister" is not the union's general secretary: someone known to hold another
        office does not answer to this one."""
        roles = self.analysis.actors[key].roles
        if office in COURT_PARTIES:  # "the witness" is no prosecutor: a trial's parties and its officers differ
            return not any(holds_title(r.title, {officer}) for r in roles for officer in COURT_OFFICERS)
        titled = any(r.title for r in roles)
        return office not in TITLE_HEADS or not titled or self.holds_office(key, office)

    def holds_office(self, key: str, office: str) -> bool:
        """The actor holds the office, or one of the same ("attorney" for "lawyer"), and not a lower
        rank of it."""
        offices = {office} | SAME_ROLES.get(office, set())
        roles = self.analysis.actors[key].roles
        return any(holds_title(r.title, {word}) for r in roles for word in offices) \
            or office == "minister" and any(is_ministerial_secretary(r.title) for r in roles)

    def only_body_named(self, head: Token, word: str) -> Optional[str]:
        """"the museum" where one organisation named before has "Museum" in its name, however far back."""
        bodies = {key for _, key in self.analysis.named_between(0, head.i)
                  if self.analysis.actors[key].kind == "organization" and has_the_word(key, word)}
        return bodies.pop() if len(bodies) == 1 else None

    def main_body_before(self, head: Token) -> Optional[str]:
        """"the company": the organisation the text is about, named more often than any other
        before it (not an analysts' firm quoted once in between), or the only company named before."""
        counts: dict[str, int] = {}
        for i, key in self.analysis.named_between(0, head.i):
            if self.analysis.token_actor.get(i + 1) == key or i in self.roles:
                continue  # a mention counts once, at its last word; "a spokeswoman for it" is no mention
            if self.names_a_thing_of(self.doc[i]) or not self.is_company(key):
                continue  # "the El Peñón mine" is a mine; a board or a ministry is no company
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    @staticmethod
    def names_a_thing_of(token: Token) -> bool:
        """"the El Peñón mine": a name qualifying a noun with its own article; not a headline's
        "Crestfield Foods posts N41bn profit", which the parser may read as one noun phrase."""
        noun = token.head
        return token.dep_ == "compound" and noun.pos_ == "NOUN" and any(c.dep_ == "det" for c in noun.children)

    def is_company(self, key: str) -> bool:
        """Not a public body, by the noun that heads its name: "the Mineworkers Union of Namibia"."""
        words = name_words(key)
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        return self.analysis.actors[key].kind == "organization" and head not in PUBLIC_BODIES

    def named_later(self, head: Token) -> Optional[str]:
        """"A New York judge has rejected … Justice Frank Nervo wrote …": a person described by
        an office before the writer names them; the one person holding that office named in the
        next few sentences. "A senior official" or "an aide" is never named so."""
        word = head.lemma_.lower()
        if head.tag_ != "NN" or word not in OFFICES_NAMED_LATER:
            return None
        holders = self.holders_of(word, head.i + 1, self.sentences_ahead(head))
        return holders.pop() if len(holders) == 1 else None

    def holders_of(self, office: str, start: int = 0, end: Optional[int] = None) -> set[str]:
        """The people named between two tokens (the whole text by default) who hold an office."""
        return {key for i, key in self.analysis.named_between(start, len(self.doc) if end is None else end)
                if self.analysis.actors[key].kind == "person" and not self.analysis.is_quoted(self.doc[i])
                and self.holds_office(key, office)}

    def relation(self, head: Token) -> Optional[str]:
        """"his attorney", "Pagliano's lawyer": the person the article gave that role, who is not
        the owner; only where the role is known (a wife or a son is not guessed)."""
        if head.tag_ == "NNS":
            return UNNAMED  # "his advisers": several, unnamed
        owner = next(c for c in head.children if c.dep_ == "poss")
        owner_key = self.analysis.actor_of(owner) or (self.pronoun(owner) if owner.pos_ == "PRON" else None)
        office = head.lemma_.lower()
        found = self.antecedent(head, lambda key: key != owner_key and self.analysis.actors[key].kind == "person"
                                and self.holds_office(key, office))
        holders = (self.holders_of(office) or self.introduced(office)) - {owner_key}
        # "his lawyer", named further on; "the club's captain", introduced as "captain Tony Ferreira"
        if found or len(holders) == 1:
            return found or next(iter(holders))
        if office not in KIN_NOUNS or owner_key is None or owner_key in self.introduced(office):
            return None  # "Mr Ó Briain's brother", where the brother is the Ó Briain the owner was taken for
        return self.relative(owner_key, office)

    def relative(self, owner_key: str, kin: str) -> Optional[str]:
        """"Her husband said", "His mother smiled at that": a family the article names bears one
        family name, so the husband is the one other bearer of hers who is a man. Where the sex
        of more than one is unknown, or none fits, nobody is guessed."""
        actors, gender = self.analysis.actors, self.analysis.gender
        family = [key for key, actor in actors.items() if actor.kind == "person" and key != owner_key
                  and family_name(key) == family_name(owner_key) and len(key.split()) > 1]
        sex = sex_of_noun(kin)
        known = [key for key in family if sex and gender.get(key) == sex]
        if len(known) == 1:
            return known[0]
        possible = [key for key in family if sex is None or gender.get(key) in (None, sex)]
        return possible[0] if len(possible) == 1 and not known else None

    def pronoun(self, head: Token, speaking: bool = False) -> Optional[str]:
        word = head.lower_
        if word in SINGULAR_PERSON:
            return self.antecedent(head, lambda key: self.is_person_of_gender(key, SINGULAR_PERSON[word]),
                                   people=True, speaking=speaking)
        if word in THING_PRONOUNS:
            return self.body_antecedent(head)
        if word in PLURAL_PRONOUNS:
            return self.plural_antecedent(head)
        return None

    def speaking_pronoun(self, head: Token) -> Optional[str]:
        """The pronoun step: "she said", where the sex a first name suggests may be wrong."""
        found = self.pronoun(head, speaking=head.dep_ in SUBJECTS)
        if found is None and head.lower_ in SINGULAR_PERSON and head.dep_ in SUBJECTS:
            return self.gender_misread(head, SINGULAR_PERSON[head.lower_])
        return found

    def gender_misread(self, pronoun: Token, gender: str) -> Optional[str]:
        """"said Dr Nusrat Jahan Chowdhury. “…,” she said.": no one of the pronoun's sex is in
        reach, and the person named last before the pronoun was taken to be of the other, most often
        from a first name alone, a guess ("Nusrat" is a woman's name too): the pronoun says who it
        is, and that person is of the pronoun's sex from then on."""
        found = self.antecedent(pronoun, lambda key: self.analysis.actors[key].kind == "person")
        people = [key for i, key in self.analysis.named_between(0, pronoun.i)
                  if self.analysis.actors[key].kind == "person" and not self.analysis.is_quoted(self.doc[i])]
        if found is None or not people or people[-1] != found:
            return None
        self.analysis.gender[found] = gender
        return found

    def follow_on(self, quote: QuoteRecord, last: Optional[QuoteRecord], after: Optional[QuoteRecord]) -> None:
        """A quotation standing alone continues the speaker of the quotation just before it, in
        its paragraph or the one before; but where none is in its own paragraph and the next
        quotation of the paragraph names a speaker, it opens that speaker's words ("“You went on
        television to blame them.” … “It’s gutless,” Warren said.")."""
        breaks = self.paragraph_breaks
        if after is not None and after.speaker_text and breaks(quote.end, after.start) == 0 and (
                last is None or breaks(last.end, quote.start) > 0):
            neighbour = after
        elif last is not None and breaks(last.end, quote.start) <= 1:
            neighbour = last
        else:
            quote.resolved_by = None
            return
        quote.speaker, quote.speaker_text = neighbour.speaker, neighbour.speaker_text
        quote.speaker_role = neighbour.speaker_role
        if neighbour.resolved_by == "unnamed":
            quote.resolved_by = "unnamed"  # the same source left unnamed, listed with it

    def paragraph_breaks(self, start: int, end: int) -> int:
        return len(PARAGRAPH_BREAK.findall(text_of(self.doc), start, end))

    def unnamed(self, head: Token) -> bool:
        """"a source", "officials", "critics", "some": people the writer does not name."""
        if head.lower_ in UNNAMED_PRONOUNS:
            return True
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in DOCUMENT_NOUNS:
            return False
        plural = head.tag_ in ("NNS", "NNPS")
        indefinite = not is_definite(head) and not has_owner(head)
        return head.pos_ == "NOUN" and (plural or indefinite) or head.tag_ == "NNPS" and head.ent_type_ == "NORP" \
            or head.pos_ == "PROPN" and is_indefinite(head)

    # --- helpers ----------------------------------------------------------------------------

    def person_at(self, token: Token) -> Optional[str]:
        return self.actor_at(token, "person")

    def body_at(self, token: Token) -> Optional[str]:
        return self.actor_at(token, "organization")

    def actor_at(self, token: Token, kind: str) -> Optional[str]:
        """The actor of that kind the word names, if any."""
        key = self.analysis.token_actor.get(token.i)
        return key if key is not None and self.analysis.actors[key].kind == kind else None

    def government(self, head: Token) -> Optional[str]:
        """"the US administration", "the Chinese government": the country (not "the Obama
        administration", which is not Obama himself)."""
        if head.lower_ not in GOVERNMENT_HEADS:
            return None
        for child in head.children:
            key = self.analysis.token_actor.get(child.i)
            if child.dep_ in ("compound", "amod", "poss", "nmod") and key and \
                    self.analysis.actors[key].kind == "country":
                return key
        return None
