"""Who said it: the speech verb of a quotation, its subject and the actor that subject names.

Shared by the quote finder (`quotes`) and the reported-speech finder (`reported`).
"""
from __future__ import annotations

import itertools
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...model import QuoteRecord
from ..extensions import text_of
from .lexicon import MAKE_CLEAR, RETORT_VERBS, SPEECH_VERBS

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
SPEAKER_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")  # entity labels of those who can say something


def is_speech_verb(token: Token) -> bool:
    if token.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "will continue to be …" goes on, it does not speak
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return token.lemma_.lower() in SPEECH_VERBS and not only_names(token) or answers_back(token)


def answers_back(verb: Token) -> bool:
    """"“Proven where?” Kovach shot back": a verb of attack with "back" is a retort."""
    return verb.lemma_.lower() in RETORT_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children)


NAMING_VERBS = {"call", "name", "dub", "title", "entitle", "label", "term", "brand", "know"}


def only_names(verb: Token) -> bool:
    """"a group called Color of Change", "a play called “Los Hijos de Trump”": a name given, with
    nobody saying it; but "a report called on Congress to act" speaks."""
    after_a_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","  # "…, called Trump’s statements “childish”"
    return verb.lemma_.lower() in NAMING_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and not after_a_comma and not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("on", "for")
                                          for c in verb.children)


def name_read_as_a_compound(verb: Token) -> list[Token]:
    """"“Go back to Univision,” Trump barked": the parser took "Trump barked" for one noun."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head == verb and before.dep_ == "compound" and (
            before.ent_type_ in SPEAKER_ENTITIES or before.pos_ == "PROPN"):
        return [before]
    return []


def subject_of(cue: Token) -> Optional[Token]:
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    verb: Optional[Token] = cue
    seen = 0
    while verb is not None and seen < 6:
        # the parser may give a verb a second subject inside the words said: the nearest is the speaker
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJECTS), key=lambda c: abs(c.i - verb.i)) \
            or quoted_as_saying(verb) or asked_by(verb) or shown_speaking(verb) or verb_read_as_a_noun(verb) \
            or inverted_subject(verb) or name_read_as_a_compound(verb) or name_before_the_cue(verb) \
            or description_before_the_cue(verb) or subject_of_an_aside(verb) or subject_misread_before(verb)
        if subjects:
            return subject_of_a_participle(subjects[0])
        head = verb.head
        finite = finite_verb_coordinated_with(verb)
        if finite is not None:
            verb = finite
            continue
        if verb.dep_ == "conj" and not is_speech_verb(head) and head.dep_ == "ccomp" and is_speech_verb(head.head):
            # "told the council the option was … and warned …": the parser hung "warned" on "was"
            verb = head.head
            continue
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBG") and is_speech_verb(verb) \
                and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            # "China's deputy ambassador, Wang Lei, called for …", "Fellow councillor Anna O'Donnell
            # backed the plan, saying …": the parser hung the verb on the noun, which speaks
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "Carson spoke after hinting that …"
        elif verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acomp") and verb.head != verb:
            # "… and warned …", "pushed back, arguing …": the subject of the verb it hangs from
            verb = verb.head
            if verb.dep_ == "relcl":
                return verb.head
        else:
            verb = None
        seen += 1
    return None


def finite_verb_coordinated_with(verb: Token) -> Optional[Token]:
    """"Abe told reporters that the government would “take all measures” to protect the public and
    called the launch “a grave threat”": the parser joined "called" to "protect", but a verb in the
    past tense is no infinitive's twin; it goes with the nearest verb above in a tense ("told")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or verb.head.tag_ != "VB":
        return None
    return next((a for a in verb.head.ancestors if a.tag_ == verb.tag_ and a.pos_ == "VERB"), None)


def asked_by(verb: Token) -> list[Token]:
    """"Asked by a reporter, “Are you considering a rights issue?”, Mr Tan replied": the question is
    the asker's, the one "by" names."""
    reported = any(c.dep_ == "dobj" or c.dep_ in ("ccomp", "xcomp") and any(m.dep_ == "mark" for m in c.children)
                   for c in verb.children)
    if verb.tag_ != "VBN" or not is_speech_verb(verb) or reported:
        return []  # "Asked by an analyst whether the dividend could be cut, Tran was emphatic: “…”": his answer
    return [o for agent in verb.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"][:1]


def subject_misread_before(verb: Token) -> list[Token]:
    """"In a statement to NPR, the Kansas State Nurses Association said …" (the body read as in
    apposition to NPR), "… Jason Heng Kah Wai called …" (the name's last word read as an adverb):
    the name right before a speech verb with no subject is the subject."""
    if not is_speech_verb(verb) or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    misread = before.dep_ == "appos" and before.pos_ in ("NOUN", "PROPN") \
        or before.dep_ in ("advmod", "npadvmod") and before.head == verb and before.pos_ == "PROPN"
    return [before] if misread else []


def subject_of_an_aside(verb: Token) -> list[Token]:
    """"The Chinese Foreign Ministry, asked about the launch at a briefing, said “…”": the parser
    gave the subject to the participle set off by commas before the verb."""
    if not is_speech_verb(verb):
        return []
    doc = verb.doc
    asides = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i
              and c.tag_ in ("VBN", "VBG", "VBD") and doc[c.i - 1].text == "," and doc[verb.i - 1].text == ","]
    return [s for aside in asides for s in aside.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < aside.i][:1]


