"""Tense: which way a bare weekday or month points ("said Wednesday" is past, "will meet
Wednesday" is future), read from the text or from the parse."""
from __future__ import annotations

import re
from typing import Optional

from .words import FUTURE, NEAR, PAST, PRESENT, TenseLookup


# =============================================================================================
# Tense: which way a bare weekday or month points
# =============================================================================================

_FUTURE_CUE = re.compile(r"\b(?:will|shall|won't|going\s+to|plans?\s+to|planned\s+to|scheduled|expected\s+to|due\s+to|is\s+to|are\s+to|would|next|upcoming)\b|'ll\b", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:said|was|were|had|did|told|ago|last|fell|rose|met|took|gave|came|went|made|held"
                       r"|won|lost|left|began|saw|sold|bought|spoke|became|got|ran|hit|fled|killed|[a-z]{3,}ed)\b",
                       re.IGNORECASE)


def tense_from_text(text: str) -> TenseLookup:
    """A parser-free guess: the tense cue nearest the expression within its sentence."""

    def lookup(start: int, end: int) -> Optional[str]:
        left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind("?", 0, start)) + 1
        right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
        right = min(right_candidates) if right_candidates else len(text)
        best: Optional[tuple[int, str]] = None
        for pattern, tense in ((_FUTURE_CUE, FUTURE), (_PAST_CUE, PAST)):
            for cue in pattern.finditer(text, left, right):
                if start <= cue.start() < end:
                    continue
                distance = start - cue.end() if cue.end() <= start else cue.start() - end
                if best is None or distance < best[0]:
                    best = (distance, tense)
        return best[1] if best else None

    return lookup


# "could" mostly reports ability in past narration ("could not be located Wednesday"); "can" is what
# may yet be ("a candidate who can win in November")
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d", "may", "might", "should", "must", "can"}
# nouns whose infinitive is done when they are had (not "an agreement to acquire the bank in January")
_OCCASIONS = {"opportunity", "chance", "occasion"}
# modals that weigh what may be, of past events too ("Monday's debate might not move mountains")
_MAY_BE = {"may", "might", "could", "would", "should", "must", "can", "'d", "’d"}
_SCHEDULING_VERBS = {"schedule", "set", "plan", "slate", "due", "expect", "reschedule", "postpone"}
# verbs whose infinitive happened when they did ("had to deal", "failed to appear"), unlike "asked
# it to respond by Oct. 31"
_PAST_GOVERNORS = {"have", "manage", "fail", "refuse", "decline", "try", "attempt", "begin", "start", "continue",
                   "use", "happen", "seem", "appear",
                   # what was brought about ("forced Schultz to resign from her job Sunday")
                   "force", "compel", "oblige", "cause", "prompt", "lead", "enable", "allow", "help", "get"}
_FUTURE_GOVERNORS = {"go", "plan", "expect", "schedule", "intend", "hope", "want", "aim", "prepare",
                     "agree", "decide", "promise", "vow", "threaten", "seek", "set", "due", "likely"}


_PRESENT_BE = ("is", "are", "am", "'s", "'re")


