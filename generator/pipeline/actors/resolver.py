"""The spaCy component `briefing_actors`: finds the candidates (the model's entities and the
gazetteer's names), repairs and classifies them, groups them into actors and links
descriptions ("the council", "the Chinese foreign minister")."""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Optional

import numpy
from spacy.attrs import ENT_IOB, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from ...model import CuratedActor, LocalActor, Mention, Role
from ..extensions import text_of  # (importing it registers the Doc._ attributes too)
from .gazetteer import Entry, Gazetteer, build_gazetteer
from ..marks import bylines_and_datelines, find_quote_spans

from .words import (AGED, BODY_NOUNS, CORPORATE_SUFFIXES, ENTITY_LABELS, EVENT_WORDS, GENERIC_NOUNS, GOVERNMENT_WORDS,
                    HONORIFICS, HYPHENED_ADJECTIVE_ENDINGS, LOCATIVE_PREPOSITIONS, LOWER_RANKS, ORGANISATION_ENDINGS,
                    PERSON_NOUNS, PERSONAL_TITLES, PLACE_WORDS, PLURAL_BODIES, POSSESSIVE_TOKENS, SECTION_BREAK,
                    SITE_WORDS, SPOKESPEOPLE, TITLE_HEADS, TITLE_MODIFIERS)
from .names import (POST_NOMINALS, SPEECH_WORDS_LIKE_NAMES, Candidate, acts_as_government, before_a_lower_word,
                    capitalised_like_a_name, doc_text, drop_overlaps, end_of_name, extend_person, gender_of,
                    in_title_case, in_title, is_a_word_alone, is_first_name, is_given_name, is_vocative,
                    looks_like_name, looks_like_organisation, name_words, name_words_in_title_case, names_a_vessel,
                    names_outside_title_case, person_at_the_end, start_of_name, starts_with_first_name,
                    strip_honorific, strip_possessive, trim_span)
from .analysis import (ActorAnalysis, in_a_longer_mention, likeliest_bearer, merge_defined_acronyms, merge_known_as,
                       merge_nicknames, merge_short_names, misspelt_surname_of, rename, unlink)
