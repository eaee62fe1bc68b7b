"""`ActorAnalysis`: the actors of one article and the token each mention covers, and the
merging of one actor's forms (short names, nicknames, a misspelt surname, a bare surname two
people share)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional
from spacy.tokens import Doc, Span, Token
from ...model import LocalActor, Mention
from .gazetteer import Gazetteer
from .words import CORPORATE_SUFFIXES, TITLE_HEADS

from .names import (gender_of, is_acronym_of, name_words, one_edit_apart, same_person, short_form_of,
                    strip_honorific_text, strip_possessive)


@dataclass
class ActorAnalysis:
    """What the component found in one Doc: actors by key and, for each token, its actor."""

    actors: dict[str, LocalActor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    descriptions: dict[int, str] = field(default_factory=dict)  # head token of "the council" -> key
    quoted: list[tuple[int, float]] = field(default_factory=list)  # character ranges inside quote marks
    gender: dict[str, str] = field(default_factory=dict)  # key -> "m" | "f", where an honorific says
    filing: set[int] = field(default_factory=set)  # tokens of the byline and datelines: nobody speaks there
    _ordered: Optional[list[tuple[int, str]]] = None

    def actor_of(self, token: Token) -> Optional[str]:
        return self.token_actor.get(token.i) or self.descriptions.get(token.i)

    def people_named(self, name: str) -> list[str]:
        """The people of the article a name may mean: "Pence" -> ["Mike Pence"]."""
        return [key for key, actor in self.actors.items() if actor.kind == "person" and same_person(name, key)]

    def of_the_honorifics_sex(self, keys: list[str], name: Token) -> list[str]:
        """Of the people a name may mean, those of the sex the honorific before it tells ("Mr.
        Obama" is not Michelle Obama); all of them where no honorific does."""
        honorific = gender_of(name.doc[name.i - 1].lower_, "") if name.i else None
        return [key for key in keys if honorific is None or self.gender.get(key) in (None, honorific)]

    def named_between(self, start: int, end: int) -> list[tuple[int, str]]:
        if self._ordered is None:
            self._ordered = sorted({**self.token_actor, **self.descriptions}.items())
        low = bisect.bisect_left(self._ordered, (start, ""))
        high = bisect.bisect_left(self._ordered, (end, ""))
        return self._ordered[low:high]

    def link_span(self, key: str, span: Span) -> None:
        """A mention of the actor `key` the model did not give it: its words point to the actor."""
        self.actors[key].mentions.append(Mention(span.start_char, span.end_char, span.text))
        for token in span:
            self.token_actor[token.i] = key
        self._ordered = None

    def relink(self, token: Token, key: str) -> None:
        """A one-word mention first given to one actor belongs to another (a namesake)."""
        unlink(self, token)
        self.link_span(key, token.doc[token.i:token.i + 1])

    def forget_mentions(self, key: str, start: int, end: int) -> None:
        """Take back the mentions of `key` between two characters (they were part of a longer
        name); an actor left with no mention is no actor of the article."""
        actor = self.actors[key]
        actor.mentions = [m for m in actor.mentions if not (start <= m.start and m.end <= end)]
        if not actor.mentions and key not in self.token_actor.values() and key not in self.descriptions.values():
            del self.actors[key]

    def is_quoted(self, token: Token) -> bool:
        at = bisect.bisect_right(self.quoted, (token.idx, float("inf"))) - 1
        return at >= 0 and self.quoted[at][0] <= token.idx < self.quoted[at][1]

    def unknown_subject(self, span: Span) -> bool:
        """A name in subject position that is no actor: maybe whom a pronoun after it means."""
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")
                   and t.i not in self.token_actor and t.i not in self.descriptions
                   and not self.is_quoted(t)
                   for t in span)  # "“Insurance paid …,” he said": a speaker's own words name no one "he" may mean


def misspelt_surname_of(word: str, analysis: ActorAnalysis) -> list[str]:
    """The one person whose surname a long word misses by a single letter ("McLenney" after
    "Tyresha McClenney"): a typo, which news copy has, and not a second person."""
    if len(word) < 6:
        return []
    people = [key for key, actor in analysis.actors.items() if actor.kind == "person" and " " in key
              and one_edit_apart(word.lower(), key.split()[-1].lower())]
    return people if len(people) == 1 else []

def in_a_longer_mention(actor: LocalActor, token: Token) -> bool:
    """"Trump" in the mention "Ivanka Trump": part of a fuller name, not a surname alone."""
    return any(m.start <= token.idx < m.end and m.end - m.start > len(strip_possessive(token.text))
               for m in actor.mentions)