def _verb_tense(verb) -> Optional[str]:
    """Tense of a spaCy verb token from its auxiliaries and tag."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" and not auxiliaries and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head)  # "would see him endorse her on Tuesday": the verb it completes tells
    if verb.lower_ == "followed" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head)  # "scheduled to speak in Cleveland on Monday, followed by Pittsburgh on Tuesday"
    if _a_need_of_its_noun(verb, auxiliaries):  # "will give him the boost needed for a strong performance Tuesday"
        clause = _nearest_verb(verb.head.head)  # the verb of the noun the need describes
        return _verb_tense(clause) if clause is not None else None
    if _a_possibility(verb, auxiliaries):
        return FUTURE  # "a number that could be higher on Saturday"
    if _shares_a_modal(verb, auxiliaries):
        return _verb_tense(verb.head)  # "may backfire and cost her party in elections on March 13"
    if _a_second_conditional(verb):
        return FUTURE  # "how ties would fare if he won the election on Nov. 8"
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ in _GERUNDS:
        return _tense_of_a_gerund(verb)
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ == "acl":
        return _tense_of_what_it_describes(verb)
    infinitive = any(a.lower_ == "to" for a in auxiliaries)
    if infinitive and verb.dep_ == "acl" and verb.head.lemma_.lower() in _OCCASIONS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head.head)  # "had another opportunity to demonstrate its clout Tuesday"
    if infinitive and verb.dep_ in ("acl", "relcl") and verb.head.lower_ in _FIRSTS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head.head)  # "Clinton was the first to make the appeal on Tuesday night"
    if infinitive and verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return PAST  # "claims to have detonated a warhead on 9 September"
    if infinitive and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" and verb.head.lemma_ == "be":
        return NEAR  # a plan told in the past: "Netanyahu was to arrive at the White House on Monday"
    if infinitive and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" and verb.head.lemma_ in _PAST_GOVERNORS:
        return PAST  # "we had to deal with provocations in December", "refused to attend on Monday"
    if infinitive and verb.dep_ == "xcomp" and verb.head.tag_ == "VBN" and _schedules(verb.head) \
            and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.head.children):
        return NEAR  # "was scheduled to leave late Tuesday", "was set to receive an endorsement on Friday"
    if infinitive and verb.dep_ in ("xcomp", "advcl") and verb.head.tag_ == "VBN" \
            and verb.head.lemma_ in _PAST_GOVERNORS \
            and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.head.children):
        return PAST  # what was done, in the passive: "coin flips were used to decide six counties in Monday's caucuses"
    if infinitive and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" and verb.head.lemma_ in _FUTURE_GOVERNORS:
        return NEAR  # a plan told in the past: "as Trump prepared to speak in Wisconsin on Tuesday"
    if infinitive and verb.dep_ == "advcl" and verb.head.tag_ == "VBD":
        return PAST  # what was done for: "a carrier who lined up to hear Mr. Trump here on Tuesday"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries) \
            and any(a.lower_ in _MAY_BE for a in auxiliaries):
        return PAST  # what might have been: "he should have attacked Trump on Tuesday" (not "will have")
    if _a_refusal_to_say(verb, auxiliaries):
        return PAST  # "Schumer wouldn't say Tuesday how the party would prioritize gun control"
    if any(a.lower_ in _FUTURE_AUX for a in auxiliaries) or infinitive:
        return FUTURE  # "will meet", "to be published in November"
    if verb.tag_ == "VBN" and _schedules(verb):
        return FUTURE  # "a summit set for April", "talks scheduled for Monday", "a rally slated for Wednesday"
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ in _FUTURE_GOVERNORS \
            and any(c.lower_ == "to" for c in verb.children):
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxiliaries) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if any(a.lower_ in _PRESENT_BE for a in auxiliaries):
            return PRESENT  # present passive: "is expected in December"
        return PAST  # present perfect ("has met") and reduced relatives ("talks held Monday")
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return PRESENT
    if verb.tag_ == "MD":
        return FUTURE if verb.lower_ in _FUTURE_AUX else None
    return None


# "the first to", "the last to", "the only one to": who did it, of the time of the clause
_FIRSTS = {"first", "last", "only", "second", "third", "latest", "one"}


def _schedules(verb) -> bool:
    """"scheduled", "set", "slated" (which the lemmatizer makes "slat")."""
    return verb.lemma_ in _SCHEDULING_VERBS or verb.lower_.removesuffix("d") in _SCHEDULING_VERBS


_SAYING = {"say", "comment", "confirm", "discuss", "elaborate", "answer", "specify", "disclose", "reveal",
           "speculate", "detail", "identify", "name"}


def _a_refusal_to_say(verb, auxiliaries) -> bool:
    """"wouldn't say", "would not comment": a refusal told in the past, not what would be."""
    return verb.lemma_.lower() in _SAYING and any(a.lower_ == "would" for a in auxiliaries) \
        and any(c.dep_ == "neg" for c in verb.children)


def _a_need_of_its_noun(verb, auxiliaries) -> bool:
    """"The boost needed for a strong performance Tuesday": a participle of wanting that describes a
    noun is no past event, as "talks held Monday" is; what is wanted comes when the clause says."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries and verb.lemma_.lower() in _WANTING


