"""spaCy component `briefing_actors`: resolves named mentions in one article to actors.

spaCy's small model splits "Secretary of State Rex Tillerson" into ORG "State" and PERSON "Rex",
keeps the possessive in "North Korea’s", and tags Beijing or Washington as places where the text
means their governments. This component repairs those spans, groups every mention of one actor
under a canonical name (full name for people, the gazetteer's name for countries and bodies),
reads titles and affiliations ("Russian Deputy Foreign Minister Gennady Gatilov"), links bare
surnames (of two people who share one, the one the text means), short forms of organisations
("the Times", "AROS") and descriptions ("the Chinese foreign minister", "the council"). Who
said what, as an actor, is the speaker sieve's work (`attribution`), which reads this analysis.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Optional

import gender_guesser.detector
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..model import CuratedActor, LocalActor, Mention, Role
from . import extensions  # noqa: F401  (registers Doc._ attributes)
from .gazetteer import Entry, Gazetteer, build_gazetteer, normalise_name
from .marks import find_quote_spans

POSSESSIVE_TOKENS = {"'s", "’s", "'", "’", "s"}
TITLE_HEADS = {
    "president", "minister", "secretary", "secretary-general", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader", "premier", "chancellor",
    "king", "queen", "prince", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
    "governor", "gov.", "mayor", "general", "gen.", "admiral", "adm.", "colonel", "col.", "commander",
    "director", "director-general", "chief", "adviser", "advisor", "negotiator", "justice", "judge",
    "speaker", "officer", "representative", "counsellor", "counselor", "emperor", "dictator", "head",
    "commissioner", "prosecutor", "sheriff", "councillor", "councilor", "cllr", "cllr.", "provost", "dean",
    "rector", "vice-chancellor", "superintendent", "inspector", "constable", "sergeant", "detective", "curator",
    "vet", "coroner", "auditor", "ombudsman", "registrar", "warden",
}
TITLE_MODIFIERS = {
    "deputy", "vice", "foreign", "prime", "defense", "defence", "finance", "trade", "interior", "justice",
    "senior", "acting", "former", "first", "assistant", "under", "special", "national", "security",
    "executive", "supreme", "permanent", "state", "affairs", "homeland", "treasury", "commerce", "energy",
    "economy", "unification", "military", "top", "chief", "press", "white", "house", "general", "joint",
    "staff", "chiefs", "intelligence", "of", "for", "and", "the", "nuclear", "u.s.", "us", "un", "u.n.",
    "lieutenant", "major", "brigadier", "rear", "attorney", "public", "health", "education", "labor",
    "labour", "agriculture", "transportation", "environment",
}
# "the governor" is not the deputy governor: words that make a title another, lower one
LOWER_RANKS = {"deputy", "vice", "assistant", "under", "associate", "sub", "lieutenant"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "lord"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "to", "from", "into", "outside", "across", "around", "toward",
                         "towards", "via", "through", "inside", "throughout", "within", "between", "over"}
ATTACK_WORDS = {"attack", "strike", "hit", "bomb", "target", "invade", "invasion", "raid", "shell", "threaten",
                "missile", "destroy", "nuke"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
# Where a new item of a round-up or live page begins: "___", "***", a "# " heading, "3:15 p.m."
SECTION_BREAK = re.compile(r"\n[ \t]*(?:_{3,}|-{3,}|\*{3,}|#+ |\d{1,2}(?::\d\d)? ?[ap]\.?m\.?)")
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord"}
FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "madam", "dame", "lady", "miss"}
# A lone capitalised word among these is a reference or a common noun, not a named actor.
GENERIC_NOUNS = {
    "government", "state", "states", "council", "assembly", "committee", "organization", "organisation",
    "treaty", "house", "cabinet", "secretariat", "ministry", "department", "agency", "commission", "court",
    "parliament", "party", "union", "office", "administration", "group", "forum", "conference", "summit",
    "board", "bank", "army", "navy", "police", "secretary", "president", "chair", "chairman", "media",
    "defense", "defence", "allies", "countries", "resolutions", "disputes", "peace", "agenda", "laughter",
    "applause", "north", "south", "east", "west", "next", "coherence", "human", "security", "mission",
    "applause", "herein", "thank", "thanks", "madam", "sir", "republic", "kingdom", "federation", "nations",
    "god", "progress", "covid", "quad", "levant",
}
# An ORG entity ending in one of these names a document or a programme, not an actor.
DOCUMENT_WORDS = {
    "treaty", "framework", "statement", "goals", "charter", "agreement", "resolution", "resolutions",
    "declaration", "agenda", "accord", "accords", "protocol", "convention", "act", "plan", "programme",
    "program", "constitution", "outcome", "record", "compact", "actions", "line", "initiative",
}
# A name ending in one of these is a body, whatever the model's label: "Clinton Foundation".
ORGANISATION_ENDINGS = {
    "foundation", "institute", "institution", "university", "college", "center", "centre", "fund", "trust",
    "group", "inc", "inc.", "corp", "corp.", "company", "co.", "association", "society", "party", "council",
    "committee", "club", "network", "news", "times", "post", "journal", "campaign", "administration",
}
# A name ending in one of these is a place, whatever the model's label: "Midway Atoll", "Pike County".
PLACE_WORDS = {
    "atoll", "island", "islands", "river", "mountain", "mountains", "county", "bay", "lake", "valley", "beach",
    "park", "street", "avenue", "square", "bridge", "airport", "station", "hospital", "peninsula", "strait",
}
GOVERNMENT_HEADS = {"administration", "government", "regime", "authorities", "leadership", "cabinet"}
GOVERNMENT_WORDS = {"government", "of", "the", "administration", "regime", "authorities", "my", "our", "its"}


@dataclass
class Candidate:
    start: int  # token indices
    end: int
    label: str
    entry: Optional[Entry] = None


@dataclass
class ActorAnalysis:
    """What the component found in one Doc: actors by key and, for each token, its actor."""

    actors: dict[str, LocalActor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    descriptions: dict[int, str] = field(default_factory=dict)  # head token of "the council" -> key
    quoted: list[tuple[int, float]] = field(default_factory=list)  # character ranges inside quote marks
    gender: dict[str, str] = field(default_factory=dict)  # key -> "m" | "f", where an honorific says
    _ordered: Optional[list[tuple[int, str]]] = None

    def actor_of(self, token: Token) -> Optional[str]:
        return self.token_actor.get(token.i) or self.descriptions.get(token.i)

    def people_named(self, name: str) -> list[str]:
        """The people of the article a name may mean: "Pence" -> ["Mike Pence"]."""
        return [key for key, actor in self.actors.items() if actor.kind == "person" and same_person(name, key)]

    def named_between(self, start: int, end: int) -> list[tuple[int, str]]:
        if self._ordered is None:
            self._ordered = sorted({**self.token_actor, **self.descriptions}.items())
        low = bisect.bisect_left(self._ordered, (start, ""))
        high = bisect.bisect_left(self._ordered, (end, ""))
        return self._ordered[low:high]

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
                   and t.i not in self.token_actor and t.i not in self.descriptions for t in span)


@Language.factory("briefing_actors", default_config={"curated_actors": []})
def make_actor_resolver(nlp: Language, name: str, curated_actors: list[dict]):
    curated = [CuratedActor(name=a["name"], kind=a["kind"], aliases=list(a.get("aliases", [])))
               for a in curated_actors]
    return ActorResolver(nlp, build_gazetteer(curated))


class ActorResolver:
    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.key_of_words: dict[tuple[str, ...], str] = {}  # a name's tokens -> gazetteer key
        patterns = []
        for surface, key in sorted(gazetteer.surface_forms.items()):
            pattern = nlp.make_doc(surface)
            self.key_of_words[tuple(t.text for t in pattern)] = key
            patterns.append(pattern)
        self.matcher.add("KNOWN", patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans, _ = find_quote_spans(doc.text)
        analysis = ActorAnalysis(quoted=sorted((q.start, float(q.end)) for q in spans))
        candidates = self.candidates(doc)
        # people first, so that a surname the model mislabels ("China's Wang" as ORG) is known
        for cand in sorted(candidates, key=lambda c: c.label != "PERSON"):
            self.add_mention(doc, cand, analysis)
        merge_short_names(analysis, self.gazetteer)
        merge_nicknames(doc.text, analysis)
        self.link_surnames(doc, analysis)
        self.link_descriptions(doc, analysis)
        for key, actor in analysis.actors.items():  # "Rex" in "Rex Tillerson" says he, once the name is whole
            if actor.kind == "person" and key not in analysis.gender and gender_of("", key):
                analysis.gender[key] = gender_of("", key)
        doc._.actors = analysis
        return doc

    # --- finding mention spans ------------------------------------------------------

    def candidates(self, doc: Doc) -> list[Candidate]:
        found: list[Candidate] = []
        for start, end in self.known_names(doc):
            words = tuple(t.text for t in doc[start:end] if not t.is_space)
            entry = self.gazetteer.entries[self.key_of_words[words]]
            found.append(Candidate(start, end, "KNOWN", entry))
        for ent in doc.ents:
            if ent.label_ in ENTITY_LABELS:
                start, end = trim_span(doc, ent.start, ent.end)
                if start < end:
                    label = ent.label_
                    while label == "ORG" and start < end - 1 and doc[start].is_lower:
                        start += 1  # "the [federal] Securities and Exchange Commission"
                    person_at = person_at_the_end(doc, start, end) if label != "PERSON" else None
                    if person_at is not None:  # "the Air Force for Acquisition [Marvin Sambur]" as ORG
                        start, label = person_at, "PERSON"
                    if label == "PERSON":
                        start, end = extend_person(doc, start, end, self.gazetteer)
                        start = start_of_name(doc, start, end)
                        end = end_of_name(doc, start, end)
                    found.append(Candidate(start, end, label, self.gazetteer.lookup(doc[start:end].text)))
        return drop_overlaps(found, doc)

    def known_names(self, doc: Doc) -> list[tuple[int, int]]:
        """Gazetteer names as token ranges of `doc`, matched with white-space tokens left out, so
        that a name broken over two lines of hard-wrapped text ("Republic of  Korea") is found."""
        positions = [t.i for t in doc if not t.is_space]
        if len(positions) == len(doc):
            return [(start, end) for _, start, end in self.matcher(doc)]
        words = Doc(doc.vocab, words=[doc[i].text for i in positions])
        return [(positions[start], positions[end - 1] + 1) for _, start, end in self.matcher(words)]

    def add_mention(self, doc: Doc, cand: Candidate, analysis: ActorAnalysis) -> None:
        span = doc[cand.start:cand.end]
        entry = cand.entry or self.classify_unknown(doc, cand, analysis)
        if entry is None:
            return  # a city, a region, a document, a common noun: not an actor
        if entry.via == "capital" and not acts_as_government(span):
            return
        honorific = doc[span.start - 1].lower_ if span.start else ""
        key = self.canonical_key(entry, analysis, gender_of(honorific, ""))
        actor = analysis.actors.setdefault(key, LocalActor(key=key, name=key, kind=entry.kind))
        text = " ".join(span.text.split())
        actor.mentions.append(Mention(span.start_char, span.end_char, text))
        if entry.via not in ("demonym", "capital", "government") and text not in actor.aliases:
            actor.aliases.append(text)
        for token in span:
            analysis.token_actor[token.i] = key
        if entry.kind == "person":
            self.note_role(span, actor)
            gender = gender_of(honorific, key)
            if gender:
                analysis.gender.setdefault(key, gender)

    def classify_unknown(self, doc: Doc, cand: Candidate, analysis: ActorAnalysis) -> Optional[Entry]:
        """What a name the gazetteer does not know is, from the model's label and its words."""
        span = doc[cand.start:cand.end]
        label = cand.label
        if label in ("ORG", "GPE", "NORP") and (self.is_known_name_part(span, analysis) or self.owned_by_country(span)
                                                or starts_with_first_name(span)):
            label = "PERSON"  # "China's Wang", a surname the model took for a place, "Nikki Haley" as ORG
        if label == "PERSON" and span[-1].lower_ in ORGANISATION_ENDINGS and len(span) > 1:
            label = "ORG"  # "Clinton Foundation", "Brookings Institution": named after a person, not one
        if label == "PERSON":
            return Entry(strip_honorific(span), "person", "name") if looks_like_name(span) else None
        if label == "ORG":
            government = self.government_of(span)
            if government:
                return government
            if not span.text[:1].isupper() or in_title(doc, cand.start) or not looks_like_organisation(span):
                return None
            return Entry(" ".join(span.text.split()), "organization", "name")
        if label == "NORP" and span.text.endswith("s") and span.text[:1].isupper():
            return Entry(span.text, "group", "name")
        return None

    def government_of(self, span: Span) -> Optional[Entry]:
        """"Government of the Democratic People’s Republic of Korea", "Syrian Government": the country."""
        words = [t for t in span if not t.is_space]
        start, end = 0, len(words)
        while start < end and words[start].lower_ in GOVERNMENT_WORDS:
            start += 1
        while end > start and words[end - 1].lower_ in GOVERNMENT_WORDS:
            end -= 1
        if (start, end) == (0, len(words)) or start == end:
            return None
        words = words[start:end]
        entry = self.gazetteer.lookup(doc_text(words))
        if entry and entry.kind == "country":
            return Entry(entry.name, "country", "government")
        return None

    def note_role(self, span: Span, actor: LocalActor) -> None:
        """The title and affiliation the words around a person's name give."""
        role = read_title(span.doc, span.start, self.gazetteer) or read_apposition(span, self.gazetteer)
        if role and role.title and all(r.title != role.title for r in actor.roles):
            actor.roles.append(role)
        affiliation = (role.affiliation if role else None) or possessive_affiliation(span, self.gazetteer)
        if affiliation:
            for r in actor.roles:
                r.affiliation = r.affiliation or affiliation
            if not actor.roles:
                actor.roles.append(Role(title="", affiliation=affiliation))

    @staticmethod
    def is_known_name_part(span: Span, analysis: ActorAnalysis) -> bool:
        """A single word that is the first or last name of a person already met."""
        word = strip_possessive(span.text)
        return " " not in word and any(
            a.kind == "person" and " " in a.key and word in (a.key.split()[0], a.key.split()[-1])
            for a in analysis.actors.values())

    def owned_by_country(self, span: Span) -> bool:
        """"China’s Wang": one capitalised word owned by a country is that country's official."""
        return len(span) == 1 and span[0].text.istitle() and possessive_affiliation(span, self.gazetteer) is not None \
            and self.gazetteer.lookup(span.text) is None

    def canonical_key(self, entry: Entry, analysis: ActorAnalysis, gender: Optional[str] = None) -> str:
        """A person's key in this article: the fullest form of the name met so far, of someone of
        the same sex where the names or honorifics tell ("Mr. Obama" is not Michelle Obama). A bare
        name two people of the article share ("Clinton" beside Bill and Hillary Clinton) is the
        one named most so far."""
        if entry.kind != "person" or entry.name in self.gazetteer.curated_names:
            return entry.name
        gender = gender or gender_of("", entry.name)
        matches = [key for key in analysis.people_named(entry.name)
                   if gender is None or analysis.gender.get(key) in (None, gender)]
        if not matches and " " not in entry.name:
            matches = misspelt_surname_of(entry.name, analysis)  # "McLenney" for Tyresha McClenney
        if len(matches) > 1 and " " not in entry.name:
            matches = [likeliest_bearer(matches, analysis)]
        if len(matches) != 1:
            return entry.name
        key = matches[0]
        if len(entry.name) > len(key):  # "Rex Tillerson" after "Tillerson" takes over
            rename(analysis, key, entry.name)
            return entry.name
        return key

    # --- second pass: bare surnames spaCy did not tag, and descriptions ---------------

    def link_surnames(self, doc: Doc, analysis: ActorAnalysis) -> None:
        """Bare surnames or first names ("Sanders", even read as a noun): the person of the article
        named so; of two who share it, the likeliest bearer at that point of the text, for the
        model's own mentions too."""
        people = [a for a in analysis.actors.values() if a.kind == "person"]
        by_part: dict[str, list[str]] = {}
        for actor in people:
            parts = actor.key.split()
            if len(parts) > 1:
                for part in {parts[0], parts[-1]}:
                    by_part.setdefault(part, []).append(actor.key)
        last_seen: dict[str, int] = {}
        section_starts = [0] + [m.end() for m in SECTION_BREAK.finditer(doc.text)]
        for token in doc:
            linked = analysis.token_actor.get(token.i)
            keys = by_part.get(strip_possessive(token.text), [])
            if linked is not None and (len(keys) < 2 or linked not in keys or not is_a_word_alone(doc, token)
                                       or in_a_longer_mention(analysis.actors[linked], token)):
                last_seen[linked] = token.i
                continue
            if not (token.pos_ == "PROPN" or token.ent_type_ == "PERSON" and token.text[:1].isupper()):
                continue
            honorific = gender_of(doc[token.i - 1].lower_, "") if token.i else None  # "Mr. Obama"
            keys = [k for k in keys if honorific is None or analysis.gender.get(k) in (None, honorific)]
            with_first_name = name_words(doc[token.i - 1:token.i + 1].text) if token.i else []
            named_fully = [k for k in keys if name_words(k) == with_first_name]
            keys = named_fully or keys  # "Ivanka Trump" the model did not tag as a person
            if len(keys) > 1:  # decided here, in the order of the text, for the NER's mentions too
                section = section_starts[bisect.bisect_right(section_starts, token.idx) - 1]
                keys = [likeliest_bearer(keys, analysis, token.idx, section)] \
                    if any(k in last_seen for k in keys) else []
            if len(keys) == 1 and keys[0] != linked:
                if linked is not None:
                    unlink(analysis, token)
                actor = analysis.actors[keys[0]]
                first = doc[token.i - 1] if named_fully else token  # the whole name, where it stands whole
                end = token.idx + len(strip_possessive(token.text))
                actor.mentions.append(Mention(first.idx, end, doc.text[first.idx:end]))
                analysis.token_actor[token.i] = analysis.token_actor[first.i] = keys[0]
                self.note_role(doc[first.i:token.i + 1], actor)
            if keys:
                last_seen[keys[0]] = token.i
        for actor in people:
            actor.mentions.sort(key=lambda m: m.start)

    def link_descriptions(self, doc: Doc, analysis: ActorAnalysis) -> None:
        """"the council" -> the council last named; "the Chinese foreign minister" -> the person
        whose title and affiliation match."""
        named: list[tuple[int, str]] = []  # (token, key) of each actor's latest mention so far
        mentions = sorted(analysis.token_actor.items())
        next_mention = 0
        for token in doc:
            while next_mention < len(mentions) and mentions[next_mention][0] < token.i:
                index, key = mentions[next_mention]
                named = [(i, k) for i, k in named if k != key] + [(index, key)]
                next_mention += 1
            if token.i in analysis.token_actor or token.pos_ != "NOUN" or not token.is_lower:
                continue
            if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
                continue
            key = self.describe(token, reversed(named), analysis)
            if key:
                analysis.descriptions[token.i] = key
                start = min(c.idx for c in token.subtree if c.i <= token.i)
                span = doc.char_span(start, token.idx + len(token.text), alignment_mode="expand")
                analysis.actors[key].mentions.append(Mention(span.start_char, span.end_char, span.text))
        for actor in analysis.actors.values():
            actor.mentions.sort(key=lambda m: m.start)
        analysis._ordered = None  # the descriptions join the mentions pronouns look back on

    def describe(self, head: Token, latest_first: Iterable[tuple[int, str]], analysis: ActorAnalysis) -> Optional[str]:
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
        affiliation = None
        for t in words:
            entry = self.gazetteer.lookup(t.text)
            if entry and entry.kind == "country":
                affiliation = entry.name
        # lower-case words must all belong to the title ("the foreign minister"); capitalised ones
        # ("the Democratic senator") may qualify it; countries must agree with the affiliation
        title_words = {t.lower_ for t in words if t.is_lower and self.gazetteer.lookup(t.text) is None}
        for _, key in latest_first:
            actor = analysis.actors[key]
            if actor.kind == "organization" and key.lower().split()[-1] == head.lower_ and len(words) == 1:
                return key
            if actor.kind == "person" and head.lower_ in TITLE_HEADS:
                for role in actor.roles:
                    held = role.title.lower().split()
                    if held and held[-1] == head.lower_ and title_words <= set(held) \
                            and not set(held) & LOWER_RANKS - title_words and (
                            affiliation is None or role.affiliation in (None, affiliation)):
                        return key
        return None


