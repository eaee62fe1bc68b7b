"""The edges of what was said: asides, parentheticals, times of saying, audiences and media
("told CNN"), a conjoined narration ("… and left") cut away, or kept where they carry content."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Token
from .clauses import has_mark, opening_mark
from .lexicon import ADDRESSEE_VERBS, AUDIENCE_NOUNS, CONTENT_PREPOSITIONS, EVIDENCE_NOUNS, EVIDENCE_VERBS, TIME_MARKS
from .speakers import SPEAKER_ENTITIES, SUBJECTS, is_speech_verb, subject_of

from .reported_common import NOT_TOPICS


SPEAKING_VERBS = {"speak", "talk"}  # to and with whom, about what
REFERRING_VERBS = {"refer", "allude"}
HOW_MUCH_WAS_SAID = {"nothing", "little", "much", "something", "anything", "everything", "lot", "plenty"}
ANSWERING_VERBS = {"respond", "reply", "react"}  # to what: the words they answer are someone else's


def brings_content(verb: Token, preposition: Token) -> bool:
    """"spoke [of] Clinton’s health", "warned [against] …"; but not whom the words were for ("spoke
    to a party that …", "talked with so much gusto"), what they answered ("responded to Trump’s
    rant") or how they were given ("spoke on the condition of anonymity")."""
    word, lemma = preposition.lower_, verb.lemma_.lower()
    if word not in CONTENT_PREPOSITIONS or addresses_someone(preposition) and lemma not in REFERRING_VERBS:
        return False  # but "referring to [Barack Obama]": whom the words were about
    if lemma in SPEAKING_VERBS and word not in ("about", "of", "on", "against") or lemma in ANSWERING_VERBS | {"say"} \
            and word == "to":
        return False  # "spoke for seven minutes", "said to an enormous cheer"
    if word in ("on", "in") and any(is_a_medium(c) for c in preposition.children if c.dep_ == "pobj"):
        return False  # "said on Glenn Beck’s radio program", "talked politics on Fox and Friends"
    return not any(c.dep_ == "pobj" and c.lemma_.lower() in NOT_TOPICS for c in preposition.children)


MEDIA = {"program", "programme", "show", "radio", "television", "tv", "network", "channel", "broadcast", "podcast",
         "interview", "website", "site", "blog", "page", "account", "feed", "newspaper", "column", "stage", "air"}


def is_a_medium(noun: Token) -> bool:
    """"Glenn Beck’s radio program", "his campaign website": where words are said, not what they say."""
    return noun.lemma_.lower() in MEDIA


def topic_after_audience(preposition: Token) -> list[Token]:
    """"talking to his inner circle [about launching …]": the parser hangs the topic on the audience."""
    if preposition.lower_ not in ("to", "with"):
        return []
    return [t for audience in preposition.children if audience.dep_ == "pobj"
            for topic in audience.children if topic.dep_ == "prep" and topic.lower_ == "about"
            for t in topic.subtree]


def evidence_if_it_must_be(verb: Token) -> bool:
    """"A USA TODAY poll finds [an emerging generation …]", not "Clinton found [ways to …]"."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
        subjects = [verb.head]  # "polls showing …", "the video, which showed …"
    elif not subjects:
        subjects = [s for s in [subject_of(verb)] if s is not None]  # "video surfaced showing …"
    # "none of the videos showed …": the noun after "of"
    nouns = [n for s in subjects for n in [s] + [o for p in s.children if p.lower_ == "of" for o in p.children]]
    return any(n.lemma_.lower() in EVIDENCE_NOUNS or n.ent_type_ == "ORG" for n in nouns)  # "Gallup shows …"


def phones(verb: Token) -> bool:
    """"called a delegate, Clara Powers,", "Eric Trump called", "called off the deal": a telephone
    call or a cancellation, not "called on X to …", "called for …" or "called the use “dangerous”"."""
    if verb.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "prt" and c.lower_ in ("off", "up", "in", "back") for c in verb.children):
        return True
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "advmod", "npadvmod", "cc", "conj")]
    return all(c.dep_ == "dobj" and is_someone(c) and not named_something(c)
               or c.dep_ == "prep" and c.lower_ not in ("on", "for", "as") for c in after)


def named_something(person: Token) -> bool:
    """"called Mrs. Schlafly an ''Aunt Tom''": the parser may read what someone is called as an
    apposition; but "called a delegate, Clara Powers," names whom he phoned, after a comma."""
    return any(c.dep_ == "appos" and person.doc[c.left_edge.i - 1].text != "," for c in person.children)


def without_main_clause_parts(infinitive: Token, content: list[Token]) -> list[Token]:
    """An infinitive said without what the parser hung on it from the main clause: "urged the party
    [to coalesce around them] and tried to make the case …" (a finite verb is not the infinitive's
    conjunct), "telling women [to stop nagging] when women speak up" (when it happened)."""
    last = max(t.i for t in content)
    for part in infinitive.subtree:
        finite_conjunct = part.head == infinitive and part.dep_ == "conj" and part.tag_ in ("VBD", "VBZ")
        timing = part.dep_ == "advcl" and part.i > infinitive.i and part.right_edge.i >= last \
            and has_mark(part, TIME_MARKS)
        if finite_conjunct or timing:
            start = part.left_edge.i
            while start - 1 > infinitive.i and part.doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1  # the "and" or comma before it goes too
            return [t for t in content if t.i < start]
    return content


def says_when(token: Token) -> bool:
    """"on Monday", "in June 2015", "last week": when it was said, not what."""
    if token.dep_ == "prep":  # all of it a date: not "in the last year of his presidency"
        return any(c.dep_ == "pobj" and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                   for c in token.children)
    return token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")


def without_when(tokens: list[Token]) -> list[Token]:
    """An object without the date the parser hung on it at its end: "announced [his candidacy] in
    June 2015"; a date inside it stays ("the attacks they have aired since their debate a month ago")."""
    words = [t.i for t in tokens if not t.is_punct]
    last = max(words, default=-1)
    cut = {t.i for token in tokens if says_when(token) and token.right_edge.i >= last for t in token.subtree}
    return [t for t in tokens if t.i not in cut]