def _nearest_verb(token):
    """The token itself or the nearest word above it (six at most) that is a verb, if any."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _a_possibility(verb, auxiliaries) -> bool:
    """"Could be" with what it could be ("higher", "the nominee"), or "could" on a condition ("could have
    big consequences in November if Trump is the nominee"), weighs what may come; "could" with another
    verb is mostly past ability in news ("could not be reached Tuesday")."""
    if not any(a.lower_ == "could" for a in auxiliaries):
        return False
    return verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children) \
        or any(c.dep_ == "advcl" and _a_condition(c) and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _shares_a_modal(verb, auxiliaries) -> bool:
    """A verb joined to a modal's ("may backfire and cost"), in its base form ("cost" read as a past
    is still "cost"; not "won"), and the modal's verb in its own ("must be returned … and set"
    joins what was ruled, not what must be)."""
    head = verb.head
    return verb.dep_ == "conj" and not auxiliaries and head.tag_ == "VB" \
        and (verb.tag_ == "VB" or verb.lower_ == verb.lemma_.lower()) \
        and any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children)


def _a_second_conditional(verb) -> bool:
    """A simple past after "if" that a "would" answers tells what may yet be: "how ties would fare
    if he won the election on Nov. 8" (not "would have": what might have been)."""
    after_if = any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or not after_if:
        return False
    answer = [c for c in verb.head.children if c.dep_ == "aux"]
    return any(a.lower_ in ("would", "'d", "’d") for a in answer) and not any(a.lemma_ == "have" for a in answer)


# A bare gerund has no tense of its own. One the past verb of its clause governs ("quit giving paid
# speeches before announcing her run in April") is past too, as is one "since"; one a present or a
# future governs ("after trouncing Clinton in Tuesday's primary, he must prepare") is of the nearest
# such day or month: the tense of the sentence is not its own. (Not one describing a noun: "the
# speech outlining her vision on July 15" is the parser's, whose date is the verb's, "delivered";
# unless the noun hangs on such a gerund: _tense_of_what_it_describes.)
_GERUNDS = ("pcomp", "advcl", "conj")


def _tense_of_a_gerund(gerund) -> str:
    if gerund.dep_ == "pcomp" and gerund.head.lower_ == "since":
        return PAST  # "popular since taking over as speaker in the fall"
    token = gerund
    for _ in range(6):
        if token.dep_ not in ("pcomp", "advcl", "conj", "prep") or token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG":
            return PAST if _verb_tense(token) == PAST else NEAR
    return NEAR


def _tense_of_what_it_describes(gerund) -> Optional[str]:
    """A gerund describing a noun that hangs on another gerund takes that one's tense: "a scenario based
    on Trump winning New York and the race continuing through California on June 7" is to come, as
    "winning" is. (Where the noun hangs on a verb, the sentence's cues tell better than the verb's tense:
    "complain about the actor attending the convention Wednesday" was Wednesday past.)"""
    verb = _nearest_verb(gerund.head)
    return _tense_of_a_gerund(verb) if verb is not None and verb.tag_ == "VBG" and verb.dep_ in _GERUNDS else None


def tense_from_doc(doc) -> TenseLookup:
    """The tense of the verb that governs the expression in spaCy's parse, else the text cue."""
    fallback = tense_from_text(doc.text)

    def lookup(start: int, end: int) -> Optional[str]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback(start, end)
        if span.root.dep_ == "poss":
            return _tense_of_a_possessor(span.root)
        if _after_a_known_outcome(span):
            return PAST  # "a boost from the win Tuesday", "her victory on Tuesday"
        verb, nouns = _governing_verb(span)
        if verb is None:
            return fallback(start, end)
        verb = _past_a_hedge(verb)
        tense = _verb_tense(verb) or fallback(start, end)
        if nouns and _a_known_outcome(span, nouns[0]):
            return PAST  # "if he follows up his Tuesday wins", "the Saturday loss": had already
        if tense == PRESENT and _a_condition(verb):
            return FUTURE  # "if he is the nominee in November", "if a Republican is elected in November"
        if nouns and nouns[0].head.lower_ in ("after", "since") and tense in (PRESENT, None):
            return PAST  # "guns are an emotional issue after the church massacre in June"
        if nouns and nouns[0].lemma_.lower() not in SCHEDULED and tense != PAST \
                and not _weighs_what_may_come(verb, nouns):
            return None  # "her victories on Tuesday will accelerate the shift": won, not to be won
        return tense

    return lookup