# --- span repair ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def starts_with_first_name(span: Span) -> bool:
    """Two or three capitalised words, the first a given name that is clearly one ("Nikki Haley")."""
    words = [t for t in span if not t.is_space]
    return 2 <= len(words) <= 3 and all(t.text.istitle() for t in words) and \
        first_names().get_gender(words[0].text) in ("male", "female") and \
        words[-1].lower_ not in GENERIC_NOUNS | ORGANISATION_ENDINGS


def gender_of(honorific: str, name: str) -> Optional[str]:
    """"m" or "f" where an honorific ("Ms.") or an unambiguous first name ("Rex") says so, else None
    ("Kim", "Wang" and family-name-first names stay unknown)."""
    if honorific in MALE_HONORIFICS | FEMALE_HONORIFICS:
        return "m" if honorific in MALE_HONORIFICS else "f"
    words = name.split()
    if len(words) < 2:
        return None  # a word alone may be a surname: "Clinton", "Warren" and "Scott" are first names too
    return {"male": "m", "female": "f"}.get(first_names().get_gender(words[0]))


def trim_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" or verb ("Said Ellis: …") and a trailing possessive."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].pos_ == "VERB"):
        start += 1
    while end > start and doc[end - 1].text in POSSESSIVE_TOKENS:
        end -= 1
    return start, end


