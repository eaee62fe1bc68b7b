"""Dates that place no occurrence (part of stage 2, extraction): a sentence can hold a date and
tell nothing that happened then. A century, a stretch up to now or a time since which things are
so, a document's date, an anniversary, a time things are measured against, a quarter's accounts,
the time itself as what "be" says, what must, may or could happen or happens on a condition, a
campaign (or one who ran in it) named by its year, the speaker's own talk and work going on over a
stretch ahead make no timeline entry (`dates_no_occurrence`). Read blind, nine in ten of the
sentences these rules take off the timelines tell no event (benchmarks/dated_events.py)."""
from __future__ import annotations

import re

from .clauses import (CONDITIONS, EVENT_LEMMAS, NOUNS, WHEN_AFTER, clause_verb, is_a_person, subject_of,
                      told_as_past)
from .pipeline.extensions import text_of
from .pipeline.temporal.words import UNITS


A_CENTURY = 100  # years
# A stretch up to now, however long: "the past year", "the last 70 years", "the course of the last year",
# "recent months" (not "last year", a year of the calendar);
# "since 2000" as well, where what has been so since then is told: "a state Republicans have won since 2000"
STRETCH_TO_NOW = re.compile(r"^(?:over\s+)?(?:the\s+(?:course\s+of\s+the\s+)?(?:past|last|previous)|recent)\s+"
                            r"(?:[\w-]+\s+(?:of\s+)?){0,3}(?:hours|days|weeks|months|years|decades|year|decade)\b",
                            re.IGNORECASE)
# A quarter is the time of accounts, not of an occurrence: "raised $23 million in the last quarter", "GDP
# increased 1.2% in the second quarter of 2016", "sold $30.4 billion in goods in the quarter"
AN_ACCOUNTS_QUARTER = re.compile(r"\bquarter\b(?![\s-]+(?:of\s+an?\s+)?(?:century|hour))", re.IGNORECASE)
SPECULATION = {"must", "should", "might", "may", "could", "can", "ought"}  # (not "will", "would": what is to come)
MARKING_VERBS = {"mark", "celebrate", "commemorate", "observe"}


def dates_no_occurrence(span, timex) -> bool:
    """The date places no occurrence:
    - a century ("in the twenty-first century we must…");
    - a stretch up to now, a time since which, or a document's date, where the sentence tells what is
      or has been so ("what we've seen over the course of the last year", "a state Republicans have
      won since 2000", "we will implement the Basic Agreement of 1992", "we support resolution 1695
      (2006)"), not the past or the acts counted in it ("Over the past 11 years, the Council has
      imposed six sets of sanctions");
    - an anniversary ("this year marks the sixtieth anniversary"), or a time things are measured
      against ("a higher share than four years ago");
    - a year inside a word ("the post-2015 agenda"), a target's time ("our 2030 targets"), a stretch
      things went on throughout ("meetings throughout the weekend"), a quarter's accounts ("raised
      $20 million in the last quarter");
    - a campaign named by its year, the speaker's own talk ("in this Hall today, I would like to
      reiterate"), work going on over a stretch ahead;
    - the time itself as what "be" says ("it was early April", "that was last fall"), what must, may
      or could be done then ("the party must support Clinton in November"), a wish, acts told as
      repeated, or what did not happen then ("was not discussed today"), unless the date is
      an occurrence's or a "when" tells what happens then ("before April 26, when voters head to the polls")."""
    if int((timex.range_end or timex.range_start)[:4]) - int(timex.range_start[:4]) >= A_CENTURY - 1 \
            or compares_with(span) or part_of_a_word(span) or names_a_target(span) \
            or AN_ACCOUNTS_QUARTER.search(span.text) \
            or word_before(span) == "throughout":  # "meetings throughout the weekend": going on, no one occurrence
        return True
    span = first_of_its_pair(span)
    verb = clause_verb(span.root)
    if verb is None:
        return False
    # (not "the last year of his presidency": a year of the calendar, and the stretch's end)
    stretch = STRETCH_TO_NOW.match(span.text) and not (span.text.lower().endswith(("year", "month", "week"))
                                                       and re.match(r"\s+of\b", text_of(span.doc)[span.end_char:]))
    if (stretch or word_before(span) == "since" or names_a_document(span)) \
            and not (told_as_past(verb) or counts_what_was_done(verb)) \
            or marks_an_anniversary(span, verb):
        return True
    if names_a_campaign(span) or the_speakers_own_talk(span, verb) or ongoing_ahead(span, verb):
        return True
    if dates_an_occurrence(span, verb) or WHEN_AFTER.match(text_of(span.doc)[span.end_char:span.end_char + 10]):
        return False
    a_day = len(timex.range_start) == 10 and timex.range_end in (None, timex.range_start)
    return (is_a_state(span, verb, a_day) or speculates(verb) or wished(verb) or repeated(verb, a_day)
            or denied(span, verb))