def addresses_someone(preposition: Token) -> bool:
    """"to reporters", "to the Republican Jewish Coalition", "with him": whom the words were for."""
    return preposition.lower_ in ("to", "with") and \
        any(c.dep_ == "pobj" and is_someone(c) for c in preposition.children)


def is_someone(noun: Token) -> bool:
    """A person, a body or an audience, as one is told something: "him", "the AP", "reporters"."""
    return noun.pos_ == "PRON" or noun.ent_type_ in SPEAKER_ENTITIES \
        or noun.lemma_.lower() in AUDIENCE_NOUNS


def for_clause(token: Token) -> bool:
    """"calling for [the United States to step up …]": the parser makes "for" the mark of a clause."""
    return token.dep_ == "advcl" and has_mark(token, {"for"})


def without_asides(token: Token) -> list[Token]:
    """A phrase without a relative clause set off by a comma: "[the reality of climate change],
    which makes him an outlier" reports only the first part."""
    aside = {t.i for c in token.subtree
             if c.dep_ in ("relcl", "acl") and c.i > 0 and c.doc[c.left_edge.i - 1].text == ","
             for t in c.subtree}
    return [t for t in token.subtree if t.i not in aside]


def parenthetical_cue(verb: Token) -> Optional[tuple[int, int]]:
    """The token range of ", Mr. Clarke said," set inside or at the end of a sentence that holds
    the words said, whatever the parser made of it; None if the cue is not such an aside."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or subject.pos_ == "PRON" and subject.i != verb.i - 1:
        return None
    first = min(t.i for t in subject.subtree)
    sentence = verb.sent
    after = verb.i + 1
    # "he said yesterday,", "he observed this week,", "he told reporters."
    while after < sentence.end and any(c.left_edge.i == after and c.i > verb.i and (
            c.dep_ in ("prt", "advmod") or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
            or c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_VERBS and is_someone(c))
            for c in verb.children):
        after = next(c.right_edge.i for c in verb.children if c.left_edge.i == after and c.i > verb.i) + 1
    # "…, he said," and after a quoted word "… because of the “impact,” Jacobs said, that …" or,
    # ending the sentence, "… “no matter what,” one user commented."; "Instead, Trump told CNN, …"
    doc = verb.doc
    ends = after >= sentence.end or doc[after].text in (".", "!", "?")
    after_a_quote = doc[first - 1].is_quote and doc[first - 2].text == "," and is_speech_verb(verb) \
        and (ends or quoted_within_the_sentence(doc[first - 1]))
    opens = first >= sentence.start + 2 and (doc[first - 1].text == "," or after_a_quote)
    closes = after >= sentence.end or verb.doc[after].text in (",", ".", ";") or \
        verb.doc[after].is_punct and verb.doc[after].text != ":"  # "X said: “…”" introduces a quote
    if not (opens and closes) or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    last = after if after < sentence.end and verb.doc[after].text == "," else after - 1
    if after_a_quote and last + 1 < sentence.end and doc[last + 1].is_quote:
        return None  # "“Cruz,” Beck joked, again using an accent, “Amen, brother!”": quotations of their own
    return (first if after_a_quote else first - 1), last  # the quoted word keeps its comma and mark


def quoted_within_the_sentence(closing: Token) -> bool:
    """The quotation this mark closes was opened after some words of the sentence: a partial quote."""
    sentence = closing.sent
    opening = opening_mark(closing, sentence)
    # "the prime minister ''looked ashen,''", not "someone shouted, “Cruz,”" (a quotation of its own)
    return opening is not None and any(t.is_alpha for t in closing.doc[sentence.start:opening.i]) \
        and closing.doc[opening.i - 1].text not in (",", ":")


def without_conjoined_speech(clause: Token) -> list[Token]:
    """A reported clause without a speech verb the parser coordinated into it: in "Merrill says
    Machado promised … and said she would …", "and said …" is Merrill's, not Machado's words."""
    cut: set[int] = set()
    for part in clause.subtree:
        if part.dep_ != "conj" or part.i in cut:
            continue
        # "…, and one in four said …" hangs deeper in the clause than its head: a speech verb with a
        # subject of its own is someone else's report wherever it hangs
        reports_again = is_speech_verb(part) and not has_mark(part, {"that"}) and (part.head == clause or any(
            c.dep_ in SUBJECTS for c in part.children))  # but "… but that she was clearly informed …" is said
        if reports_again or part.head == clause and narrates_on(part):
            cut |= {t.i for t in part.subtree}
            cut |= {c.i for c in part.head.children if c.dep_ == "cc" and c.i < part.i}
    return [t for t in clause.subtree if t.i not in cut]


def narrates_on(conjunct: Token) -> bool:
    """"Rubio said [the real extremist is Clinton], and he railed against …": after a comma and
    "and" or "but", a clause with a subject of its own is the writer's again."""
    doc = conjunct.doc
    joint = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    if not joint or joint[-1].i == 0 or doc[joint[-1].i - 1].text != ",":
        return False
    if has_mark(conjunct, {"that"}):
        return False  # ", and that many will be receptive": a second clause said
    subjects = [c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "“… on the court, and we will see our rights taken away”": I, we and you are the speaker's words
    return bool(subjects) and subjects[0].lower_ not in ("i", "we", "you")