from .roles import possessive_affiliation, read_apposition, read_title


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
        spans, _ = find_quote_spans(text_of(doc))
        analysis = ActorAnalysis(quoted=sorted((q.start, float(q.end)) for q in spans))
        outside = bylines_and_datelines(text_of(doc))  # who wrote it and where from: no actors of the story
        candidates = self.candidates(doc, outside)
        # people first, so that a surname the model mislabels ("China's Wang" as ORG) is known
        for cand in sorted(candidates, key=lambda c: c.label != "PERSON"):
            self.add_mention(doc, cand, analysis)
        merge_short_names(analysis, self.gazetteer)
        merge_defined_acronyms(doc, analysis)
        merge_nicknames(text_of(doc), analysis)
        merge_known_as(doc, analysis)
        self.link_repeated_names(doc, analysis)
        self.link_surnames(doc, analysis)
        self.link_descriptions(doc, analysis)
        forget_mentions_in(doc, outside, analysis)  # "[FREETOWN], Sierra Leone —", linked to "Freetown"
        for key, actor in analysis.actors.items():  # "Rex" in "Rex Tillerson" says he, once the name is whole
            if actor.kind == "person" and key not in analysis.gender and gender_of("", key):
                analysis.gender[key] = gender_of("", key)
        doc._.actors = analysis
        return doc

    # --- finding mention spans ------------------------------------------------------

    def candidates(self, doc: Doc, outside: list[tuple[int, int]]) -> list[Candidate]:
        found: list[Candidate] = []
        for start, end in self.known_names(doc):
            words = tuple(t.text for t in doc[start:end] if not t.is_space)
            entry = self.gazetteer.entries[self.key_of_words[words]]
            found.append(Candidate(start, end, "KNOWN", entry))
        for ent in doc.ents:
            if ent.label_ in ENTITY_LABELS or named_before_a_cue(ent) or named_after_a_cue(ent):
                start, end = trim_span(doc, ent.start, ent.end)
                if start < end:
                    label = ent.label_ if ent.label_ in ENTITY_LABELS else "PERSON"
                    while label == "ORG" and start < end - 1 and doc[start].is_lower:
                        start += 1  # "the [federal] Securities and Exchange Commission"
                    if label == "ORG":
                        end = before_its_place(doc, start, end)  # "[the Ministry of Power and Energy] in Colombo"
                        start = after_an_office(doc, start, end)
                        if start == end:
                            continue  # "the Head of Corporate Affairs": an office, which a person holds
                    if label in ("ORG", "PERSON") and doc[end - 1].lower_ in ORGANISATION_ENDINGS:
                        start = start_of_body(doc, start, end)  # "The Disaster [Relief Secretariat]"
                    initialled = initials_before(doc, start)
                    if label in ("GPE", "ORG", "NORP", "PERSON") and initialled < start:
                        start, label = initialled, "PERSON"  # "[K.] Saravanan" as a place
                    elif label in ("GPE", "ORG", "NORP") and end - start == 1 and given_name_left_out(doc, start):
                        start, label = start - 1, "PERSON"  # "Engr. [Olumide] Ajayi" with "Ajayi" as a place
                    elif label in ("GPE", "ORG", "NORP") and end - start == 1 and surname_left_out(doc, start, end):
                        end, label = end + 1, "PERSON"  # "group chief executive [Kagiso] Mothibi", "Kagiso" a place
                    person_at = person_at_the_end(doc, start, end) if label != "PERSON" else None
                    if person_at is not None:  # "the Air Force for Acquisition [Marvin Sambur]" as ORG
                        start, label = person_at, "PERSON"
                    elif label != "PERSON" and named_after_a_personal_title(doc, start, end):
                        label = "PERSON"  # "[Cllr Evans]" as ORG: the title goes below (start_of_name)
                    if label == "PERSON":
                        # "[Obama’s Asia] trip": a name ends at its possessive
                        end = next((t.i for t in doc[start + 1:end] if t.text in ("’s", "'s")), end)
                        end = before_a_lower_word(doc, start, end)
                        if end <= start:
                            continue  # "Clinton-backing Senate": an adjective
                        names_elsewhere = names_outside_title_case(doc)
                        title_case = in_title_case(doc, start, names_elsewhere)
                        if title_case:
                            end = name_words_in_title_case(doc, start, end, names_elsewhere)
                        start, end = extend_person(doc, start, end, self.gazetteer, run_on=not title_case)
                        start = start - 1 if given_name_left_out(doc, start) else start  # "Chief Emeka [Nnaji]"
                        if doc[end - 1].lower_ not in ORGANISATION_ENDINGS:  # "Samudera Bina Marine Sdn Bhd"
                            start = start_of_name(doc, start, end)
                        end = end_of_name(doc, start, end)
                    if end - start == 1 and is_vocative(doc, doc[start]):
                        continue  # "Go ahead, Ben.", "Justin." (as ORG): someone called on, not Ben Rhodes
                    if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) > 4 \
                            and doc[start].lower_ in TITLE_HEADS | PERSON_NOUNS | GENERIC_NOUNS:
                        continue  # "A CORONER has called for …": a lede in capitals, no name
                    if end - start == 1 and doc[start].lower_ in TITLE_HEADS and len(doc[start]) > 3 and (
                            label != "PERSON" or start and doc[start - 1].lower_ in TITLE_MODIFIERS | LOWER_RANKS):
                        continue  # "its Deputy [Chairperson], Mrs Adomako-Darko": a title, which names nobody alone
                    for part_start, part_end in joined_bodies(doc, start, end) if label == "ORG" else [(start, end)]:
                        found.append(Candidate(part_start, part_end, label,
                                               self.gazetteer.lookup(doc[part_start:part_end].text)))
        found += titled_names_untagged(doc) + subjects_named_untagged(doc) + bodies_with_a_spokesperson(doc) \
            + korean_names(doc) + couples_named(doc)
        found = [c for c in found if not any(low <= doc[c.start].idx < high for low, high in outside)]
        return drop_overlaps(self.governments_cut_short(found, doc), doc)

    @staticmethod
    def governments_cut_short(found: list[Candidate], doc: Doc) -> list[Candidate]:
        """"[Government of the Democratic People’s Republic] of Korea": the model cut the name where
        the gazetteer found the country; the whole is the country's government."""
        countries = [c for c in found if c.label == "KNOWN" and c.entry and c.entry.kind == "country"]
        for cand in list(found):
            if cand.label != "ORG" or doc[cand.start].lower_ not in GOVERNMENT_WORDS:
                continue
            country = next((c for c in countries if cand.start < c.start < cand.end < c.end), None)
            if country is not None:
                found.remove(cand)
                found.append(Candidate(cand.start, country.end, "ORG",
                                       Entry(country.entry.name, "country", "government")))
        return found

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
        if entry is None or self.gazetteer.is_not_an_actor(span.text):
            return  # a city, a region, a document, a treaty ("NPT"), a common noun: not an actor
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
        if names_a_vessel(doc, cand.start, cand.end, label) or self.joins_countries(span):
            return None
        if len(span) == 1 and span[0].lower_ in POST_NOMINALS and span.start and doc[span.start - 1].pos_ == "PROPN":
            return None  # "Michael Brannigan [SC]": the letters after a name, not a body
        if label in ("ORG", "GPE", "NORP") and (self.is_known_name_part(span, analysis) or self.owned_by_country(span)
                                                or self.starts_with_first_name(span)
                                                or after_a_role(span)
                                                or in_apposition_with_a_person(span)
                                                or surname_aged_or_titled_elsewhere(span)) \
                and not (label == "GPE" and named_as_a_place(doc, span.text)):
            label = "PERSON"  # "China's Wang", a surname the model took for a place, "Nikki Haley" as ORG
        titled = span.start > 0 and only_a_persons_title(doc[span.start - 1], list(span))  # "Chief Emeka Nnaji"
        if label in ("PERSON", "GPE", "LOC") and (span[-1].lower_ in ORGANISATION_ENDINGS and len(span) > 1
                                                 or in_apposition_with_a_body(span) and not titled):
            label = "ORG"  # "Clinton Foundation", "Brookings Institution", "Brightfield Dairy": a body's name
        if label in ("GPE", "LOC") and LOCAL_GOVERNMENT.match(span.text):
            label = "ORG"  # "A spokesperson for the City of Johannesburg said": the municipality, a body
        if label == "PERSON" and names_a_storm_or_a_county(doc, span):
            return None  # "Typhoon Damrey", "Co Mayo"
        if label == "PERSON":
            if not looks_like_name(span):
                return None
            mentions = all_mentions_of(doc, span.text)  # where else the text has the name: a site, a place?
            if names_a_site(doc, mentions) or used_as_a_place(span, mentions):
                return None
            return Entry(strip_honorific(span), "person", "name")
        if label == "ORG":
            government = self.government_of(span)
            if government:
                return government
            if not span.text[:1].isupper() or in_title(doc, cand.start) or not looks_like_organisation(span):
                return None
            return Entry(" ".join(span.text.split()), "organization", "name")
        if label == "NORP" and span.text.endswith("s") and span.text[:1].isupper() \
                and span.text.lower() not in GENERIC_NOUNS and not span.text.endswith("ss"):  # "Governments", "Endless"
            return Entry(span.text, "group", "name")
        return None

    def starts_with_first_name(self, span: Span) -> bool:
        """"Nikki Haley" as a body is a person; not "The Philippine Red Cross" ("Philippine" is a
        given name too): nobody's name follows "the", nor starts with a country's."""
        before = span.doc[span.start - 1].lower_ if span.start else ""
        return starts_with_first_name(span) and before != "the" and not self.gazetteer.lookup(span[0].text)

    def joins_countries(self, span: Span) -> bool:
        """"the [Japan-United States] alliance": two countries' names joined, not one body."""
        parts = span.text.split("-")
        return len(parts) > 1 and all((e := self.gazetteer.lookup(p.strip())) and e.kind == "country" for p in parts)

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
        word = strip_possessive(span.text).lower()  # "Al-Obeidi" opening a sentence is "al-Obeidi"
        # any word of the name: "Ooi" of "Jason Ooi Keng Hwa" is his family name
        return " " not in word and len(word) > 2 and any(
            a.kind == "person" and " " in a.key and word in a.key.lower().split() for a in analysis.actors.values())

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

    @staticmethod
    def link_repeated_names(doc: Doc, analysis: ActorAnalysis) -> None:
        """A body's name of two words or more said again where the model tagged it otherwise or
        not at all ("Brightfield Dairy" as an organisation, then as a place): the same body."""
        bodies = {alias: key for key, actor in analysis.actors.items() if actor.kind == "organization"
                  for alias in actor.aliases if len(alias.split()) > 1 and alias[:1].isupper()}
        if not bodies:
            return
        linked_at = {doc[i].idx for i in analysis.token_actor}
        names = "|".join(re.escape(alias) for alias in sorted(bodies, key=len, reverse=True))
        for found in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text_of(doc)):
            if found.start() in linked_at:
                continue  # the model's own mention, as most are
            span = doc.char_span(found.start(), found.end())
            if span is None or any(t.i in analysis.token_actor for t in span):
                continue
            analysis.link_span(bodies[found.group(0)], span)

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
        self.link_joined_surnames(doc, analysis, by_part)
        last_seen: dict[str, int] = {}
        section_starts = [0] + [m.end() for m in SECTION_BREAK.finditer(text_of(doc))]
        for token in doc:
            linked = analysis.token_actor.get(token.i)
            keys = by_part.get(strip_possessive(token.text), [])
            if linked is not None and (len(keys) < 2 or linked not in keys or not is_a_word_alone(doc, token)
                                       or in_a_longer_mention(analysis.actors[linked], token)):
                last_seen[linked] = token.i
                continue
            # "Ha told a workshop", with "Ha" read as an interjection: a subject is a name all the same
            subject = token.dep_ in ("nsubj", "nsubjpass") and token.i and not token.is_sent_start
            name_like = token.pos_ == "PROPN" or token.text[:1].isupper() and (token.ent_type_ == "PERSON" or subject)
            if not name_like or is_vocative(doc, token):
                continue
            keys = analysis.of_the_honorifics_sex(keys, token)  # "Mr. Obama"
            keys = self.introduced_with(doc[token.i - 1], keys, analysis) if token.i and len(keys) > 1 else keys
            keys = older_or_younger(age_word_before(token), keys, analysis) if len(keys) > 1 else keys
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
                actor.mentions.append(Mention(first.idx, end, text_of(doc)[first.idx:end]))
                analysis.token_actor[token.i] = analysis.token_actor[first.i] = keys[0]
                self.note_role(doc[first.i:token.i + 1], actor)
            if keys:
                last_seen[keys[0]] = token.i
        for actor in people:
            actor.mentions.sort(key=lambda m: m.start)

    @staticmethod
    def introduced_with(word: Token, keys: list[str], analysis: ActorAnalysis) -> list[str]:
        """"coach Reid" of a head coach Winston Reid and a captain Odane Reid, "Sister Moyo" of Dr
        Tapiwa Moyo and Sister Rudo Moyo: the one whose name the same role word or title stood before."""
        titled = word.lower_ in TITLE_HEADS | PERSONAL_TITLES | HONORIFICS
        if not (word.is_lower and word.is_alpha or titled):
            return keys
        return the_one_named(keys, analysis, word.doc, lambda span: len(span) > 1 and span.start > 0
                             and word.doc[span.start - 1].lower_ == word.lower_)

    @staticmethod
    def link_joined_surnames(doc: Doc, analysis: ActorAnalysis, by_part: dict[str, list[str]]) -> None:
        """"Wane-Sissoko said", "Al-Obeidi said": a surname of words joined by hyphens, which the
        tokenizer splits and the model often leaves untagged: the one person of the article whose
        first or last name it is (the case of a particle aside)."""
        parts = {part.lower(): keys for part, keys in by_part.items() if "-" in part}
        if not parts:
            return
        for found in re.finditer(r"(?<![\w-])[^\W\d_][\w’']*(?:-[^\W\d_][\w’']*)+", text_of(doc)):
            name = strip_possessive(found.group(0))
            keys = parts.get(name.lower(), [])
            span = doc.char_span(found.start(), found.start() + len(name)) if len(keys) == 1 else None
            if span is not None and span.text[:1].isupper() and not any(t.i in analysis.token_actor for t in span):
                analysis.link_span(keys[0], span)

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
            if actor.kind == "organization" and key.lower().split()[-1] == head.lower_ and len(words) == 1 \
                    and head.lower_ not in PLURAL_BODIES:  # "the nations of the world" are not the United Nations
                return key
            if actor.kind == "person" and head.lower_ in TITLE_HEADS:
                for role in actor.roles:
                    held = role.title.lower().split()
                    if held and held[-1] == head.lower_ and title_words <= set(held) \
                            and not set(held) & LOWER_RANKS - title_words and (
                            affiliation is None or role.affiliation == affiliation):  # not "the Chinese ambassador" for Rice
                        return key
        return None