def first_of_its_pair(span):
    """"In 2015 and 2016": the second date stands where the first does (the parser may hang it on
    another word: "my country's wish to serve … in 2015 and 2016 responds")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("and", "or") or doc[span.start - 2].ent_type_ != "DATE":
        return span
    first = doc[span.start - 2]
    entity = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    return doc[entity.start if entity is not None else first.i:first.i + 1]


# a campaign, and who runs in one: "the 2016 race", "his 2012 bid", "the 2012 nominee", "2016 candidates"
CAMPAIGNS = {"campaign", "race", "cycle", "bid", "run"}
RUNNERS = {"nominee", "candidate", "contender", "hopeful"}
WHILE_IT_RAN = {"during", "in", "throughout", "at", "over"}
A_YEAR_OF_ITS_OWN = re.compile(r"^(?:(?:this|last|next) year|\d{4})(?:[’']s)?$", re.IGNORECASE)


def names_a_campaign(span) -> bool:
    """"A spokeswoman for Gore's 2000 presidential campaign", "the dark themes of Nixon's 1968
    campaign", "this year's presidential campaign is different", "the party's 2012 presidential
    nominee": a year that names a campaign the sentence mentions, or one who ran in it, dates nothing
    it tells (not "during the 2008 campaign, Obama pledged…", which it dates, nor "Stein won 470,000
    votes as the 2012 nominee": a vote's year)."""
    noun = span.root.head
    named = span.root.dep_ in ("compound", "nummod", "amod", "nmod") or (
        span.root.dep_ == "poss" and A_YEAR_OF_ITS_OWN.match(span.text))
    runner = noun.lemma_.lower() in RUNNERS and not any(t.lemma_.lower() in VOTE_OUTCOMES for t in span.sent)
    return (named and (noun.lemma_.lower() in CAMPAIGNS or runner)
            and not (noun.dep_ == "pobj" and noun.head.lower_ in WHILE_IT_RAN))


VOTE_OUTCOMES = {"win", "lose", "defeat", "beat", "carry"}


TALKING = {"speak", "address", "stress", "talk", "mention", "reflect", "begin", "intend", "wish", "like", "hope",
           "focus", "concentrate", "touch", "emphasize", "highlight", "underline", "underscore", "reiterate", "look",
           "give", "do"}  # "I'll do the week ahead"


def the_speakers_own_talk(span, verb) -> bool:
    """"I intend to address some of the threats before us today", "in this Hall today, I would like to
    reiterate …", "I'll give you the schedule for the week ahead": what the speaker says or means to say
    as they speak is the speech, not an event it tells (not "today I announce new sanctions", nor "in
    2016 I spoke at the United Nations")."""
    subject = subject_of(verb)
    now = span.text.lower() in ("today", "the week") or span.text.lower().startswith("this")
    return (subject is not None and subject.lower_ == "i" and verb.lemma_.lower() in TALKING
            and (now or not told_as_past(verb)))


# A stretch ahead, in which something goes on: "in the next four years, my administration will continue to
# build…", "something we're going to be working on over the course of the next year" (not "in the next
# few days, the President will travel to Asia")
STRETCH_AHEAD = re.compile(r"^(?:the\s+(?:course\s+of\s+the\s+)?(?:next|coming))\s+"
                           r"(?:[\w-]+\s+(?:of\s+)?){0,3}(?:hours|days|weeks|months|years|decades|year|decade)\b",
                           re.IGNORECASE)
ONGOING = {"continue", "work", "remain", "keep", "be", "focus", "face", "concentrate", "pursue", "maintain", "strive"}


def ongoing_ahead(span, verb) -> bool:
    return bool(STRETCH_AHEAD.match(span.text)) and (verb.lemma_.lower() in ONGOING or verb.tag_ == "VBG"
                                                     or verb.head.lemma_.lower() in ONGOING and verb.dep_ == "xcomp")


def word_before(span) -> str:
    return span.doc[span.start - 1].lower_ if span.start else ""


# Documents a date names: "the Basic Agreement of 1992", "the Pyongyang Declaration of 2002"
DOCUMENTS = {"agreement", "agreements", "declaration", "statement", "accord", "accords", "treaty", "framework",
             "charter", "convention", "protocol", "communiqué", "communique"}
DOCUMENT_MAKING = {"adoption", "signing", "announcement", "conclusion", "issuance", "publication", "release"}


def names_a_document(span) -> bool:
    """"Of" a date after a document's name, a year in brackets after its number, or a year before its
    name: what the sentence tells is done under the document, not on its day ("we will implement the
    Basic Agreement of 1992", "we call for the implementation of resolution 1695 (2006)", "the 1951
    Refugee Convention obligates countries …"), unless told as the past ("North Korea
    committed itself in the Joint Statement of 19 September 2005") or as the document's making ("the
    adoption of the Joint Statement of 19 September 2005", "the rapid adoption of resolution 2375 (2017)")."""
    of = span.root.head
    if span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in DOCUMENTS and of.head.pos_ in NOUNS \
            and (of.head.is_title or of.head.lower_ in ("agreement", "agreements")):
        document = of.head
    elif (numbered := numbered_document(span)) is not None:
        document = numbered
    elif span.root.dep_ in ("compound", "nummod", "amod", "nmod") and span.root.head.lower_ in DOCUMENTS \
            and span.root.head.i > span.root.i and re.fullmatch(r"\d{4}", span.text):
        document = span.root.head  # "the 1994 Agreed Framework", "the 2005 joint statement"
    else:
        return False
    # "the adoption of the Joint Statement of …", "the announcement of the … Joint Statement of 11 June 1993"
    return not any(t.pos_ in NOUNS and t.lemma_.lower() in DOCUMENT_MAKING for t in list(document.ancestors)[:4])


# A document's number and its year in brackets, the United Nations' way: "resolution 1695 (2006)",
# "resolutions 1718 (2006) and 1874 (2009)", "S/PRST/2012/13 (2012)"
NUMBERED_DOCUMENT = re.compile(r"\b(?:resolutions?|S/RES/|S/PRST/|A/RES/)\s*[\d/]+\s*\($", re.IGNORECASE)


def numbered_document(span):
    """The word naming the document whose number the year in brackets follows, or None."""
    text = text_of(span.doc)
    if not re.fullmatch(r"\d{4}", span.text) or text[span.end_char:span.end_char + 1] != ")" \
            or not NUMBERED_DOCUMENT.search(text, max(0, span.start_char - 40), span.start_char):
        return None
    return next((t for t in reversed(span.doc[max(0, span.start - 8):span.start])
                 if t.lower_.startswith(("resolution", "s/", "a/"))), None)


def part_of_a_word(span) -> bool:
    """A year inside a word names something of its time, no occurrence at it: "the post-2015
    development agenda", "a 1930s-era movie theater"."""
    after = text_of(span.doc)[span.end_char:span.end_char + 8].lower()
    return span.text.lower().startswith(("post-", "pre-")) or bool(re.match(r"-(?:era|style|vintage)\b", after))


TARGETS = {"goal", "goals", "target", "targets", "deadline", "term", "budget", "plan", "plans", "objective",
           "objectives", "timetable"}  # (not "in terms of the next 24 hours")


def names_a_target(span) -> bool:
    """The time a goal or a plan is for: "our 2030 greenhouse gas reduction targets", "a target year
    of 2015", "the 2013-2014 term" (what is done to meet it is told elsewhere, if at all)."""
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod") and root.head.i > root.i:
        aimed = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("of", "for"):
        aimed = root.head.head
    else:
        return False
    # the noun of a target, or one a target qualifies ("a target year of 2015")
    named = aimed.lower_ in TARGETS or any(c.dep_ == "compound" and c.lower_ in TARGETS for c in aimed.children)
    after = aimed.doc[aimed.i + 1] if aimed.i + 1 < len(aimed.doc) else None
    # (not "next week plan to host", a verb the parser took for a noun)
    return aimed.pos_ == "NOUN" and named and not (after is not None and after.lower_ == "to")


# Words of a change measured from a time: "a +12 point jump from November", "up 31 percent from a year earlier"
CHANGES = {"jump", "rise", "increase", "gain", "drop", "decline", "fall", "decrease", "change", "shift", "swing",
           "up", "down", "turnaround", "rebound", "dip"}
COMPARED = re.compile(r"\bcompared (?:with|to)\s+(?:[\w%$.,]+\s+){0,4}$", re.IGNORECASE)  # "compared with 33 percent last month"


def compares_with(span) -> bool:
    """A time things are measured against: "a higher share than four years ago", "earnings dropped
    sharply from a year ago", "a +12 point jump from November" (not "the tactics from eight years ago")."""
    before = word_before(span)
    if WHEN_AFTER.match(text_of(span.doc)[span.end_char:span.end_char + 10]):
        return False  # "a turnaround from eight years ago, when the state went to Clinton"
    if before == "than" or COMPARED.search(text_of(span.doc), max(0, span.start_char - 40), span.start_char) \
            or in_a_clause_compared_with(span):
        return True
    change = span.root.head.head if span.root.dep_ == "pobj" else None  # what "from" hangs on
    return before == "from" and change is not None and (change.lemma_.lower() in CHANGES or change.tag_ in ("JJR", "RBR"))


AS_CONJUNCTIONS = {"soon", "long", "far", "well"}  # "as soon as the results were counted Tuesday": its own time


def in_a_clause_compared_with(span) -> bool:
    """The date is in the clause another is measured against: "better placed than Romney was in 2012",
    "monitoring this as closely today as we were over the weekend"."""
    verb = clause_verb(span.root)
    if verb is None or verb.dep_ != "advcl" or not hangs_on(span, verb):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    measured = [t for t in verb.head.subtree if t.pos_ in ("ADJ", "ADV") and t.i < verb.i
                and t.lower_ not in AS_CONJUNCTIONS]
    return "than" in marks or "as" in marks and any(
        c.dep_ == "advmod" and c.lower_ == "as" for t in measured for c in t.children)


def counts_what_was_done(verb) -> bool:
    """"Over the past 11 years, the Security Council has imposed six sets of sanctions": acts counted
    over a stretch are a stretch's events, where "what we've seen over the last year" is no event."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    done += [o for x in verb.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
    # (a count comes before its noun: "six sets", not "resolution 1695")
    return any(c.dep_ == "nummod" and c.like_num and c.i < noun.i for noun in done for c in noun.children)


def marks_an_anniversary(span, verb) -> bool:
    """"This year marks the sixtieth anniversary", "on 19 September we marked the twelfth anniversary",
    "it's the 60th anniversary of the beginning of the Korean War this year", "on 15 November, 40 years
    will have passed since she was abducted": the day recalls an event, it is none (the anniversary's
    own event keeps its date: "the anniversary of the 2005 joint statement")."""
    now = span.text.lower() == "today" or span.text.lower().startswith("this ")  # however the parser hangs it
    if verb.lemma_.lower() not in MARKING_VERBS | {"be", "pass"} or not (hangs_on(span, verb) or now):
        return False
    told = [t for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj", "npadvmod") and not span.start <= c.i < span.end
            for t in c.subtree]
    return any(t.lemma_.lower() == "anniversary" for t in told) or time_since(told, verb)


def time_since(told, verb) -> bool:
    """"Two years to the day since", "40 years … since": a count of time from an event."""
    counted = any(t.lemma_.lower() in UNITS and any(c.dep_ == "nummod" for c in t.children) for t in told)
    return counted and any(t.lower_ == "since" for t in verb.subtree)



def holder(span):
    """The word a date hangs on: its preposition's head ("met on Tuesday"), or its own head."""
    return span.root.head.head if span.root.dep_ == "pobj" else span.root.head