def unlink(analysis: ActorAnalysis, token: Token) -> None:
    """Take a one-word mention away from the actor it was first given to."""
    actor = analysis.actors[analysis.token_actor.pop(token.i)]
    actor.mentions = [m for m in actor.mentions if m.start != token.idx]


def likeliest_bearer(keys: list[str], analysis: ActorAnalysis, before: Optional[int] = None,
                     section: int = 0) -> str:
    """Of people who share a surname, the one a bare "Trump" means: one named in the same section
    (since the last "___" or time stamp), then the one the text has called so most often (Donald,
    while the article calls Ivanka Trump "Ivanka"), then the one named most so far (Ted Cruz, not
    his wife Heidi named once), not one the text calls by the given name alone ("Clarisse said",
    so "Gatera said" is her father), then the one named most so far (Ted Cruz, not his wife Heidi
    named once), then the one introduced first."""
    def salience(key: str) -> tuple[bool, int, bool, int, int]:
        earlier = [m for m in analysis.actors[key].mentions if before is None or m.start < before]
        in_section = any(m.start >= section for m in earlier)  # "The Latest" items: each its own story
        words = name_words(key)
        by_surname = sum(1 for m in earlier if name_words(strip_honorific_text(m.text)) == words[-1:])
        by_given_name = any(name_words(m.text) == words[:1] for m in earlier)
        first = min((m.start for m in analysis.actors[key].mentions), default=0)
        return in_section, by_surname, not by_given_name, len(earlier), -first  # at a tie, the first introduced
    return max(keys, key=salience)

def merge_short_names(analysis: ActorAnalysis, gazetteer: Gazetteer) -> None:
    """"the Times" and "The New York Times", "Peabody" and "Peabody Energy", "AROS" and "Alliance
    to Reclaim Our Schools": one organisation, under its full name, where the short form fits
    exactly one longer name of the article."""
    organisations = [a for a in analysis.actors.values() if a.kind == "organization"]
    for short in organisations:
        if short.key in gazetteer.curated_names or gazetteer.lookup(short.key) is not None:
            continue  # "the United Nations" is a body of its own, not short for "United Nations Command"
        longer = [a for a in organisations if a is not short and a.key in analysis.actors
                  and len(name_words(a.key)) > len(name_words(short.key)) and short_form_of(short.key, a.key)]
        if len(longer) == 1:
            absorb(analysis, short, longer[0])
    for person in [a for a in analysis.actors.values() if a.kind == "person"]:
        company = next((a for a in organisations
                        if a.key in analysis.actors and company_of_the_name(person.key, a.key)), None)
        if company is not None:  # "Meghna Knitwear, which employs 2,200 workers," read as a person
            absorb(analysis, person, company)


def company_of_the_name(name: str, company: str) -> bool:
    """"Meghna Knitwear" and "Meghna Knitwear Ltd": the same words and a company's suffix."""
    words, longer = name_words(name), name_words(company)
    return len(longer) > len(words) and longer[:len(words)] == words \
        and all(word in CORPORATE_SUFFIXES for word in longer[len(words):])


ALIAS_VERBS = {"known": "as", "nicknamed": None, "dubbed": None}


def merge_known_as(doc: Doc, analysis: ActorAnalysis) -> None:
    """"Madam Frimpomaa, known to everyone in the neighbourhood as Auntie Akos," and "Auntie Akos"
    later: one person, under the name, with the other as an alias."""
    for verb in doc:
        if verb.lower_ not in ALIAS_VERBS or verb.dep_ != "acl":
            continue
        preposition = ALIAS_VERBS[verb.lower_]
        # "known to the whole market as Mama Kaya": the parser may hang "as" on "market"
        alias_heads = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ == preposition
                       for g in c.children if g.dep_ == "pobj"] if preposition else \
            [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        named, alias = analysis.token_actor.get(verb.head.i), next(
            (analysis.token_actor.get(t.i) for t in alias_heads if t.i in analysis.token_actor), None)
        if named and alias and named != alias and all(analysis.actors[k].kind == "person" for k in (named, alias)):
            absorb(analysis, analysis.actors[alias], analysis.actors[named])
            if alias not in analysis.actors[named].aliases:
                analysis.actors[named].aliases.append(alias)


NICKNAME = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z]\.)*) [\"“]([A-Z][\w’'-]+)[\"”] ([A-Z][\w’'-]+)")