def local_actors(doc: Doc) -> list[LocalActor]:
    analysis: ActorAnalysis = doc._.actors
    return list(analysis.actors.values()) if analysis else []


def curated_actor_config(actors: list[CuratedActor]) -> list[dict]:
    return [{"name": a.name, "kind": a.kind, "aliases": list(a.aliases)} for a in actors]


PLACE_NOUNS = {"town", "city", "village", "province", "district", "region", "municipality", "county", "state",
               "island", "port", "capital", "suburb", "parish", "barangay", "township", "valley"}


SITE_AFTER_NAME = re.compile(rf"\s+(?:{'|'.join(sorted(PLACE_WORDS))})\b")


def names_a_site(doc: Doc, mentions: list[Span]) -> bool:
    """"stuck at Yew Tee station", "along Choa Chu Kang road": a name the text puts before a place
    noun in lower case (`mentions`: every place the text has it) is a site's, not a person's."""
    text = text_of(doc)
    return any(SITE_AFTER_NAME.match(text, found.end_char) for found in mentions)


STORM_WORDS = {"typhoon", "cyclone", "hurricane", "storm", "tropical"}


def names_a_storm_or_a_county(doc: Doc, span: Span) -> bool:
    """"Typhoon Damrey", "Cyclone Freddy": a storm's name, which says "he" in no quotation; "Co
    Mayo" (County Mayo in Irish news): a county."""
    before = doc[span.start - 1].lower_ if span.start else ""
    return before in STORM_WORDS or span[0].lower_ in STORM_WORDS or len(span) > 1 and span[0].lower_ in ("co", "co.")