def subject_of_a_participle(subject: Token) -> Token:
    """"Justice Iyer, writing for the bench, said": the parser made "writing" the subject of
    "said" and the name the subject of "writing"; the name speaks."""
    if subject.tag_ in ("VBG", "VBN"):
        own = [c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i
               and c.pos_ in ("PROPN", "PRON")]
        if own:
            return own[0]
    return subject


def quoted_as_saying(cue: Token) -> list[Token]:
    """"GovExec.com quotes a Senate aide as saying: …": the aide speaks, the outlet reports."""
    preposition = cue.head
    if cue.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.head.lemma_.lower() not in ("quote", "cite"):
        return []
    return [c for c in preposition.head.children if c.dep_ == "dobj"]


def verb_read_as_a_noun(cue: Token) -> list[Token]:
    """"Trump avoids condemning …", "Trump charges that …": the parser read the name and the verb
    as one plural noun ("Trump avoids"); the name is the subject."""
    noun = cue.head
    if cue.dep_ not in ("acl", "relcl") or noun.dep_ != "ROOT" or noun.tag_ != "NNS":
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and names_an_actor(c)]


# "footage of Clinton asking", "the video shows Trump saying": a recording of someone speaking.
RECORDINGS = {"footage", "video", "clip", "recording", "audio", "tape", "image", "images"}
SEEING_VERBS = {"show", "see", "hear", "watch", "catch", "film", "record", "feature", "capture"}


def shown_speaking(verb: Token) -> list[Token]:
    """"The ad uses footage of Hillary Clinton asking, “…”": she speaks, not the ad."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    named = before.ent_type_ == "PERSON" or before.pos_ == "PROPN"
    recorded = before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.lower_ in RECORDINGS \
        or before.dep_ == "dobj" and before.head.lemma_.lower() in SEEING_VERBS
    return [before] if named and recorded else []


def inverted_subject(verb: Token) -> list[Token]:
    """"Said Ellis: …", "…,” said Wang.": the parser may hang the name after the verb as an object."""
    if not is_speech_verb(verb):
        return []
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN":  # parsed as a name: [Said] Ellis
        return [verb.head]
    if not inverted(verb):
        return []  # "calling leader Kim Jong-il a “pygmy”": the name after the verb is whom it was said of
    named = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "oprd")
             and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"))][:1]
    return named or name_after_a_quote(verb)


def inverted(verb: Token) -> bool:
    """The verb stands where an inverted subject follows it: a finite verb after a quotation or a
    comma ("…,” said Wang", "…, said Wang"; not ", calling leader Kim …") or first in its sentence
    ("Said Ellis: …")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or verb.i == verb.sent.start:
        return True
    return verb.tag_ in ("VBD", "VBZ", "VBP") and (before.is_quote or before.text in (",", ":", "—"))


def follows_a_quote(verb: Token) -> bool:
    """"“…,” said X", "“…” said X": the verb comes right after the closing mark."""
    doc = verb.doc
    before = [doc[i] for i in range(max(0, verb.i - 2), verb.i)]
    return bool(before) and (before[-1].is_quote or len(before) == 2 and before[-1].text == "," and before[0].is_quote)


def name_after_a_quote(verb: Token) -> list[Token]:
    """"“What's shaping up is a battle for the ages,” said David Brock, a Clinton confidant who …":
    the parser may make the name the subject of a clause it invents; the noun phrase after the verb
    is the speaker all the same."""
    if not follows_a_quote(verb) or verb.i + 1 >= len(verb.doc) or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return []  # not "“fantastic,” telling reporters …": a participle goes on with the subject before
    chunk = next((c for c in verb.doc.noun_chunks if c.start == verb.i + 1), None)
    if chunk is not None and chunk.root.pos_ in ("PROPN", "NOUN"):
        return [chunk.root]
    # "…,” said Oversight ranking Democrat Elijah Cummings (D-Md.)": titles the parser read as a
    # clause; a name ends them
    words = list(itertools.takewhile(lambda t: not t.is_punct, verb.doc[verb.i + 1:verb.i + 8]))
    if 2 <= len(words) <= 6 and words[-1].pos_ == "PROPN" and words[-2].pos_ == "PROPN":
        return [words[-1]]
    return []