def extend_person(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """"Rex" + "Tillerson", "Moon Jae" + "-in": take in the capitalised proper nouns that follow a
    tagged name, and the rest of a hyphenated given name written without spaces."""
    while end < len(doc):
        token = doc[end]
        if token.text == "-" and doc[end - 1].whitespace_ == "" and token.whitespace_ == "" \
                and end + 1 < len(doc) and doc[end + 1].is_alpha:
            end += 2  # "Jae" "-" "in"
            continue
        if doc[end - 1].whitespace_ == "" or not (token.pos_ == "PROPN" and token.text[:1].isupper()):
            break
        if token.lower_ in TITLE_HEADS or gazetteer.lookup(token.text) or token.ent_type_ not in ("", "PERSON"):
            break
        end += 1
    if start > 0 and end - start == 1 and is_given_name_before(doc[start - 1], gazetteer):
        start -= 1  # "Dolores" + "Kowalczyk": the model tagged only the surname
    return start, end


SPEECH_WORDS_LIKE_NAMES = {"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "noted"}


def is_given_name_before(token: Token, gazetteer: Gazetteer) -> bool:
    """"Dolores" before "Kowalczyk"; not "Said" of "Said Ellis: …" (a given name too)."""
    return token.text.istitle() and token.lower_ not in SPEECH_WORDS_LIKE_NAMES and token.is_alpha and token.whitespace_ == " " and token.ent_type_ in ("", "PERSON") \
        and token.lower_ not in TITLE_HEADS and token.lower_ not in HONORIFICS and not gazetteer.lookup(token.text) \
        and first_names().get_gender(token.text) in ("male", "female")


def start_of_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in a span the model tagged: after the titles ("Charlotte Mayor
    [Jennifer Roberts]", "Representative [Charles B. Rangel]") and before a first name that follows
    words that are no names ("Crooked [Hillary Clinton]", "Miss Universe [Alicia Machado]")."""
    words = list(range(start, end))
    titles = [i for i in words[:-1] if doc[i].lower_ in TITLE_HEADS or doc[i].lower_ in HONORIFICS]
    if titles and titles[-1] + 1 < end:
        start = titles[-1] + 1
    for i in range(start + 1, end - 1):
        before = [doc[j] for j in range(start, i)]
        if is_first_name(doc[i].text) and "-" not in (doc[i - 1].text, doc[i + 1].text) \
                and not any(is_first_name(t.text) for t in before) \
                and (len(before) > 1 or len(before[0].text) >= 5):
            return i  # not one short word: "Ri Yong-ho", "Moon Jae-in" start with a family name
    return start


def person_at_the_end(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where a person's name starts at the end of a longer span the model called a body ("Acme
    chief executive John Smith"): a clear first name and a surname, last, after other words."""
    if end - start < 3:
        return None
    first, last = doc[end - 2], doc[end - 1]
    titled = any(t.is_lower or t.lower_ in TITLE_HEADS for t in doc[start:end - 2])  # not "New York Times"
    if titled and is_first_name(first.text) and first.pos_ == last.pos_ == "PROPN" and last.text.istitle():
        return end - 2
    return None


def end_of_name(doc: Doc, start: int, end: int) -> int:
    """"[Obama] Speech", "[Clinton] Campaign": a common word the model took into the name."""
    while end - start > 1 and doc[end - 1].lower_ in NOT_NAME_ENDINGS:
        end -= 1
    return end


NOT_NAME_ENDINGS = {"speech", "campaign", "administration", "era", "presidency", "camp", "team", "rally", "aides",
                    "supporters", "voters", "doctrine", "plan", "foundation", "tweet", "tweets", "show", "interview"}


def is_first_name(word: str) -> bool:
    return word.istitle() and first_names().get_gender(word) in ("male", "female", "mostly_male", "mostly_female")


def drop_overlaps(candidates: list[Candidate], doc: Doc) -> list[Candidate]:
    """Keep the longest of overlapping candidates; at equal length one that starts with a capital
    ("North Korea", not "the North" in "the North Korea crisis"), then the gazetteer's."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), doc[c.start].is_lower, c.label != "KNOWN",
                                               c.start))
    taken: list[Candidate] = []
    used: set[int] = set()
    for cand in ranked:
        if used.isdisjoint(range(cand.start, cand.end)):
            taken.append(cand)
            used.update(range(cand.start, cand.end))
    return sorted(taken, key=lambda c: c.start)


def strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


def strip_honorific(span: Span) -> str:
    """The name without "Mr." or "Dr.", spaced as written ("George Bush Sr.", "Kim Jong-un")."""
    words = "".join(t.text_with_ws for t in span if t.lower_ not in HONORIFICS and not t.is_space)
    return strip_possessive(" ".join(words.split()))


def looks_like_name(span: Span) -> bool:
    """A person's name: capitalised proper nouns, not a lone common word ("Laughter", "Peace")."""
    if not span.text[:1].isupper() or any(t.is_digit for t in span) or len(span.text) < 2:
        return False
    words = [t for t in span if t.is_alpha]
    if not words or words[-1].lower_ in DOCUMENT_WORDS | PLACE_WORDS or any(len(w) > 2 and w.is_upper for w in words):
        return False  # "Malaria Initiative", "Midway Atoll", "P.M. KST"
    if len(words) == 1:
        word = words[0]
        return word.pos_ == "PROPN" and not word.is_stop and word.lower_ not in GENERIC_NOUNS
    return True


def looks_like_organisation(span: Span) -> bool:
    """Not a lone generic word ("Council", "Government") nor a document ("… Treaty", "… Goals")."""
    words = [t for t in span if t.is_alpha]
    if not words or words[-1].lower_ in DOCUMENT_WORDS:
        return False
    return not (len(words) == 1 and (words[0].lower_ in GENERIC_NOUNS or words[0].is_stop))


def doc_text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def name_words(name: str) -> list[str]:
    """"Kim Jong-il", "Kim Jong Il" and "kim jong il" are one name: words lower-cased, hyphens split."""
    name = name.lower().replace(".", "").replace("’", "'")  # "O’Neill" is "O'Neill"
    return [w for w in re.split(r"[\s\-‐–]+", name) if w]


def same_person(a: str, b: str) -> bool:
    """"Tillerson" and "Rex Tillerson": one name's words all stand, in order, at an end of the other."""
    wa, wb = name_words(a), name_words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if short == long_:
        return True
    if len(short) == 1:
        return short[0] in (long_[0], long_[-1]) and len(long_) > 1
    return long_[-len(short):] == short or long_[:len(short)] == short


def misspelt_surname_of(word: str, analysis: ActorAnalysis) -> list[str]:
    """The one person whose surname a long word misses by a single letter ("McLenney" after
    "Tyresha McClenney"): a typo, which news copy has, and not a second person."""
    if len(word) < 6:
        return []
    people = [key for key, actor in analysis.actors.items() if actor.kind == "person" and " " in key
              and one_edit_apart(word.lower(), key.split()[-1].lower())]
    return people if len(people) == 1 else []


def one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def is_a_word_alone(doc: Doc, token: Token) -> bool:
    """"Vance" alone, not "Vance" in "Ted Vance": no capitalised name word on either side."""
    def name_word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() \
            and doc[i].lower_ not in HONORIFICS and doc[i].lower_ not in TITLE_HEADS
    return not name_word(token.i - 1) and not name_word(token.i + 1)


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
    his wife Heidi named once), then the one introduced first."""
    def salience(key: str) -> tuple[bool, int, int, int]:
        earlier = [m for m in analysis.actors[key].mentions if before is None or m.start < before]
        in_section = any(m.start >= section for m in earlier)  # "The Latest" items: each its own story
        surname = name_words(key)[-1]
        by_surname = sum(1 for m in earlier if name_words(strip_honorific_text(m.text)) == [surname])
        first = min((m.start for m in analysis.actors[key].mentions), default=0)
        return in_section, by_surname, len(earlier), -first  # at a tie, the one introduced first
    return max(keys, key=salience)


def strip_honorific_text(text: str) -> str:
    words = [w for w in strip_possessive(text).split() if w.lower() not in HONORIFICS]
    return " ".join(words) or text


def merge_short_names(analysis: ActorAnalysis, gazetteer: Gazetteer) -> None:
    """"the Times" and "The New York Times", "Peabody" and "Peabody Energy", "AROS" and "Alliance
    to Reclaim Our Schools": one organisation, under its full name, where the short form fits
    exactly one longer name of the article."""
    organisations = [a for a in analysis.actors.values() if a.kind == "organization"]
    for short in organisations:
        if short.key in gazetteer.curated_names:
            continue
        longer = [a for a in organisations if a is not short and a.key in analysis.actors
                  and len(name_words(a.key)) > len(name_words(short.key)) and short_form_of(short.key, a.key)]
        if len(longer) == 1:
            absorb(analysis, short, longer[0])


NICKNAME = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z]\.)*) [\"“]([A-Z][\w’'-]+)[\"”] ([A-Z][\w’'-]+)")


def merge_nicknames(text: str, analysis: ActorAnalysis) -> None:
    """"Rep. Robert C. "Bobby" Scott" and, later, "Bobby Scott": one person, under the full name."""
    for match in NICKNAME.finditer(text):
        full = f"{match.group(1)} {match.group(3)}"
        nick = f"{match.group(2)} {match.group(3)}"
        people = {key: actor for key, actor in analysis.actors.items() if actor.kind == "person"}
        named_fully = next((a for k, a in people.items() if name_words(k) == name_words(full)), None)
        by_nickname = next((a for k, a in people.items() if name_words(k) == name_words(nick)), None)
        if by_nickname is None:
            continue
        if named_fully is None:
            rename(analysis, by_nickname.key, full)
            by_nickname.aliases.append(nick)
            named_fully = by_nickname
        elif named_fully is not by_nickname:
            absorb(analysis, by_nickname, named_fully)
        for actor in list(analysis.actors.values()):  # what the model made of the name in marks
            if actor is not named_fully and actor.kind == "person" and \
                    all(match.start() <= m.start and m.end <= match.end() for m in actor.mentions):
                absorb(analysis, actor, named_fully)


def short_form_of(short: str, name: str) -> bool:
    """"Times" of "New York Times", "Peabody" of "Peabody Energy", "SEC" of "Securities and
    Exchange Commission", or the name itself."""
    words, longer = name_words(short), name_words(name)
    return is_acronym_of(short, name) or longer[-len(words):] == words or longer[:len(words)] == words


def is_acronym_of(short: str, name: str) -> bool:
    letters = short.replace(".", "")
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper())
    return len(letters) >= 2 and letters.isupper() and letters == initials


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


def in_title(doc: Doc, start: int) -> bool:
    """ORG "State" in "Secretary of State": a word inside a title, not an organisation."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_HEADS


def acts_as_government(span: Span) -> bool:
    """A capital stands for its government unless the sentence uses it as a place."""
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        return False
    if token.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.lemma_.lower() in ATTACK_WORDS:
        return False
    if token.dep_ == "dobj" and head.lemma_.lower() in ATTACK_WORDS:
        return False
    if token.dep_ == "compound" and head.pos_ == "NOUN":  # "Seoul airport", "Beijing residents"
        return head.lower_ in ("government", "administration", "regime", "authorities", "leadership", "officials")
    return True


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
    """"Wang Yi, China's foreign minister, …": the title in an apposition after the name."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in TITLE_HEADS:
            words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("compound", "amod") or t == child]
            affiliation = None
            for t in child.subtree:
                entry = gazetteer.lookup(t.text)
                if entry and entry.kind in ("country", "organization") and t.i < child.i:
                    affiliation = entry.name
            title_words = [w.text for w in words if gazetteer.lookup(w.text) is None]
            return Role(title=title_case(" ".join(title_words)), affiliation=affiliation)
    return None


def possessive_affiliation(span: Span, gazetteer: Gazetteer) -> Optional[str]:
    """"China’s Wang": the country that owns the name."""
    if span.start >= 2 and span.doc[span.start - 1].text in POSSESSIVE_TOKENS:
        return owner_before(span.doc, span.start - 1, gazetteer)
    return None


def title_case(text: str) -> str:
    small = {"of", "for", "and", "the", "to", "at"}
    return " ".join(w if w.lower() in small else (w[:1].upper() + w[1:]) for w in text.split())


def local_actors(doc: Doc) -> list[LocalActor]:
    analysis: ActorAnalysis = doc._.actors
    return list(analysis.actors.values()) if analysis else []


def curated_actor_config(actors: list[CuratedActor]) -> list[dict]:
    return [{"name": a.name, "kind": a.kind, "aliases": list(a.aliases)} for a in actors]


__all__ = ["ActorAnalysis", "ActorResolver", "curated_actor_config", "local_actors", "normalise_name"]