PLACING_PREPOSITIONS = {"in", "near", "outside", "inside", "across", "throughout", "around"}


def used_as_a_place(span: Span, mentions: list[Span]) -> bool:
    """"a retired teacher in Khon Kaen": a name, with no title and no given name we know, that the
    text puts after "in" or "near" (`mentions`: every place it has it) is a place's, whatever the
    model called it."""
    doc = span.doc
    titled = span.start > 0 and doc[span.start - 1].lower_ in TITLE_HEADS | HONORIFICS
    given = is_first_name(span[0].text)  # "confidence in Dennis Ross"
    return not titled and not given and any(doc[found.start - 1].lower_ in PLACING_PREPOSITIONS
                                            and not owned(found)  # "in Thandiwe Mokoena’s salon": hers
                                            for found in mentions if found.start > 0)


def owned(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].text in POSSESSIVE_TOKENS - {"s"}


def all_mentions_of(doc: Doc, text: str) -> list[Span]:
    spans = (doc.char_span(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(text)}\b", text_of(doc)))
    return [s for s in spans if s is not None]


def named_as_a_place(doc: Doc, text: str) -> bool:
    """"the town of Santa Feliza", "in Santa Feliza": where the model called the words a place
    and the text uses them as one, a given name at their start ("Santa") makes no person."""
    for ent in doc.ents:
        if ent.text != text or ent.label_ not in ("GPE", "LOC"):
            continue
        root = ent.root
        preposition = root.head if root.dep_ == "pobj" else None
        if preposition is not None and (preposition.lower_ in LOCATIVE_PREPOSITIONS or preposition.lower_ == "of"
                                        and preposition.head.lower_ in PLACE_NOUNS):
            return True
    return False


SENIOR_NOUNS = {"father", "mother", "grandfather", "grandmother", "dad", "mum", "mom", "uncle", "aunt"}
JUNIOR_NOUNS = {"son", "daughter", "grandson", "granddaughter", "nephew", "niece", "child"}
OLDER_WORDS = {"older", "elder", "eldest", "oldest", "big"}
YOUNGER_WORDS = {"younger", "youngest", "little", "baby"}


def age_word_before(name: Token) -> Optional[Token]:
    """"the elder Sharabi", "The elder Mr Hadley": the word of age before a name (and its honorific)."""
    at = name.i - 1
    if at > 0 and name.doc[at].lower_ in HONORIFICS:
        at -= 1
    return name.doc[at] if at >= 0 else None


def older_or_younger(word: Optional[Token], keys: list[str], analysis: ActorAnalysis) -> list[str]:
    """"the younger Lemalu" of a coach Tavita Lemalu and "his son, Iosefa Lemalu", "the older
    McKenzie" of "his father, Ian McKenzie": of two who share a surname, the one the text makes the
    younger or the elder, by a word of family beside the name."""
    if word is None or word.lower_ not in ("younger", "older", "elder") or len(keys) != 2:
        return keys  # of two brothers and their mother, "the elder" is no word of family
    younger = word.lower_ == "younger"
    wanted, told = (JUNIOR_NOUNS, YOUNGER_WORDS) if younger else (SENIOR_NOUNS, OLDER_WORDS)

    others, told_others = (SENIOR_NOUNS, OLDER_WORDS) if younger else (JUNIOR_NOUNS, YOUNGER_WORDS)

    def family_word(noun: Token, nouns: set[str], words: set[str]) -> bool:  # "his son", "his older brother, X"
        return noun.lemma_.lower() in nouns or any(c.dep_ == "amod" and c.lower_ in words for c in noun.children)

    def named_with(nouns: set[str], words: set[str]) -> list[str]:
        return the_one_named(keys, analysis, word.doc, lambda span: any(
            family_word(noun, nouns, words) for noun in apposition_nouns(span) + family_noun_before(span)))
    chosen = named_with(wanted, told)
    if len(chosen) == 1:
        return chosen
    other = named_with(others, told_others)  # "with his son Tom": of the two, the elder is the other
    return [key for key in keys if key not in other] if len(other) == 1 else keys


def family_noun_before(span: Span) -> list[Token]:
    """"his son Tom", "her father Yosef Sharabi": a family noun right before the name."""
    before = span.doc[span.start - 1] if span.start else None
    noun = before is not None and before.pos_ == "NOUN" and span.start <= before.head.i < span.end
    return [before] if noun else []


def the_one_named(keys: list[str], analysis: ActorAnalysis, doc: Doc, fits) -> list[str]:
    """Of people who share a surname, the one of whom some mention `fits`, if only one; else all."""
    def named_so(key: str) -> bool:
        spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in analysis.actors[key].mentions)
        return any(span is not None and fits(span) for span in spans)
    chosen = [key for key in keys if named_so(key)]
    return chosen if len(chosen) == 1 else keys