def hangs_on(span, verb) -> bool:
    """The date modifies the verb itself, or is its subject: "on 19 September we marked", "this year marks"."""
    return holder(span).i == verb.i


STATE_VERBS = {"be", "remain"}  # "it remains our position this week"


def is_a_state(span, verb, a_day: bool) -> bool:
    """"That was last fall", "it was early April", "2016 is an important year", "those polled were
    evenly split last month": "be" as the verb of the sentence, with no occurrence for its subject
    or what it is ("the vote is Tuesday", "her win was her second victory on Tuesday"), nor one that
    there was ("there was a response from the United Nations earlier this year"), nor one a "when" or
    a cleft tells ("his tactics were apparent this week when court filings revealed"), nor a place someone
    was at ("Clinton was in Ohio on Tuesday"), nor how someone was on a day ("Trump was even more
    emphatic Monday"): that is what they said or did."""
    if span.root.dep_ in ("nsubj", "attr") and verb.lemma_.lower() in MARKING_VERBS:
        return True  # "this year marks the twentieth year of membership"
    if verb.lemma_.lower() not in STATE_VERBS or verb.dep_ not in ("ROOT", "conj", "ccomp") or not hangs_on(span, verb):
        return False  # (a date within a noun dates the noun: "one exception was a 2014 paper that found")
    subject = subject_of(verb)
    if any(c.dep_ == "expl" for c in verb.children) or subject is not None and is_a_person(subject) and a_day:
        return False
    if any(t.pos_ in NOUNS and t.lemma_.lower() in EVENT_LEMMAS for t in noun_phrases_of(verb, subject)):
        return False
    if any(t.lower_ in (":", ";", "--", "—") for t in span.doc[min(verb.i, span.start):max(verb.i, span.end)]):
        return False  # the date is of the next clause: "2016 is a symbolic year: 25 years ago, Korea became"
    if any(c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children) for c in verb.children):
        return False
    if subject is not None and subject.lower_ == "it" and any(c.dep_ in ("ccomp", "relcl", "advcl") for c in verb.children):
        return False  # a cleft: "it was only four months ago that President Obama visited Hiroshima"
    return not any(c.dep_ == "prep" and c.lower_ in ("in", "at") and not span.start <= c.i < span.end
                   for c in verb.children)