def merge_nicknames(text: str, analysis: ActorAnalysis) -> None:
    """"Rep. Robert C. "Bobby" Scott" and, later, "Bobby Scott": one person, under the full name,
    whatever the model made of the name in marks ("Rodrigo" a person, "Almario" a body)."""
    for match in NICKNAME.finditer(text):
        full = f"{match.group(1)} {match.group(3)}"
        nick = f"{match.group(2)} {match.group(3)}"
        surname = name_words(match.group(3))

        def inside(actor: LocalActor, every=any) -> bool:
            return every(match.start() <= m.start and m.end <= match.end() for m in actor.mentions)
        people = [a for a in analysis.actors.values() if a.kind == "person"]
        named_fully = next((a for a in people if name_words(a.key) == name_words(full)), None)
        by_nickname = next((a for a in people if name_words(a.key) == name_words(nick)), None)
        person = named_fully or by_nickname or next((a for a in people if inside(a)), None)
        if person is None:
            continue
        if person.key != full and full not in analysis.actors:
            rename(analysis, person.key, full)  # "Winston “Tiger” Reid" is Winston Reid
        if by_nickname is not None and by_nickname is not person:
            absorb(analysis, by_nickname, person)
        if by_nickname is not None and nick not in person.aliases:
            person.aliases.append(nick)
        namesakes = [a for a in people if a is not person and len(name_words(a.key)) > 1
                     and name_words(a.key)[-1:] == surname]
        for actor in list(analysis.actors.values()):  # what the model made of the name in marks, and
            # the surname alone, before the whole name was known ("Almario said")
            if actor is not person and (inside(actor) and inside(actor, every=all)
                                        or name_words(actor.key) == surname and not namesakes):
                absorb(analysis, actor, person)

DEFINED_ACRONYM = re.compile(r" ?\(([A-Z][A-Za-z&.]{1,9})\)")


NAME_BEFORE_BRACKETS = re.compile(r"((?:[A-Z][\w’'&.-]*|de|du|del|des|la|le|of|for|and|the)"
                                  r"(?: (?:[A-Z][\w’'&.-]*|de|du|del|des|la|le|of|for|and|the)){1,8}) \($")


def merge_defined_acronyms(doc: Doc, analysis: ActorAnalysis) -> None:
    """"the Lagos State Building Control Agency (LASBCA) … LASBCA said": the writer defines the
    short form in brackets right after the name, whatever its letters; one body. Where the model
    took only the short form ("Electricite du Liban (EDL)"), the words whose initials spell it name it."""
    text = doc.text
    for short in [a for a in analysis.actors.values() if a.kind == "organization" and a.key.isupper()]:
        for mention in short.mentions:
            before = NAME_BEFORE_BRACKETS.search(text, max(0, mention.start - 120), mention.start)
            words = before.group(1).split() if before else []
            while words and not spelt_by_initials(short.key, words):
                words = words[1:]  # "Officials of Electricite du Liban (EDL)": from where the letters start
            while words and not words[0][:1].isupper():
                words = words[1:]  # "the Joint Chiefs of Staff (JCS)" is named "Joint Chiefs of Staff"
            if any(w.lower() in TITLE_HEADS for w in words):
                break  # "Senior Superintendent of Police (SSP)": a rank, which the sieve reads as a title
            name = " ".join(words)
            span = doc.char_span(mention.start - 2 - len(name), mention.start - 2) if words else None
            if span is not None and name not in analysis.actors:
                rename(analysis, short.key, name)
                analysis.link_span(name, span)
                break
    for full in [a for a in analysis.actors.values() if a.kind == "organization"]:
        for mention in full.mentions:
            defined = DEFINED_ACRONYM.match(text, mention.end)
            short = analysis.actors.get(defined.group(1)) if defined else None
            if short is not None and short is not full and short.kind == "organization" and full.key in analysis.actors:
                absorb(analysis, short, full)
                break


def spelt_by_initials(short: str, words: list[str]) -> bool:
    """"EDL" of "Electricite du Liban", "KPEDO" of "Korean Peninsula Energy Development Organization"."""
    return is_acronym_of(short, " ".join(words)) or short == "".join(w[0] for w in words).upper()


def absorb(analysis: ActorAnalysis, short: LocalActor, full: LocalActor) -> None:
    """The short form's mentions and aliases become the full name's."""
    analysis.actors.pop(short.key)
    full.mentions = sorted(full.mentions + short.mentions, key=lambda m: m.start)
    full.aliases += [alias for alias in short.aliases  # not what the model made of a nickname in marks
                     if alias not in full.aliases and not re.search(r"[\"“”]", alias)]
    point_tokens(analysis, short.key, full.key)


def point_tokens(analysis: ActorAnalysis, old: str, new: str) -> None:
    """The words that named `old` now name `new`."""
    for index, key in analysis.token_actor.items():
        if key == old:
            analysis.token_actor[index] = new


def rename(analysis: ActorAnalysis, old: str, new: str) -> None:
    actor = analysis.actors.pop(old)
    actor.key = actor.name = new
    analysis.actors[new] = actor
    if old in analysis.gender:
        analysis.gender.setdefault(new, analysis.gender.pop(old))
    point_tokens(analysis, old, new)