def joined_bodies(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"[Delta Crest Drilling Ltd and Sahelwater Services]" as one body: two, where the words before
    "and" end as a company's name does ("Securities and Exchange Commission" stays one)."""
    for token in doc[start + 1:end - 1]:
        if token.lower_ in ("and", "&") and doc[token.i - 1].lower_ in CORPORATE_SUFFIXES:
            return [(start, token.i), (token.i + 1, end)]
    return [(start, end)]


def named_before_a_cue(ent: Span) -> bool:
    """"“…,” Mayor Kirsten Holm-Andersen said", "“…,” the Hon Glenys Rolle, Minister of Tourism,
    told …": a name right after a quotation, which the model took with it for a title (WORK_OF_ART),
    as the subject of "said" (right after it, or after an apposition)."""
    doc = ent.doc
    words = ent[1:] if ent[0].lower_ == "the" else ent
    titled_or_given = words[0].lower_ in TITLE_HEADS | HONORIFICS or is_given_name(words[0].text)  # not "PolitiFact"
    says = ent.end < len(doc) and doc[ent.end].lower_ in SPEECH_WORDS_LIKE_NAMES \
        or ent.root.dep_ == "nsubj" and ent.root.head.lower_ in SPEECH_WORDS_LIKE_NAMES
    return ent.label_ == "WORK_OF_ART" and says \
        and ent.start > 0 and (doc[ent.start - 1].is_quote or doc[ent.start - 1].is_punct) and len(words) > 1 \
        and titled_or_given and all(capitalised_like_a_name(t.text) or t.text == "-" for t in words)


def named_after_a_cue(ent: Span) -> bool:
    """"'…,' said Moitshepi Tjipura, chairperson of …": a name right after the cue that follows a
    quotation, which the model took for a product or a work's title."""
    doc = ent.doc
    cue = doc[ent.start - 1] if ent.start > 1 else None
    return ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT", "FAC") and cue is not None \
        and cue.lower_ in SPEECH_WORDS_LIKE_NAMES and (doc[cue.i - 1].is_quote or doc[cue.i - 1].is_punct) \
        and 2 <= len(ent) <= 3 and all(capitalised_like_a_name(t.text) for t in ent)


def forget_mentions_in(doc: Doc, outside: list[tuple[int, int]], analysis: ActorAnalysis) -> None:
    """Who wrote the story and where it was filed from (`outside`: the byline and the datelines)
    are no mentions of its actors, and nobody speaks there."""
    for low, high in outside:
        for token in doc.char_span(low, high, alignment_mode="expand") or []:
            analysis.filing.add(token.i)
            if token.i in analysis.token_actor:
                key = analysis.token_actor[token.i]
                unlink(analysis, token)
                if not analysis.actors[key].mentions:
                    del analysis.actors[key]


def start_of_body(doc: Doc, start: int, end: int) -> int:
    """"The Disaster [Relief Secretariat]": the model left out a capitalised word of a body's
    name, one that modifies the name's own words."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text.istitle() \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and not doc[start - 1].ent_type_:
        start -= 1
    return start


INITIAL = re.compile(r"[A-Z]\.")


def initials_before(doc: Doc, start: int) -> int:
    """Where a name starts that has initials before it the model left out ("K. Saravanan",
    "A. K. Fazlul Haque"); `start` itself where there are none."""
    while start > 0 and INITIAL.fullmatch(doc[start - 1].text) and doc[start - 1].whitespace_:
        start -= 1
    return start


def before_its_place(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends that the model ran on into where it sits ("the Ministry of Power
    and Energy in Colombo"): before "in" and a place that ends the span."""
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
    at = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "in"), None)
    place = doc[at + 1:end] if at is not None else []
    # a body's word first ("Ministry …"), not "the Trade in Services Agreement"
    return at if at is not None and first.lower_ in ORGANISATION_ENDINGS and 1 <= len(place) <= 3 and all(
        t.text[:1].isupper() and t.pos_ == "PROPN" for t in place) else end


