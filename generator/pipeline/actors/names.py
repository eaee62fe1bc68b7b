"""Names as text and as spans: repairing the model's spans (titles, possessives, a given name left
out), telling a person's name from an organisation's, comparing two names."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional
import gender_guesser.detector
from spacy.tokens import Doc, Span, Token
from .gazetteer import Entry, Gazetteer

from .words import (ATTACK_WORDS, DOCUMENT_WORDS, EVENT_WORDS, FEMALE_HONORIFICS, GENERIC_NOUNS, HONORIFICS,
                    HYPHENED_ADJECTIVE_ENDINGS, LOCATIVE_PREPOSITIONS, MALE_HONORIFICS, OFFICE_TITLES,
                    ORGANISATION_ENDINGS, PLACE_WORDS, NEVER_SURNAMES, PERSON_NOUNS, PLURAL_BODIES, POSSESSIVE_TOKENS,
                    SITE_WORDS, TITLE_HEADS)


@dataclass
class Candidate:
    start: int  # token indices
    end: int
    label: str
    entry: Optional[Entry] = None

# --- span repair ------------------------------------------------------------------------


class FirstNames(gender_guesser.detector.Detector):
    """gender_guesser's detector, its list of 48,000 names read with the built-in file object:
    its own `codecs.open` reads it line by line at half the speed (0.11 s against 0.05, paid by
    every build that analyses an article, and again by its merge)."""

    def _parse(self, filename: str) -> None:
        self.names = {}
        with open(filename, encoding="utf-8") as lines:
            for line in lines:
                self._eat_name_line(line.strip())


@lru_cache(maxsize=1)
def first_names() -> gender_guesser.detector.Detector:
    return FirstNames(case_sensitive=False)


def starts_with_first_name(span: Span) -> bool:
    """Two or three capitalised words, the first a given name that is clearly one ("Nikki Haley")."""
    words = [t for t in span if not t.is_space]
    return 2 <= len(words) <= 3 and all(t.text.istitle() for t in words) and \
        first_names().get_gender(words[0].text) in ("male", "female") and \
        words[-1].lower_ not in GENERIC_NOUNS | ORGANISATION_ENDINGS | PLACE_WORDS  # not "Lucas County"


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
    """Drop a leading "the", verb ("Said Ellis: …") or adverb ("Perhaps State Department") and a
    trailing possessive."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].pos_ in ("VERB", "ADV")):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_TOKENS or doc[end - 1].is_punct):
        end -= 1  # "Kenneth Bae -–": a dash the model took into the name
    dash = next((t.i for t in doc[start + 1:end] if t.text in ("-", "–", "—") and doc[t.i - 1].whitespace_), None)
    if dash is not None:
        end = dash  # "[Jamie Coull] - Kyle's older brother -": a dash set off by spaces ends the name
    opened = next((t.i for t in doc[start:end] if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
        end = opened  # "[the Office of the Special Prosecutor (]OSP)": the short form in brackets is its own
    return start, end


def before_a_lower_word(doc: Doc, start: int, end: int) -> int:
    """"[Travis Kalanick] of Uber", "her sister [Victoria] at Sandy Hook": a person's name the model
    ran on into the words after it ends before a word in lower case that is no name's particle (not
    "-in" of "Moon Jae-in"), and before a word that a hyphened ending makes an adjective ("Clinton-backing")."""
    for token in doc[start + 1:end]:
        hyphened = doc[token.i - 1].text.endswith("-")
        if hyphened and token.lower_ in HYPHENED_ADJECTIVE_ENDINGS:  # the name ends before the compound
            return max(start, token.i - 2 if doc[token.i - 1].text == "-" else token.i - 1)
        if token.is_lower and token.is_alpha and token.lower_ not in NAME_PARTICLES and not hyphened:
            return token.i
    return end


TITLE_CASE_WORDS = 4  # words, all capitalised, that make a title
# the short words a title leaves in lower case
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "at", "by", "in", "on", "to", "as",
                     "with", "from", "into", "over", "upon", "vs"}


def in_title_case(doc: Doc, start: int, names_elsewhere: frozenset[str] | set[str] = frozenset()) -> bool:
    """"Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump", "America Ferrera Sent
    Donald Trump A Message About Latinos": the sentence (or the quotation) the name is in runs in the
    capitals of a title, with a word that names nobody ("Joins", "Message"; "Sides" the model took
    into "Hillary Clinton Sides", after_a_known_surname), where the model cannot tell a name's words
    from the title's. Not a list ("Sens. Joe Manchin (D-WV), Bob Casey Jr. (D-PA)", "Irina Schoulgin
    Nyoni, Ambassador, Deputy Permanent Representative"), nor one with a word in lower case."""
    sentence = doc[start].sent
    opening = next((t.i for t in reversed(doc[sentence.start:start]) if t.is_quote), sentence.start - 1) + 1
    words = []
    for token in doc[opening:sentence.end]:
        if token.is_quote and words:
            break
        if token.text in (",", "(", ";"):
            return False
        if token.is_alpha and token.lower_ not in TITLE_SMALL_WORDS:
            words.append(token)
    if len(words) < TITLE_CASE_WORDS or any(not t.text[:1].isupper() for t in words):
        return False
    # (not the first word, capitalised as any sentence's is: "Take Idaho Republican Sens. Mike Crapo and Jim Risch")
    common = [t for t in words[1:] if t.text.istitle() and len(t) >= 4 and not is_given_name(t.text)]
    return any(not t.ent_type_ or t.ent_type_ == "PERSON" and after_a_known_surname(t, names_elsewhere)
               for t in common)


def after_a_known_surname(token, names_elsewhere: frozenset[str] | set[str]) -> bool:
    """"Hillary Clinton [Sides]": a word the model took into a name, after a surname the document
    gives elsewhere, and itself no word of any name there (not "Tom [Carper]": a given name before it)."""
    if token.lower_ in names_elsewhere:
        return False
    start = next(e.start for e in token.doc.ents if e.start <= token.i < e.end)
    return any(w.lower_ in names_elsewhere and (w.i > start or not is_given_name(w.text))
               for w in token.doc[start:token.i])  # ("Clinton", a given name too, second in "Hillary Clinton")


def names_outside_title_case(doc: Doc) -> set[str]:
    """The words of the people's names the model found in sentences that no title's capitals hide:
    those with a word of four letters or more in lower case."""
    if doc.user_data.get("names outside titles") is None:
        doc.user_data["names outside titles"] = {
            t.lower_ for ent in doc.ents if ent.label_ == "PERSON"
            and any(w.is_lower and w.is_alpha and len(w) >= 4 for w in ent.sent) for t in ent}
    return doc.user_data["names outside titles"]


def name_words_in_title_case(doc: Doc, start: int, end: int, names_elsewhere: set[str]) -> int:
    """In a title, a name ends at the first word that is no given name and no word of a name the
    document gives outside its titles ("[Ferrera] Sent Donald", "[Bernie Sanders] Pins")."""
    def an_initial(token) -> bool:
        return len(token.text.rstrip(".")) == 1

    # (an initial stays, and the surname after it: "George W. Bush")
    return next((t.i for t in doc[start + 1:end] if not is_given_name(t.text) and t.lower_ not in names_elsewhere
                 and not an_initial(t) and not an_initial(doc[t.i - 1])), end)


def extend_person(doc: Doc, start: int, end: int, gazetteer: Gazetteer, run_on: bool = True) -> tuple[int, int]:
    """"Rex" + "Tillerson", "Moon Jae" + "-in": take in the capitalised proper nouns that follow a
    tagged name (`run_on`; not in a title's capitals, in_title_case), and the rest of a hyphenated given
    name written without spaces."""
    if end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES and doc[end].text.istitle():
        end += 1  # "[Daniel arap] Moi", whatever the model made of "Moi"
    while end < len(doc):
        token = doc[end]
        if token.text == "-" and doc[end - 1].whitespace_ == "" and token.whitespace_ == "" \
                and end + 1 < len(doc) and doc[end + 1].is_alpha:
            end += 2  # "Jae" "-" "in"
            continue
        if token.lower_ in NAME_PARTICLES and token.is_lower and end + 1 < len(doc) \
                and doc[end + 1].text.istitle() and doc[end + 1].pos_ == "PROPN":
            end += 2  # "Daniel" "arap" "Moi", "Osama" "bin" "Laden"
            continue
        if doc[end - 1].whitespace_ == "" or not (token.pos_ == "PROPN" and token.text[:1].isupper()) or not run_on:
            break
        if token.lower_ in TITLE_HEADS or gazetteer.lookup(token.text):
            break
        if token.ent_type_ not in ("", "PERSON"):
            surname = surname_read_as_a_body(doc, end)
            if surname is None:
                break
            end = surname.end
            continue
        end += 1
    if start > 0 and end - start == 1 and is_given_name_before(doc[start - 1], gazetteer):
        start -= 1  # "Dolores" + "Kowalczyk": the model tagged only the surname
    return start, end


def surname_read_as_a_body(doc: Doc, i: int) -> Optional[Span]:
    """"Maria Cristina [Villanueva-Reyes]" with the double surname as ORG: an entity right after a
    given name that is one capitalised word, or two joined by a hyphen, and no body's word."""
    if doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "ORG":
        return None
    entity = next(e for e in doc.ents if e.start == i)
    words = [t for t in entity if t.text != "-"]
    hyphened = len(words) == 2 and len(entity) == 3 and entity[1].text == "-"
    if (len(words) == 1 or hyphened) and all(capitalised_like_a_name(t.text) and t.is_alpha for t in words) \
            and words[-1].lower_ not in GENERIC_NOUNS | ORGANISATION_ENDINGS | NOT_NAME_ENDINGS:
        return entity
    return None


# lower-case words inside a personal name
NAME_PARTICLES = {"arap", "bin", "ibn", "bint", "al", "el", "van", "von", "de", "da", "del", "della", "der", "di", "du",
                  "la", "le", "dos", "das", "ter", "ten"}
SPEECH_WORDS_LIKE_NAMES = {"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "noted"}
# adverbs that may open a sentence before a name, given names too ("Even McCain has said …")
SENTENCE_ADVERBS = {"even", "only", "also", "still", "just", "then", "now", "yet", "perhaps", "maybe", "indeed"}


def is_given_name_before(token: Token, gazetteer: Gazetteer) -> bool:
    """"Dolores" before "Kowalczyk"; not "Said" of "Said Ellis: …" nor "Even" of "Even McCain has said …"
    (given names too)."""
    return token.text.istitle() and token.lower_ not in SPEECH_WORDS_LIKE_NAMES | SENTENCE_ADVERBS \
        and token.is_alpha and token.whitespace_ == " " and token.ent_type_ in ("", "PERSON") \
        and token.lower_ not in TITLE_HEADS and token.lower_ not in HONORIFICS and not gazetteer.lookup(token.text) \
        and first_names().get_gender(token.text) in ("male", "female")


def is_title_before_a_full_name(doc: Doc, i: int, end: int) -> bool:
    """"Adi Litia Naivalu" (a Fijian chiefly title) before two words of name or more, "Adi Nugroho"
    being a name; "Tan Sri Lim", "Puan Sri …" (Malaysian ones), "Tan" alone being a surname."""
    word = doc[i].lower_
    if word == "adi":
        return end - i >= 3 and (i == 0 or not doc[i - 1].text.istitle())
    if word in ("tan", "puan"):
        return i + 1 < end and doc[i + 1].lower_ == "sri" and end - i >= 3
    return word == "sri" and i > 0 and doc[i - 1].lower_ in ("tan", "puan") and end - i >= 2


def start_of_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts in a span the model tagged: after the titles ("Charlotte Mayor
    [Jennifer Roberts]", "Representative [Charles B. Rangel]") and before a first name that follows
    words that are no names ("Crooked [Hillary Clinton]", "Miss Universe [Alicia Machado]")."""
    words = list(range(start, end))
    titles = [i for i in words[:-1] if doc[i].lower_ in TITLE_HEADS or doc[i].lower_ in HONORIFICS
              or is_title_before_a_full_name(doc, i, end)]
    if titles and titles[-1] + 1 < end:
        start = titles[-1] + 1
    if end - start >= 3 and doc[start].is_sent_start and doc[start].lower_ in PERSON_NOUNS:
        start += 1  # "[Winger] Sione Fonoti scored": a role, capitalised as it opens the sentence
    for i in range(start + 1, end - 1):
        before = [doc[j] for j in range(start, i)]
        clearly_given = first_names().get_gender(doc[i].text) in ("male", "female")  # not "Nguyen [Thi] Thu Ha"
        if clearly_given and doc[i].text.istitle() and "-" not in (doc[i - 1].text, doc[i + 1].text) \
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
    # not "New York Times"; "Farmer Graeme Pettit" opening a sentence is a farmer
    titled = any(t.is_lower or t.lower_ in TITLE_HEADS or t.lower_ in PERSON_NOUNS for t in doc[start:end - 2]) \
        or end - start == 3 and doc[start].is_sent_start and not is_first_name(doc[start].text)  # "Crofter Iain …"
    joined = doc[end - 3].lower_ in ("and", "&", ",")  # "the Ministry of Land, Housing and [Urban Development]"
    if titled and not joined and is_first_name(first.text) and first.pos_ == last.pos_ == "PROPN" \
            and capitalised_like_a_name(last.text) \
            and last.lower_ not in ORGANISATION_ENDINGS:
        return end - 2
    return None


def end_of_name(doc: Doc, start: int, end: int) -> int:
    """"[Obama] Speech", "[Clinton] Campaign": a common word the model took into the name."""
    while end - start > 1 and doc[end - 1].lower_ in NOT_NAME_ENDINGS:
        end -= 1
    return end


# letters after a name: "Michael Brannigan SC", "Jane Holt QC", "Ade Bello MP", "Hazel Quirk MHK"
POST_NOMINALS = {"sc", "qc", "kc", "mp", "mep", "mla", "mpp", "mna", "obe", "mbe", "cbe", "kbe", "dbe", "phd",
                 "msp", "mhk", "mlc", "mha", "td", "jp",
                 "thera", "thero"}  # a Sri Lankan monk's: "Ambagahawatte Sumanasara Thera"
NOT_NAME_ENDINGS = {"speech", "campaign", "administration", "era", "presidency", "camp", "team", "rally", "aides",
                    "supporters", "voters", "doctrine", "plan", "foundation", "tweet", "tweets", "show", "interview",
                    *POST_NOMINALS}


# a capital inside a surname: "MacLeod", "McAllister", "DeVos", "LeBlanc", "DiNapoli"
CAPITAL_INSIDE = re.compile(r"(?:Mac|Mc|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]+")


def capitalised_like_a_name(word: str) -> bool:
    """"Haddad", "Villanueva", "MacLeod": a name's word as names are written (not "NATO")."""
    return word.istitle() or CAPITAL_INSIDE.fullmatch(word) is not None


def is_given_name(word: str) -> bool:
    """A given name of either sex or both ("Amrit", "Kim"), as gender_guesser knows them."""
    return word.istitle() and first_names().get_gender(word) != "unknown"


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
    return re.sub(r"['’‘]s?$", "", text)  # (‘ stands for the apostrophe in some feeds: "Donald Trump‘s")


EDITORS_MARKS = {"[", "]"}  # "[Hillary] Clinton": an editor's insertion


def strip_honorific(span: Span) -> str:
    """The name without "Mr." or "Dr.", spaced as written ("George Bush Sr.", "Kim Jong-un")."""
    words = "".join(t.whitespace_ if t.text in EDITORS_MARKS else t.text_with_ws
                    for t in span if t.lower_ not in HONORIFICS and not t.is_space)
    return strip_possessive(" ".join(words.split()))


def head_of_name(words: list[Token]) -> Token:
    """The word a name is a kind of: the last, or the one before its first "of", "for", "on" ("Review
    [Conference] of the Parties", "[Heads] of State and Government")."""
    linked = next((i for i, w in enumerate(words) if i > 0 and w.lower_ in ("of", "for", "on")), len(words))
    return words[linked - 1]


def names_no_actor(words: list[Token], as_person: bool = False) -> bool:
    """A document, a place, an event or several bodies at once, whatever the model's label: "…
    Goals", "Midway Atoll", "Yongsan Garrison", "Nuclear Security Summit", "[Heads] of State and
    Government". Place, site, event and plural words are surnames too ("Richard Hall", "Lena Park",
    "Kevin Powers"): a person's name that starts with a given name keeps them."""
    head, last = head_of_name(words).lower_, words[-1].lower_
    if of_generic_words_joined(words):
        return True
    if last in DOCUMENT_WORDS or head in DOCUMENT_WORDS or last in NEVER_SURNAMES:
        return True  # "… Goals", "José Martí Memorial", "Yongsan Garrison"
    # the head, not the last word, says if it is many: "Organization of American States" is one body
    no_actor = head in SITE_WORDS | EVENT_WORDS | PLURAL_BODIES or last in SITE_WORDS | EVENT_WORDS \
        or (as_person and last in PLACE_WORDS)  # a body may be named after its place: "Eastpoint General Hospital"
    given_name = is_first_name(words[0].text) and words[0].lower_ not in TITLE_HEADS  # not "General Assembly Hall"
    return no_actor and not (as_person and given_name)


# Programmes and initiatives are bodies with offices too: "the National Malaria Elimination Programme said"
SPEAKING_PROGRAMMES = {"programme", "program", "initiative"}


def names_no_speaker(words: list[Token]) -> bool:
    """What a name that speaks cannot be: a document ("The Charter … stipulates") or several
    bodies at once ("the Heads of State … expressed"). A site, a place or an event that speaks
    is the body that runs it ("Nassau Cruise Port said", "Marlow County said")."""
    head, last = head_of_name(words).lower_, words[-1].lower_
    documents = DOCUMENT_WORDS - SPEAKING_PROGRAMMES
    a_site_alone = len(words) == 1 and head in SITE_WORDS | PLACE_WORDS | EVENT_WORDS  # "every leader in the Hall who …"
    return last in documents or head in documents or head in PLURAL_BODIES or of_generic_words_joined(words) \
        or a_site_alone


def of_generic_words_joined(words: list[Token]) -> bool:
    """"[heads of] State and Government": several kinds of body; not "State Council", one body."""
    return any(w.lower_ == "and" for w in words) and all(w.lower_ in GENERIC_NOUNS | {"and", "of", "the"} for w in words)


VESSEL_WORDS = {"uss", "hms", "mv", "m/v", "carrier", "ship", "vessel", "destroyer", "submarine", "freighter", "tanker"}


def names_a_vessel(doc: Doc, start: int, end: int, label: str) -> bool:
    """"USS [George Washington]", "the [John C. Stennis] aircraft carrier group", "[MV Chong Chon
    Gang]", "bringing the [George Washington] into the Yellow Sea": a ship, named after a person or
    not, is no actor. A person's full name after "the" and before no noun it qualifies names a thing
    ("the Kenya Wildlife Service" is a body the model knew as one)."""
    before, after = (doc[start - 1] if start else None), (doc[end] if end < len(doc) else None)
    if (before is not None and before.lower_ in VESSEL_WORDS) or doc[start].lower_ in VESSEL_WORDS \
            or (after is not None and after.lower_ in ("carrier", "aircraft")):
        return True
    return label == "PERSON" and before is not None and before.lower_ == "the" and end - start > 1 \
        and is_first_name(doc[start].text) and (after is None or after.pos_ not in ("NOUN", "PROPN"))


def looks_like_name(span: Span) -> bool:
    """A person's name: capitalised proper nouns, not a lone common word ("Laughter", "Peace")."""
    if not span.text[:1].isupper() or any(t.is_digit for t in span) or len(span.text) < 2:
        return False
    words = [t for t in span if t.is_alpha]
    if not words or names_no_actor(words, as_person=True) or any(len(w) > 2 and w.is_upper for w in words):
        return False  # "Malaria Initiative", "Midway Atoll", "Authoritarian Powers", "P.M. KST"
    if len(words) > 1 and words[-1].tag_ == "NNPS" and not is_first_name(words[0].text):
        return False  # a name in the plural is a title or a group: "Twin Peaks", "Rasmussen Reports"
    if len(words) == 1:
        word = words[0]
        after_the = word.i > 0 and word.doc[word.i - 1].lower_ == "the"  # "the Treasurer said": an office
        return word.pos_ == "PROPN" and not word.is_stop and word.lower_ not in GENERIC_NOUNS \
            and not (after_the and word.lower_ in TITLE_HEADS)
    return True


def looks_like_organisation(span: Span) -> bool:
    """Not a lone generic word ("Council", "Government") nor a document, place, event or title."""
    words = [t for t in span if t.is_alpha]
    if not words or names_no_actor(words) or head_of_name(words).lower_ in OFFICE_TITLES:
        return False  # "TSA Administrator": a title
    if words[-1].is_stop or words[0].lower_ in ("my", "our", "their", "your") or words[0].lower_ == "governments":
        return False  # "Group of", "Government of our", "My Government", "Governments": cut short or no one body
    if len(words) == 1 and re.fullmatch(r"[IVXLCDM]+", words[0].text):
        return False  # "resolution 3390 (XXX)": a session's Roman numeral
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



GREETINGS = {"well", "yes", "yeah", "okay", "ok", "thanks", "thank", "you", "sure", "ahead", "hi", "hey", "sorry", "no"}


def is_vocative(doc: Doc, token: Token) -> bool:
    """"Go ahead, Josh.", "Well, Chuck, I think …", "Justin." alone: a given name that calls on
    someone (a press secretary calls on reporters so), not a mention of the person of the text
    who has that given name."""
    if not is_first_name(token.text):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opens = before is None or before.is_space or before.is_sent_end or token.is_sent_start
    called = before is not None and before.text == "," and token.i > 1 and doc[token.i - 2].lower_ in GREETINGS
    if after is None or after.is_space or after.text in (".", "?", "!"):
        return opens or called
    following = doc[token.i + 2] if token.i + 2 < len(doc) else None
    appositive = following is not None and (following.pos_ in ("DET", "NUM", "PROPN", "NOUN", "ADJ")
                                            or following.lower_ in ("who", "whose", "which"))
    return after.text == "," and (opens or called) and not appositive  # not "Dean, a medical doctor, …"


def strip_honorific_text(text: str) -> str:
    words = [w for w in strip_possessive(text).split() if w.lower() not in HONORIFICS]
    return " ".join(words) or text



def short_form_of(short: str, name: str) -> bool:
    """"Times" of "New York Times", "Peabody" of "Peabody Energy", "SEC" of "Securities and
    Exchange Commission", or the name itself."""
    words, longer = name_words(short), name_words(name)
    if len(short) <= 2 and short not in name.split():
        return False  # "Un" (of Kim Jong Un) is no short form of "UN Security Council"
    return is_acronym_of(short, name) or longer[-len(words):] == words or longer[:len(words)] == words


def is_acronym_of(short: str, name: str) -> bool:
    letters = short.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters == initials_of(name)


def initials_of(name: str) -> str:
    """"Korean Peninsula Energy Development Organization" -> "KPEDO"."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper())



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