def name_before_the_cue(verb: Token) -> list[Token]:
    """"“…,” Texas delegate Bill Eastland, wearing a cowboy hat, said …": the parser may hang the
    name right after a quotation on the quotation; a person named between the closing mark and the
    verb (with an aside set off by commas) is the speaker all the same."""
    doc, sentence = verb.doc, verb.sent
    if not is_speech_verb(verb) or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    person = next((e for e in sentence.ents if e.end <= verb.i and e.label_ == "PERSON"
                   and right_after_a_quotation(e)), None)
    if person is None:
        return []
    between = doc[person.end:verb.i]
    set_off = len(between) >= 2 and between[0].text == "," and between[-1].text == "," and \
        sum(t.is_quote for t in between) % 2 == 0  # an aside may quote a word: "“Ted Cruz” campaign pins"
    in_apposition = [t.text for t in between] == [","] and doc[person.start - 1].text == ","  # "the chair, X, told"
    return [person.root] if not between or set_off or in_apposition else []


def description_before_the_cue(verb: Token) -> list[Token]:
    """"“…,” the 34-year-old said": the parser read the description as a modifier of "said"; the
    words between the closing mark and the verb, a determiner first and a noun or adjective last,
    are the speaker, whose head is the last."""
    if not is_speech_verb(verb) or any(c.dep_ in SUBJECTS for c in verb.children) or verb.i < 3:
        return []
    doc = verb.doc
    start = verb.i - 1
    while start > verb.sent.start and not doc[start - 1].is_quote and verb.i - start < 6:
        start -= 1
    words = doc[start:verb.i]
    if not doc[start - 1].is_quote or words[0].pos_ != "DET" or words[-1].pos_ not in ("NOUN", "ADJ") \
            or any(t.pos_ in ("VERB", "AUX", "PUNCT") and t.text != "-" for t in words):
        return []
    return [words[-1]]


def right_after_a_quotation(name: Span) -> bool:
    """"…,” Texas delegate Bill Eastland": the name, after its titles, follows the closing mark."""
    doc, mark = name.doc, name.start - 1
    while mark > name.start - 5 and (doc[mark].pos_ in ("PROPN", "NOUN", "ADJ") or doc[mark].text.istitle()):
        mark -= 1  # "Tulsa police Chief", whatever the tagger made of "Tulsa"
    if doc[mark].text == ",":  # "…,” the board's chair, Ingrid van Leeuwen, told …": a description before
        mark -= 1
        while mark > name.start - 9 and (doc[mark].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "PART")
                                         or doc[mark].text in ("'s", "’s")) and not doc[mark].is_quote:
            mark -= 1
    return mark >= 1 and doc[mark].is_quote and doc[mark - 1].text in (",", "?", "!")


def name_the_speaker(record: QuoteRecord, subject: Token) -> None:
    """The words naming the speaker and where their head word is; the speaker sieve
    (`attribution`) resolves them to an actor once every quote of the article is found."""
    record.speaker_text = noun_phrase(subject)
    record.speaker_head = subject.idx


def noun_phrase(token: Token) -> str:
    """The words naming a speaker, up to its head: "Foreign Minister Wang Yi", not "Said Ellis"."""
    if token.pos_ == "PRON":
        return token.text
    left = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("relcl", "acl", "cc", "conj")
            and (t.dep_ != "punct" or t.text == "-")]  # "Caucus-goers" is one word
    start = token.i
    for word in reversed(left):  # contiguous words before the head, stopping at a verb
        if word.i != start - 1 and word != token or word.pos_ == "VERB":
            break
        start = word.i
    doc = token.doc
    first, last = doc[start].idx, token.idx + len(token.text)
    mention = mention_at(doc, token)
    if mention is not None:  # a name the parse cut ("Moon Jae-in" headed on "in") is whole
        first, last = min(first, mention.start), max(last, mention.end)
    return text_of(doc)[first:last]


def names_an_actor(token: Token) -> bool:
    """The word is a name of an actor of the article, where the model tagged it or not."""
    analysis = token.doc._.actors
    return analysis is not None and token.text[:1].isupper() and (
        analysis.actor_of(token) is not None or token.text in analysis.actors or bool(analysis.people_named(token.text)))


def mention_at(doc: Doc, token: Token):
    analysis = doc._.actors
    key = analysis.actor_of(token) if analysis else None
    if key is None or key not in analysis.actors:
        return None
    return next((m for m in analysis.actors[key].mentions if m.start <= token.idx < m.end), None)


def cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    if made_clear(cue) is not None:  # "made clear", "made the case"
        keyword = next(c for c in cue.children if c.lower_ in MAKE_CLEAR)
        return cue.doc[cue.i:keyword.i + 1].text
    particles = [c.text for c in cue.children if c.dep_ == "prt"]
    return " ".join([cue.text] + particles)


def made_clear(verb: Token) -> Optional[Token]:
    """"made clear that …", "made it plain that …", "made the case that …": the clause said."""
    if verb.lemma_.lower() != "make" or not any(c.lower_ in MAKE_CLEAR for c in verb.children):
        return None
    keyword = next(c for c in verb.children if c.lower_ in MAKE_CLEAR)
    that = next((t for t in verb.subtree if t.i > keyword.i and t.lower_ == "that"), None)
    return that.head if that is not None and that.head.i > that.i else None