# The body that governs a place, named after it: "the City of Johannesburg", "Shire of Broome"
LOCAL_GOVERNMENT = re.compile(r"(?:City|Town|County|Municipality|Borough|Shire|District|Township) of [A-Z]")


def surname_left_out(doc: Doc, start: int, end: int) -> bool:
    """"chief executive [Kagiso] Mothibi": a one-word name the model took for a place or a body,
    after a person's role, and an untagged capitalised word after it, which is the surname."""
    after = doc[end] if end < len(doc) else None
    return after_a_persons_role(doc, start) and after is not None and after.pos_ == "PROPN" and not after.ent_type_ \
        and capitalised_like_a_name(after.text) and after.lower_ not in ORGANISATION_ENDINGS


def given_name_left_out(doc: Doc, start: int) -> bool:
    """"Chief Emeka [Nnaji]", "Coun. Aileen [Kostiuk]": a capitalised word the model left out (or
    took for a number) between the title and the name."""
    word = doc[start - 1] if start > 1 else None
    title = doc[start - 2] if start > 1 else None
    if title is not None and title.text == "." and start > 2 and not doc[start - 3].whitespace_:
        title = doc[start - 3]  # "Engr. Olumide Ajayi", the point split from its title
    return word is not None and word.pos_ == "PROPN" and word.text.istitle() and word.ent_type_ not in ENTITY_LABELS \
        and word.lower_ not in TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS | LOWER_RANKS \
        and only_a_persons_title(title, [word])  # not "Lt [Col] Tanvir Ahmed Chowdhury"


# "Mere and Tama Kerekere": two given names sharing the family name after them
COUPLE = re.compile(r"\b([A-Z][a-z'’-]+) and [A-Z][a-z'’-]+ ([A-Z][\w'’-]+)\b")


def couples_named(doc: Doc) -> list[Candidate]:
    """"farmers Mere and Tama Kerekere", then "Mere Kerekere said": the first given name makes a
    full name with the family name, which the model may miss ("Mere" is a word too)."""
    found = []
    text = text_of(doc)
    for couple in COUPLE.finditer(text):
        given, family = couple.groups()
        if given.lower() in TITLE_HEADS | HONORIFICS | GENERIC_NOUNS:
            continue
        for named in re.finditer(rf"\b{re.escape(given)} {re.escape(family)}\b", text):
            span = doc.char_span(named.start(), named.end())
            if span is not None:
                found.append(Candidate(span.start, span.end, "PERSON", None))
    return found


def named_after_a_personal_title(doc: Doc, start: int, end: int) -> bool:
    """"Cllr Evans", "Sgt Mary Banda", "Dr Okafor": a title that only a person bears, then one to
    three capitalised words, none of them a body's ending ("Prof Holdings Ltd" stays a body); the
    title inside the span or right before it ("Dr [Catriona MacLeod]"), or before a given name the
    model left out ("Chief Emeka [Nnaji]")."""
    if given_name_left_out(doc, start):
        start -= 1
    if start > 0 and doc[start].lower_ not in PERSONAL_TITLES | HONORIFICS | TITLE_HEADS:
        start -= 1
    words = [t for t in doc[start:end] if not t.is_space and t.text != "-"]  # "Alleyne-Forde" is one name
    if len(words) < 2:
        return False
    title, name = words[0], words[1:]
    return only_a_persons_title(title, name) and len(name) <= 3 \
        and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in ORGANISATION_ENDINGS for t in name)