def noun_phrases_of(verb, subject):
    """The subject and what "be" says it is or of what, with the nouns their "of", "in" or "at" name:
    "that was a matter of discussion in both bilateral meetings", "we are aware of military activity
    last weekend"."""
    for noun in [subject, *(c for c in verb.children if c.dep_ in ("attr", "acomp"))]:
        if noun is None:
            continue
        yield noun
        for prep in (c for c in noun.subtree if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")):
            yield from (c for c in prep.children if c.dep_ == "pobj")


def dates_an_occurrence(span, verb) -> bool:
    """"Monday's debate", "the November 2007 melee", "a poll released Sunday": the date's own head
    is an occurrence or a participle of one, below the clause's verb; or the date follows the noun
    of an occurrence ("a boost from the win Tuesday", which the parser may hang on the verb)."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ in NOUNS and before.lemma_.lower() in EVENT_LEMMAS:
        return True
    head = holder(span)
    if head.i == verb.i:
        return False
    return head.pos_ == "VERB" or head.pos_ in NOUNS and head.lemma_.lower() in EVENT_LEMMAS


def speculates(verb) -> bool:
    """What must, should, may or could happen, or happens if something else does, has not happened
    ("might try to attend next week": a modal holds the verbs it completes too). What should or must
    have been done was ("he should not have accepted it at an event this week"), and so was what
    could not be ("accusations could not keep Jackson from winning in 1828")."""
    clause = verb
    for _ in range(4):
        modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in SPECULATION), None)
        subject = subject_of(clause)
        asked = subject is not None and modal is not None and modal.i < subject.i and modal.lower_ != "should"
        if modal is not None and not asked:  # (a question, "can you believe it", is none; "should she win" is a condition)
            return not fulfilled(clause, modal)
        if not (clause.dep_ == "xcomp" or shares_its_heads_modal(clause)) or clause.head.i == clause.i:
            break
        clause = clause.head
    clause = verb
    for _ in range(4):
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if any(mark in CONDITIONS for mark in marks):
            return True
        if marks or clause.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or clause.head.i == clause.i:
            return False  # a clause of its own: "as she did in 2008", within "if she managed to win"
        clause = clause.head
    return False


def shares_its_heads_modal(verb) -> bool:
    """"Germany's handling may backfire and cost her party …", "the Council could meet on Monday and
    vote next week": a verb joined to another with no subject or auxiliary of its own."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# What a wish names has not happened: "my country's wish to serve on the Security Council in 2015 and 2016"
WISHES = {"wish", "hope", "desire", "dream", "aspiration", "ambition", "bid", "longing"}


def wished(verb) -> bool:
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in WISHES and any(c.lower_ == "to" for c in verb.children)


# Acts told as repeated: "talked to President Xi at least a couple of times in the first months of this year",
# "this month I met three times with Ambassador Kennedy" (not "three times as many", which measures)
AGAIN = {"twice", "repeatedly", "thrice"}


def repeated(verb, a_day: bool) -> bool:
    """Acts told as done again and again over a period date none of them (not a day's: "he spoke
    twice on Tuesday"; "talk to President Xi at least a couple of times this year")."""
    return not a_day and any(
        c.dep_ in ("advmod", "npadvmod") and (c.lower_ in AGAIN or c.lower_ == "times" or of_times(c))
        and not measures(c) for c in verb.children)


def of_times(count) -> bool:
    """"A couple of times", "a number of times"."""
    return any(p.lower_ == "of" and any(o.lower_ == "times" for o in p.children) for p in count.children)


def measures(times) -> bool:
    """"Three times as much", "twice the rate": a measure, not a count of acts."""
    after = times.doc[times.i + 1] if times.i + 1 < len(times.doc) else None
    return after is not None and after.lower_ in ("as", "the", "more", "less", "that", "what")


def denied(span, verb) -> bool:
    """What did not happen on a day is no event of it: "the subject was not discussed today", "Trump did
    not dismiss Lewandowski on Tuesday", "neither subject came up today", "I would not say that we got an
    answer today" (the date must hang on the denied verb: "he never won again after winning Iowa in 2008"
    dates the win)."""
    return (hangs_on(span, verb) and (any(c.dep_ == "neg" for c in verb.children) or done_by_none(verb)
                                      or said_not_to_be(verb))
            and word_before(span) not in ("until", "till"))  # "won't be counted until March 15": then, not before


NONE = {"nothing", "none", "nobody", "neither"}
SAYING_NOT = {"say", "suggest", "think", "believe", "mean"}


def done_by_none(verb) -> bool:
    """"Neither the subject of X nor the subject of Y came up today", "no decision was made Tuesday"."""
    subject = subject_of(verb)
    return subject is not None and (subject.lower_ in NONE or subject.pos_ == "NOUN" and any(
        c.lower_ in ("neither", "no") and c.dep_ in ("preconj", "det") for c in subject.children))


def said_not_to_be(verb) -> bool:
    """"I would not say that we got an answer today", "I'm not suggesting that Congress should vote today"."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.lemma_.lower() in SAYING_NOT
            and any(c.dep_ == "neg" for c in head.children))


def fulfilled(verb, modal) -> bool:
    """"Should have accepted", "must have known", "could not keep": it was so."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return perfect and modal.lower_ in ("should", "must") or negated and modal.lower_ == "could"