def dates_a_noun_from_doc(doc):
    """Whether an expression dates a noun on the way to its verb ("led the field before the Iowa
    caucuses Feb. 1"): the verb's tense is the sentence's, not always the noun's."""
    def lookup(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and bool(_governing_verb(span)[1])
    return lookup


def _governing_verb(span):
    """The verb a date hangs on, and the nouns on the way there, the one it places first (not
    "morning" of "Thursday morning": that is the date itself)."""
    token, nouns = span.root, []
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and not _a_piece_of_a_hyphenated_word(token) \
                and not _a_bare_complement(token) and not _a_noun_tagged_a_verb(token):
            return token, nouns
        if (token.pos_ == "NOUN" or _a_noun_tagged_a_verb(token)) and not span.start <= token.i < span.end:
            nouns.append(token)
        if token.head is token:
            break
        token = token.head
    return None, nouns


def _a_piece_of_a_hyphenated_word(token) -> bool:
    """"co" and "-" of "the group he co-founded will hold …": the parser may hang the sentence's date on
    either, tagged a past verb."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_punct or not token.whitespace_ and following is not None and following.text == "-"


def _a_known_outcome(span, noun) -> bool:
    """A day that names which outcome ("his Tuesday wins", "the Saturday loss") tells one already had;
    "a wide victory on Saturday" may be still to come."""
    before = span.doc[span.start - 1] if span.start else None
    return noun.lemma_.lower() in OUTCOMES and span.root.dep_ == "compound" and span.root.head.i == noun.i \
        and before is not None and _the_or_possessive(before)


def _after_a_known_outcome(span) -> bool:
    """A day right after "the win", "his victory on": an outcome one has already, whichever verb the
    parser hangs the day on ("he should get a boost from the win Tuesday"); not "hopes for a win Tuesday",
    nor "we will know the results Tuesday"."""
    at = span.start - 1
    if at > 0 and span.doc[at].lower_ == "on":
        at -= 1
    noun = span.doc[at] if at >= 0 else None
    return noun is not None and noun.lower_ in WON_OR_LOST and noun.pos_ == "NOUN" \
        and any(c.dep_ in ("det", "poss") and _the_or_possessive(c) for c in noun.children)


def _the_or_possessive(word) -> bool:
    """"the" or "his", "her", "their": an outcome one knows of, not "a win" one hopes for."""
    return word.lower_ == "the" or word.tag_ == "PRP$"


def _a_noun_tagged_a_verb(token) -> bool:
    """"His Tuesday wins", "the Saturday rallies": a word the tagger calls a verb that has a determiner,
    a possessive or a noun before it as its own is a noun."""
    return token.pos_ == "VERB" and token.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ in ("det", "poss", "compound") and c.i < token.i for c in token.children)


HEDGES = {"believe", "think", "guess", "suppose", "recall", "understand"}


def _past_a_hedge(verb):
    """"The South Koreans first raised this early in the year, I believe in February": a speaker's
    "I believe" that a date hangs on tells nothing of its time; the clause it comments on does."""
    if verb.lemma_.lower() not in HEDGES or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                      for c in verb.children):
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), verb)


def _a_condition(verb) -> bool:
    """A present that sets a condition is a time to come ("if he is the nominee in November"); a
    present otherwise may be a state, a habit or the report of a past count ("a poll in January
    shows", "up from 37 percent in January"), and a bare month keeps to the nearest."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "once") for c in verb.children)