def after_an_office(doc: Doc, start: int, end: int) -> int:
    """"[The National Coordinator of the] Renaissance Shareholders Association": a body's name the
    model took with the office before it starts after "of (the)"; where the office is all there
    is ("Head of Corporate Affairs", "Minister of Finance"), nothing is left of a body."""
    words = list(doc[start:end])
    at = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if at is None or at == 0 or words[at - 1].lower_ not in TITLE_HEADS \
            or not all(t.lower_ in TITLE_HEADS | TITLE_MODIFIERS for t in words[:at]):
        return start  # not "the Joint Chiefs of Staff"
    rest = start + at + 1 + (start + at + 1 < end and doc[start + at + 1].lower_ == "the")
    body = doc[rest:end]
    return rest if len(body) and body[-1].lower_ in ORGANISATION_ENDINGS else end


def only_a_persons_title(title: Token, name: list[Token]) -> bool:
    """"Cllr", "Dr", "Eng" before a name; "Chief" too, a Nigerian title ("Chief Emeka Nwosu"), and any
    title before two words or more that are no title ("Comptroller Babatunde Adeyemi"): not "Chief
    Executive Officer" nor "General Motors"."""
    if title.lower_ in PERSONAL_TITLES | HONORIFICS:
        return True
    if title.lower_ == "chief" or title.lower_ in TITLE_HEADS and len(name) >= 2:
        return not any(t.lower_ in TITLE_HEADS | TITLE_MODIFIERS | PERSON_NOUNS | SITE_WORDS | PLACE_WORDS
                       | ORGANISATION_ENDINGS | EVENT_WORDS for t in name)  # not "General Assembly Hall"
    return False


def titled_names_untagged(doc: Doc) -> list[Candidate]:
    """"Sgt Dwayne Mercer", "Dr Amara Osei": a title, then a given name and a surname, which the
    model sometimes leaves untagged; a person all the same (the title itself is no part of it)."""
    found = []
    for first in untagged_proper_nouns(doc):
        title = doc[first.i - 1] if first.i else None
        if title is None or not title.text[:1].isupper() or title.lower_ not in TITLE_HEADS | HONORIFICS:
            continue
        end = first.i
        while end < len(doc) and end - first.i < 3 and doc[end].pos_ == "PROPN" \
                and capitalised_like_a_name(doc[end].text) \
                and doc[end].lower_ not in TITLE_HEADS:
            end += 1
        name = doc[first.i:end]
        personal = only_a_persons_title(title, list(name))  # "Eng Rehema Msuya", whatever the given name
        if len(name) >= 2 and (is_first_name(first.text) or personal) and not any(t.ent_type_ for t in name):
            found.append(Candidate(first.i, end, "PERSON", None))
    return found


# A Korean name as English news writes it: a one-syllable family name, then a given name of two
# syllables joined by a hyphen ("Han Mi-rae", "Ri Ok-sun"), which the model may read as "Han" (NORP)
KOREAN_NAME = re.compile(rf"\b[A-Z][a-z]{{1,4}} [A-Z][a-z]+-(?!(?:{'|'.join(sorted(HYPHENED_ADJECTIVE_ENDINGS))})\b)"
                         r"[a-z]+\b")


def korean_names(doc: Doc) -> list[Candidate]:
    found = []
    for match in KOREAN_NAME.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not span[0].is_stop and span[0].lower_ not in TITLE_HEADS | HONORIFICS | GENERIC_NOUNS:
            found.append(Candidate(span.start, span.end, "PERSON", None))
    return found


def beside_a_title(head: Token) -> bool:
    """"The Minister for Policing, Iliesa Vakatale, said": a name in apposition to an office is a
    person's, whatever the given name (the parser may hang it on the office's last word)."""
    if head.dep_ == "appos" and any(t.lower_ in TITLE_HEADS or t.lemma_.lower() in PERSON_NOUNS
                                    for t in [head.head, *list(head.head.ancestors)[:2]]):
        return True
    return any(described_as_a_person(c) for c in head.children if c.dep_ == "appos")


def inside_another_entity(span: Span) -> bool:
    """Whether the model tagged a word of the span, but for a given name alone before an untagged
    surname ("[Amrit] Dhillon" with "Amrit" a body)."""
    given_name_alone = span[0].ent_iob_ == "B" and not span[1].ent_type_ and is_given_name(span[0].text)
    return any(t.ent_type_ for t in span[1:]) or bool(span[0].ent_type_) and not given_name_alone


def described_as_a_person(noun: Token) -> bool:
    """"Amrit Dhillon, a 24-year-old engineering student, …", "Teuila Salave'a, 61, …": what
    stands beside the name is a person's age or a word for a person."""
    if noun.like_num and noun.text.isdigit() and 10 <= int(noun.text) <= 110:
        return True
    words = noun.doc[noun.left_edge.i:noun.i + 1]
    return noun.lemma_.lower() in PERSON_NOUNS or AGED.search(words.text) is not None


def untagged_proper_nouns(doc: Doc) -> Iterable[Token]:
    """The proper nouns outside every entity, read from the Doc's arrays (a Token object for each
    word of a long article costs more than the rest of the search)."""
    tags = doc.to_array([POS, ENT_IOB])
    for i in numpy.flatnonzero((tags[:, 0] == PROPN) & ((tags[:, 1] == 0) | (tags[:, 1] == 2))):
        yield doc[int(i)]


NAME_LINKS = {"and", "of", "&", "for"}