def _weighs_what_may_come(verb, nouns) -> bool:
    """"The prospect of a humiliating loss in his own state on Tuesday", "if he follows up with a
    wide victory on Saturday", "what could start this process is a strong finish here Monday", "the
    boost needed for a strong performance Tuesday": an outcome still to come."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "csubj")]
    if verb.lemma_.lower() in _WANTING and nouns[0].head.lower_ == "for" and nouns[0].head.head.i == verb.i:
        return True  # what one needs or wants something for (a need told in the past is past: "he needed a win")
    return any(n.lemma_.lower() in PROSPECTS for n in nouns) or any(
        c.dep_ in ("mark", "aux") and c.lower_ in ("if", "unless", "could", "would", "might")
        for clause in clauses for c in clause.children)


# Occurrences planned ahead and spoken of before they happen: a date that places one of them points
# the way of the verb that governs it ("the meeting on Tuesday will decide"). A date that places
# another noun tells when that happened ("her victories on Tuesday will accelerate the shift", "it
# is unusual to test again after three failures in April"): news tells it as past, whatever comes of it.
SCHEDULED = {"debate", "primary", "caucus", "caucuses", "election", "vote", "meeting", "summit", "rally", "hearing",
             "speech", "convention", "conference", "talks", "visit", "trip", "session", "ceremony", "game", "match",
             "contest", "deadline", "encounter", "forum", "inauguration", "launch", "test", "exercise", "drill",
             "mission", "flight", "tour", "stop", "appearance", "negotiations", "round"}

PROSPECTS = {"prospect", "chance", "possibility", "hope", "odds"}
OUTCOMES = {"win", "wins", "victory", "loss", "defeat", "sweep", "upset", "triumph", "showing", "finish", "result"}
WON_OR_LOST = OUTCOMES - {"showing", "finish", "result"}  # (which a day may yet give: "the results Tuesday")

# prepositions by which what will be done looks to an event ahead: "will drop out before Tuesday's
# primary", "will vote in Saturday's caucuses"; not "will appeal Wednesday's ruling", "will comment on"
_LOOKING_AHEAD = {"before", "until", "till", "in", "at", "during"}


def _tense_of_a_possessor(token) -> Optional[str]:
    """"Wednesday's ruling": the event decides, and news reports past ones, unless something yet to
    be done looks ahead to it, or it is an occurrence planned ahead that is yet to do or be done."""
    noun = token.head
    verb = noun.head
    ahead = _verb_tense(verb) if verb.pos_ in ("VERB", "AUX") else None
    if noun.lemma_.lower() in SCHEDULED and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and ahead in (FUTURE, NEAR) \
            and not any(c.dep_ == "aux" and c.lower_ in _MAY_BE for c in verb.children):
        # "Monday's debate will be his first", "voters expect her to win Monday's debate"; "an effort to
        # prevent him from winning Tuesday's primaries", the gerund's, is of the nearest Tuesday
        return ahead
    if noun.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBD":
        return PAST  # "this weekend's debate gave Democrats much to be proud of", told on a Wednesday (not
        # "called November's election a citizenship election", told in August: what is spoken of may be to come)
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _LOOKING_AHEAD:
        return None
    if prep.head.pos_ in ("VERB", "AUX") and (_verb_tense(prep.head) == FUTURE
                                              or prep.lower_ == "in" and _going_on(prep.head)):
        # "will compete in Tuesday's primary", "is running in Tuesday's congressional primary" (not "is
        # raising questions about his microphone during Monday's debate": what one does about it now)
        return FUTURE
    wanting = prep.head.head if prep.head.pos_ == "NOUN" else prep.head  # "needs a win in", "needs in"
    return FUTURE if _wanted_now(wanting) else None  # "Cruz, who badly needs a win in Tuesday's primary"


def _going_on(verb) -> bool:
    """A present progressive: "the candidate who is running in Tuesday's primary"."""
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lower_ in _PRESENT_BE + ("’s", "’re")
                                      for a in verb.children)


_WANTING = {"need", "want", "hope", "seek", "expect", "eye"}


def _wanted_now(verb) -> bool:
    return verb.lemma_.lower() in _WANTING and verb.tag_ in ("VBZ", "VBP")


def _a_bare_complement(verb) -> bool:
    """A participle completing another verb, with no auxiliary of its own ("will have a chance to make
    their voice known on Tuesday"): the verb it completes tells the tense."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "acomp") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