def bodies_with_a_spokesperson(doc: Doc) -> list[Candidate]:
    """"A spokeswoman for NHS Greater Glasgow and Clyde said": the capitalised words a spokesperson
    speaks for name a body, whatever the model made of them ("Clyde" as a person)."""
    found = []
    for noun in doc:
        if noun.lower_ not in SPOKESPEOPLE or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("for", "at"):
            continue
        start = noun.i + 2 + (doc[noun.i + 2].lower_ == "the")
        end = start
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in NAME_LINKS
                                  and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1
        if end - start >= 2:
            found.append(Candidate(start, end, "ORG", None))
    return found


def subjects_named_untagged(doc: Doc) -> list[Candidate]:
    """"Glenys Rowlands, 71, has been waiting …": a given name and a surname as a subject, which the
    model left untagged (a rarer surname); a person. Only a clear given name, and only as a subject
    or in apposition, where "Jordan Valley" or "Victoria Station" would not stand."""
    found = []
    for head in untagged_proper_nouns(doc):
        if head.dep_ not in ("nsubj", "nsubjpass", "appos"):
            continue
        words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
        honoured = len(words) > 2 and words[0].lower_ in HONORIFICS and not any(  # "Madam Akosua Frimpomaa
            t.lower_ in TITLE_HEADS | TITLE_MODIFIERS for t in words)  # unlocks …", not "Mr. Prime Minister"
        words = words[1:] if honoured else words
        if len(words) == 3 and (words[0].lower_ in PERSON_NOUNS or words[0].i == words[0].sent.start
                                and is_first_name(words[1].text) and not is_first_name(words[0].text)):
            words = words[1:]  # "Farmer Graeme Pettit stayed behind", "Crofter Iain MacLeod, 61,": a role
        if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1:
            continue
        span = doc[words[0].i:head.i + 1]
        if all(capitalised_like_a_name(t.text) for t in span) and not inside_another_entity(span) \
                and span[0].lower_ not in TITLE_HEADS \
                and (is_first_name(span[0].text) or honoured or beside_a_title(head) and not any(
                    t.lower_ in TITLE_HEADS | TITLE_MODIFIERS for t in span)) and looks_like_name(span):
            found.append(Candidate(span.start, span.end, "PERSON", None))  # not "General Dempsey"
    return found


ROLES_BEFORE_NAMES = TITLE_HEADS | {"executive", "founder", "co-founder", "manager", "coach", "analyst", "economist",
                                    "lawyer", "attorney", "professor", "researcher", "owner", "captain", "striker"}


def after_a_persons_role(doc: Doc, start: int) -> bool:
    """A role right before the words at `start`: "chief executive", "backbencher"."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.lower_ in ROLES_BEFORE_NAMES
                                   or before.is_lower and before.lemma_ in PERSON_NOUNS)


def after_a_role(span: Span) -> bool:
    """"Chief executive [Ifeoma Chukwuemeka-Bello]", "SNP backbencher [Calum Iain MacLeod], himself an
    islander," tagged as a body: two or three capitalised words right after a person's role, or
    before "himself", are that person (not "executive [Acme Foods]")."""
    doc = span.doc
    himself = span.end + 1 < len(doc) and doc[span.end].text == "," \
        and doc[span.end + 1].lower_ in ("himself", "herself")
    return (after_a_persons_role(doc, span.start) or himself) and shaped_like_a_persons_name(span, 3)


def surname_aged_or_titled_elsewhere(span: Span) -> bool:
    """"Thandiwe Mokoena’s salon" tagged as a body, then "said Mokoena, 44," or "Ms Mokoena said":
    the last word of a name shaped like a person's stands elsewhere with an age or an honorific."""
    words = [t for t in span if t.is_alpha]
    if not shaped_like_a_persons_name(span, 3) or len(words) < 2:
        return False
    surname = re.escape(words[-1].text)
    honorific = r"(?:Mr|Mrs|Ms|Miss|Dr|Mme)\.?"
    return re.search(rf"\b{honorific} {surname}\b|\b{surname}, \d{{1,3}},", text_of(span.doc)) is not None


def in_apposition_with_a_person(span: Span) -> bool:
    """"His daughter, [Akosua Asante-Darko], a paediatrician," tagged as a body: a name in
    apposition with a noun for a person is that person."""
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in PERSON_NOUNS for n in apposition_nouns(span)) \
        and shaped_like_a_persons_name(span, 4)


def apposition_nouns(span: Span) -> list[Token]:
    """The words standing in apposition with a name, on either side of it."""
    root = span.root
    return ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]


def in_apposition_with_a_body(span: Span) -> bool:
    """"Śląska Spółka Węglowa, the state-controlled company that operates the mine," tagged as a
    person: a name in apposition with a noun for a body is that body."""
    if is_first_name(span[0].text):
        return False  # "An attorney for the company, Mark Feldman," with the name hung on "company"
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in BODY_NOUNS for n in apposition_nouns(span))


def shaped_like_a_persons_name(span: Span, most: int) -> bool:
    """Two to `most` capitalised words (hyphens joining some), not ending like a body's name."""
    words = [t for t in span if t.text != "-"]
    return 2 <= len(words) <= most and all(capitalised_like_a_name(t.text) for t in words) \
        and words[-1].lower_ not in ORGANISATION_ENDINGS and looks_like_name(span)
