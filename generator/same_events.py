"""Stage 4b, after the events are read: one entry per real event. Documents report the same
event again and again ("North Korea's first nuclear test, on 9 October 2006"); the timelines
should list it once, with every source that reports it, and say where the sources disagree on
its date.

Two dated statements report the same event when they name it the same way and give compatible
dates. A name tells one event apart when it has an ordinal ("the first nuclear test"), a number
("resolution 1874", also in a list: "resolutions 1718 (2006) and 1874 (2009)") or a proper name
("the Agreed Framework", "the NPT Review Conference"); reports of it at the same dates, or to
the day within a month of each other, are one event, and a report that dates it only to a year
or a month joins the reports of it to the day. A name that does not ("a nuclear test") merges
reports of the same day only, or, for events a month holds one of (a joint statement, a summit),
of the same month, or of a year that names it ("the 2005 joint statement"); "the G20 summit" and
"the Washington summit" stay two. The entry takes the most precise date. A named event dated
differently by different documents within a month is one event on which the sources disagree:
the entry keeps the date most sources give and names the others with theirs.
Statements that share a day but no event name ("today", in two press briefings) stay apart,
unless they are the same sentence word for word (two transcripts of one briefing). A person's
visit, call or meeting is one event where its reports' dates hold each other's, within a
season and in the past (`persons_events`). The outbreak of a named war is one event ("the Korean
War broke out"); an ordinal name is a name of its kind too ("its second nuclear test was in 2009"
is that year's nuclear test), and in one document "the test" after "the nuclear test" is that
test. Two documents that tell something at the same dates in mostly the same words, of the same
actors, tell one event (`told_alike`), and so do a document's reports of some dates that point back
at the one event it told of them ("what we saw this weekend", "today's action", `told_again`). A
coming month's vote told by its winners or ballots ("if she wins in November", told in July) is
that month's election (`a_coming_months_vote`), and a day's primaries and caucuses in one country
are that day's votes ("Tuesday's Florida primary", "the Ohio primary on Tuesday":
`a_days_votes`); a state's primary told by its month ("the New Hampshire primary last month") is
the one that month's reports give a day. The first report
told keeps the entry. Where the reports of an entry count something differently, the entry says
so (`note_disagreeing_counts`). An event's noun that qualifies another ("election law expert") names
no event, and neither does a sentence whose date is of a saying ("Bucher said Tuesday that … the
elections"): the day is the saying's.

A curated entry then takes in the documents' entries of its own event (merge_into_curated), unless
the entry's dates lie partly in another curated entry of the same name: "the fourth round …
resumed last week", of a speech given on one of several days, may be of the round or not. An act
told only by pointing back at it ("what the North Koreans did this week") is the one curated
entry of its week (`the_one_pointed_back_at`); an entry of a curated timeline's subject whose dates
hold several of its entries is the one of the kind its words tell ("the commitments that they made
in the six-party process in 2005": the Joint Statement, not the round;
`the_one_of_its_timelines_at_its_dates`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Optional

from spacy.lang.en.stop_words import STOP_WORDS  # a word list: no model is loaded

from .counts import disagreeing_counts
from .model import Article, Event, first_day, spans_overlap
from .pipeline.temporal.words import MONTHS, WEEKDAYS as WEEKDAY_NUMBERS

ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
ORDINAL_WORDS = frozenset(ORDINALS.split("|"))
EVENT_NOUNS = (r"nuclear test|nuclear explosion|missile launch|missile test|rocket launch|satellite launch|"
               r"ballistic missile launch|icbm launch|icbm test|joint statement|joint declaration|summit|agreement|"
               r"round of (?:the )?(?:[\w-]+ )?talks|round of sanctions|"
               r"declaration|presidential statement|vot(?:es?|ed|ing)|election|inauguration|launch|test|debate|"
               r"primary|primaries|caucus|caucuses|contest|attack")
NAMED_EVENT = re.compile(rf"\b(?:({ORDINALS}) )?(?:(?:underground|long-range|intercontinental) )?({EVENT_NOUNS})(?:e?s)?\b|"
                         # "resolution 1874", "resolutions 1718 (2006) and 1874 (2009)"
                         r"\bresolutions? (\d{3,4}(?: ?\(\d{4}\))?(?:(?:, ?| and |, and )\d{3,4}(?: ?\(\d{4}\))?)*)\b",
                         re.IGNORECASE)
RESOLUTION_NUMBER = re.compile(r"(?<!\()\b\d{3,4}\b(?!\))")  # not the year in brackets
# An event with a proper name tells itself apart as an ordinal does: "the Agreed Framework", "the
# NPT Review Conference", "the Winter Olympics". Not talks, a war or exercises: they go on for years,
# and "the end of the Cold War, in 1991" and "the Cold War … 25 years ago" may date two other things.
PROPER_EVENT = re.compile(r"\b((?:[A-Z][\w-]*|of|on|for) ){1,5}(?:Framework|Conference|Olympics|Games|Summit|"
                          r"Agreement|Declaration|Statement|Accord|Treaty|Armistice|Forum)\b")
# A war goes on for years, but its outbreak is an event of its own: "the outbreak of the Korean War
# in 1950", "when the Korean War broke out two years later". (Its end is left out: "only with the end
# of the Cold War, in 1991, … was the Republic of Korea admitted" dates the admission.)
WAR = r"((?:[A-Z][\w-]* ){1,3}War)\b"
WAR_BEGINS = re.compile(rf"\b(?:outbreak|start|beginning) of the {WAR}"
                        rf"|\b(?:the )?{WAR} (?:broke out|began|started|erupted)")
# Events a person makes, told by their kind: a visit ("was here for a state visit last September",
# "when he visited the White House last fall"), a call ("the President's phone call to Xi in
# February", "spoke with his Chinese counterpart last week"), a meeting ("the bilat with Chinese
# President Xi Jinping", "will host President Xi … for a bilateral meeting") and a candidate's
# withdrawal from a race ("who dropped out last month"). (Not a speech: "his
# acceptance speech", "Khizr Khan's speech" and "a prime-time speech" in one month, each naming Donald
# Trump, are three, and the person of a sentence is not always who spoke.) Reports of one
# person's event of one kind whose dates all hold the finest are one event (`persons_events`).
PERSONS_EVENTS = {
    "visit": re.compile(r"\b(?:state |official )?visit(?:ed|s)?\b|\bwas (?:here|at the White House)\b", re.IGNORECASE),
    "call": re.compile(r"\b(?:phone|telephone) (?:call|conversation)s?\b"
                       r"|\b(?:spoke|talked) (?:by phone )?(?:with|to)\b", re.IGNORECASE),
    "meeting": re.compile(r"\b(?:meet|meets|met|meeting|meetings|bilat|bilateral|discussions)\b"
                          r"|(?<!phone )(?<!telephone )\bconversations?\b", re.IGNORECASE),
    # an endorsement is given once: "Christie, who endorsed him last week", "set to receive an
    # endorsement on Friday from … Ben Carson"
    "endorsement": re.compile(r"\bendors(?:e|es|ed|ing|ements?)\b", re.IGNORECASE),
    # a person dies once: "Phyllis Schlafly, … died Monday", "Schlafly, who died Monday at the age of 92"
    "death": re.compile(r"\b(?:died|dies|passed away)\b", re.IGNORECASE),
    "resignation": re.compile(r"\b(?:resign(?:s|ed)?|stepped down|steps down|step down)\b", re.IGNORECASE),
    # a candidate leaves a race once: "Rubio, who ended his campaign earlier Tuesday", "dropped out last month"
    "withdrawal": re.compile(r"\b(?:drop(?:s|ped|ping)? out|(?:end|suspend)(?:s|ed|ing)? (?:his|her|their) "
                             r"(?:campaign|bid|candidacy|presidential (?:campaign|bid))|quit(?:s|ting)? the race|"
                             r"withdr[ae]w(?:s|ing)? from the race)\b", re.IGNORECASE),
}
# A country is admitted to a body once: "the Republic of Korea was admitted to the United Nations", "the two
# Koreas were admitted separately as Member States to the United Nations", "became a State Member of the
# United Nations", each in 1991. The body is named by its capitalised name after the words of joining.
BODY = r"(?:the )?(?P<body>[A-Z][\w’'-]*(?:\.[A-Z])*(?: (?:of |for )?[A-Z][\w’'-]*(?:\.[A-Z])*)*)"
JOINED_A_BODY = re.compile(r"(?:\b(?:was|were|been|being) admitted(?: \w+){0,4} to"
                           r"|\b(?:admission|accession)(?: of [\w’' ]{1,40})? to"
                           r"|\bbec(?:ame|ome|omes|oming) (?:a |an )?(?:full )?(?:State )?[Mm]embers?(?: State)? of"
                           r"|\bjoin(?:ed|s)?) " + BODY)
# the appearances a person makes once a day at most (not rallies, speeches or interviews on a campaign's day)
ONCE_A_DAY = {"press conference", "hearing"}
DAYS_IN_A_YEAR = 366
DAYS_IN_A_WEEK = 7
A_SEASON = 92
# a curated event may be dated by the days it fell on in two time zones: a test of 9 October in Korea,
# 8 October in Washington
DAYS_OF_ONE_MOMENT = 2
DISAGREEMENT_DAYS = 31  # a named event dated this far apart by two documents is one event misdated
NAME_NEAR_DATE = 8  # words between an event's name and its date expression
KIND_NEAR_DATE = 16  # words from a person's visit, call or meeting to its date
CLAUSE_WORDS = 20  # words from a name to a date after it, where no name is nearer and no other date between
# Events of which a month holds one: two documents naming one in the same month, one to the day
# and one to the month ("the Joint Statement of September 2005"), report the same event.
RARE_EVENTS = {"joint statement", "joint declaration", "summit", "presidential statement", "nuclear test"}
# A coming election is one of its month, where the month holds no other to the day: "November's
# election", "if she wins in November", "Nov. 8", told before it. Not of its year: a year holds many
# elections; and not one told as past ("courts should not rule too close to Election Day"), which
# may be any.
MONTHLY_EVENTS = {"election"}
# The same holds for a year where the year names the event ("the 2005 joint statement", "the 2014
# Nuclear Security Summit") or an ordinal does ("its second nuclear test was in 2009"), and the
# reports of that year give it one date.
YEAR_NAMED_GAP = 2  # words between the year and the event's name


@dataclass(frozen=True)
class EventName:
    text: str  # "first nuclear test", "resolution 1718"
    unique: bool  # an ordinal, a number or a proper name tells it apart from others of its kind
    qualifier: str = ""  # the proper name before it: "washington" of "the Washington summit"
    plural: bool = False  # "two missile launches yesterday": one day's reports, but no month's or year's one
    place: str = ""  # the state whose vote it is: "new hampshire" of "New Hampshire's Democratic primary"


# "the G20 summit" and "the Washington summit" are two summits; "the summit" may be either. A
# possessive names who held it, not which it was ("North Korea's test", "the DPRK's test").
QUALIFIER = re.compile(r"\b([A-Z][\w-]*|[A-Z0-9]{2,})\s+$")
NOT_QUALIFIERS = {"the", "a", "an", "this", "that", "last", "next", "its", "their", "his", "her", "our", "in", "on", "of"}
# a day or a month says when, not which: "the Saturday debate" is "Saturday's Democratic debate"
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAY_NUMBERS)


# one party by its names: "the next GOP debate" is "Tuesday's Republican debate"
PARTY_NAMES = {"gop": "republican", "republicans": "republican", "democrats": "democratic", "dem": "democratic"}


def qualifier_before(text: str, start: int) -> str:
    found = QUALIFIER.search(text[max(0, start - 40):start])
    word = found.group(1).lower() if found else ""
    word = PARTY_NAMES.get(word, word)
    return "" if word in NOT_QUALIFIERS or word in CALENDAR_WORDS or word.isdigit() else word


# An event's noun that qualifies another noun, or an office's field, names no event: "election law
# expert Rick Hasen tweeted Monday", "the board of elections on Monday ruled", "the debate stage",
# "the election campaign", "a caucus lunch", "an open primary process",
# "a test site", "the nuclear test ban", "a designated day on Nov. 1, 'Barack Obama Election Day'".
QUALIFIES_A_NOUN = re.compile(r"\s+(?:day|law|laws|lawyers?|experts?|officials?|workers?|boards?|commissions?|"
                              r"administrators?|supervisors?|observers?|season|cycle|calendar|stage|moderators?|"
                              r"sites?|pads?|ban|moratorium|facility|facilities|programs?|programmes?|"
                              r"capability|capabilities|preparations?|prep|process|system|campaigns?|"
                              r"lunch(?:es)?|chair(?:man|woman)?)\b", re.IGNORECASE)
A_VERB_CONTESTS = re.compile(r"contests\s+(?:a|an|the|his|her|its|their)\b", re.IGNORECASE)
# A debate about something is an argument, not a debate on a stage: "the attacks in Paris reframed the
# contest Saturday, forcing a debate about how to wield American power" (not "the debate over the weekend").
AN_ARGUMENT = re.compile(r"debates?\s+(?:about|over\s+(?!(?:the\s+)?(?:weekend|week|past|last|next|holidays?)\b))",
                         re.IGNORECASE)
AN_OFFICE_OF = re.compile(r"\b(?:board|commission|department|office|director|supervisor)s? (?:of|for) (?:the )?$",
                          re.IGNORECASE)


def named_events(text: str) -> list[tuple[EventName, int, int]]:
    """The events a sentence names, each with where its name starts and ends."""
    names = []
    for match in NAMED_EVENT.finditer(text):
        if A_VERB_CONTESTS.match(text, match.start()) or AN_ARGUMENT.match(text, match.start()):
            continue  # "the lawsuit also contests a rule", "a debate about how to wield power"
        if match.group(3):
            names += resolution_names(match)
        elif not (QUALIFIES_A_NOUN.match(text, match.end()) or AN_OFFICE_OF.search(text, 0, match.start())):
            names.append(noun_name(text, match))
    return names + proper_names(text) + war_names(text)


def war_names(text: str) -> list[tuple[EventName, int, int]]:
    return [(EventName(f"outbreak of the {(m.group(1) or m.group(2)).lower()}", True), m.start(), m.end())
            for m in WAR_BEGINS.finditer(text)]


def resolution_names(match: re.Match) -> list[tuple[EventName, int, int]]:
    """Each resolution of "resolutions 1718 (2006) and 1874 (2009)"."""
    names = []
    for number in RESOLUTION_NUMBER.finditer(match.group(3)):
        at = match.start(3) + number.start()
        names.append((EventName(f"resolution {number.group()}", True), at, at + len(number.group())))
    return names


def noun_name(text: str, match: re.Match) -> tuple[EventName, int, int]:
    # "the first round of the six-party talks" and "the first round of six-party talks" are one name
    ordinal, noun = match.group(1), " ".join(w for w in match.group(2).lower().split() if w != "the")
    noun = "vote" if noun.startswith("vot") else noun  # "voted on", "a vote", "the voting"
    name = f"{ordinal.lower()} {noun}" if ordinal else noun
    plural = match.end(2) < match.end()
    at = match.start()
    return EventName(name, bool(ordinal), qualifier_before(text, at), plural, place_before(text, at)), at, match.end()


def proper_names(text: str) -> list[tuple[EventName, int, int]]:
    names = []
    for match in PROPER_EVENT.finditer(text):
        words = [w for w in match.group().split() if w.lower() not in ("the", "of", "on", "for") and not w.isdigit()]
        # by its last two words ("the DPRK-US Agreed Framework" is "the Agreed Framework"), three where
        # two are a common noun in capitals ("the North-South Joint Declaration")
        name = " ".join(words[-2:]).lower()
        if NAMED_EVENT.fullmatch(name):
            name = " ".join(words[-3:]).lower() if len(words) >= 3 else ""
        opens_the_text = bool(words) and text.startswith(words[0])  # "Summit Ends" may open a headline
        if name and not NAMED_EVENT.fullmatch(name) and not (opens_the_text and len(words) == 2):
            names.append((EventName(name, True), match.start(), match.end()))
    return names


def names_of_its_date(event: Event, max_gap: int = NAME_NEAR_DATE,
                      other_dates: tuple[str, ...] = ()) -> list[EventName]:
    """The event names a report's sentence gives close to its date expression: "the fourth
    nuclear test, on 9 September 2016". A sentence with two dates and two events ("resolution
    2094, condemning the test of 12 February") gives each date its own. Where none is that close,
    the nearest before it within a clause, with none of the sentence's `other_dates` between ("the
    Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,
    held in May"; not "beginning in 1994, the international community continued its efforts …,
    first through the Agreed Framework"). An ordinal name is also a name of its kind: "its second
    nuclear test" is a nuclear test."""
    at = event.text.find(event.expression)
    if at < 0 or event.of_a_saying:  # "Bucher said Tuesday that … elections": the day of the saying
        return []
    end = at + len(event.expression)
    near, farther = [], []
    for name, start, name_end in named_events(event.text):
        if start < end and at < name_end:
            continue  # "Election Day" names the day, not what happened on it
        if start >= end and A_VERB_BEFORE.search(event.text, 0, start):
            continue  # "late Monday acquiesced to debate": Monday dates the agreeing, not the debate
        gap = event.text[end:start] if start >= end else event.text[start:at]
        if start >= end and (NEXT_CONJUNCT.search(gap) or ANOTHER_TIME.search(gap)):
            continue  # "the Joint Declaration … in 1992 and of the Agreed Framework … in 1994", "four weeks since"
        if len(gap.split()) <= max_gap and not dated_otherwise(event.text, start, name_end, other_dates,
                                                               len(gap.split())):
            near.append(name)
        elif start < at and (between := event.text[name_end:at]) and len(between.split()) <= CLAUSE_WORDS \
                and one_clause(between) and not any(d in between for d in other_dates):
            farther.append((len(between.split()), name))  # the date of a phrase after the name
    if not near and farther and max_gap == NAME_NEAR_DATE:  # the nearest, however many ways it is named
        near = [name for words, name in farther if words == min(w for w, _ in farther)]
    return list(dict.fromkeys(near + [kind for name in near if (kind := kind_of_ordinal(name))]))


OWN_DATE_GAP = 2  # words between a name and a date of its own: "the California primary on June 7"


def dated_otherwise(text: str, start: int, end: int, other_dates: tuple[str, ...], words_to_this: int) -> bool:
    """Whether another date of the sentence stands by the name, nearer than this one: "vowed Tuesday to
    remain in the fight through the California primary on June 7" names no event of the Tuesday."""
    for expression in other_dates:
        at = text.find(expression)
        if at < 0:
            continue
        between = text[end:at] if at >= end else text[at + len(expression):start]
        if len(between.split()) <= min(OWN_DATE_GAP, words_to_this - 1):
            return True
    return False


A_VERB_BEFORE = re.compile(r"\b(?:to|would|will|could|should|can|may|might|must)\s+$", re.IGNORECASE)
NEXT_CONJUNCT = re.compile(r"\b(?:and|or|but)\b|;")
# a time measured from another: "Tuesday marks four weeks since Trump won the Indiana primary", "the sketch
# aired after Sanders' win in Wyoming on Saturday", "spoke with Xi last week, in advance of the launch"
ANOTHER_TIME = re.compile(r"\b(?:since|after|before|until|following|ahead of|in advance of|prior to|in (?:the )?run-up to|"
                          r"in (?:response|reaction) to|in (?:the )?wake of|in light of)\b", re.IGNORECASE)
NEW_SUBJECT = re.compile(r"[;:]|\b(?:I|we|you|he|she|they|it|there)(?:'\w+|’\w+)?\b"
                         r"|\b(?:when|while|because|although|whereas|unless|whether|where)\b",
                         re.IGNORECASE)


def one_clause(words_between: str) -> bool:
    """No new subject or clause between a name and a date: "the summit itself, I know there's been a
    lot of focus in the last couple of days" dates the focus, not the summit. ("As" may be either:
    "as municipal officials are scrambling", "his election as President on March 14th".)"""
    return not NEW_SUBJECT.search(words_between)


def kind_of_ordinal(name: EventName) -> Optional[EventName]:
    """"second nuclear test" -> "nuclear test": dated to a day or a month it is that kind's one event there."""
    ordinal, _, kind = name.text.partition(" ")
    if ordinal not in ORDINAL_WORDS or not kind:
        return None
    return replace(name, text=kind, unique=False)


def in_one_month(event: Event) -> bool:
    """Dated to a month or a day of it: "in September 2005", "on 19 September 2005"."""
    return len(event.date_start) >= 7 and event.date_start[:7] == event.date_end[:7]


def day_precise(event: Event) -> bool:
    return len(event.date_start) >= 10 and event.date_start == event.date_end


def merge_same_events(events: list[Event], articles: dict[str, Article],
                      people: frozenset[str] = frozenset()) -> tuple[list[Event], list[Event]]:
    """The events with each real event once: the first report (by the documents' dates) keeps
    the entry and lists the others in `also_reported`; `other_dates` names the sources that date
    it otherwise. Curated entries are left as they are; their supporting events point to the
    entry that stands for them. Returns the events kept and the reports merged into them."""
    groups = same_event_groups([e for e in events if e.article], articles, people)
    merged_into: dict[str, str] = {}
    for group in groups:
        group.sort(key=lambda e: (published(e, articles), e.article or "", e.start or 0, e.id))  # the first told
        dates = Counter((e.date_start, e.date_end) for e in group)
        # the most precise date ("19 September 2005" over "September 2005"), then the one most give
        best = max(dates, key=lambda d: (len(d[0]), d[0] == d[1], dates[d]))  # a day over "earlier this week"
        entry = next(e for e in group if (e.date_start, e.date_end) == best)  # the first to give it
        for other in group:
            if other is entry:
                continue
            merged_into[other.id] = entry.id
            entry.also_reported.append(other.id)
            entry.actors = list(dict.fromkeys(entry.actors + other.actors))
            if disagree_on_dates(entry, other):
                entry.other_dates.setdefault(interval(other), []).append(other.id)
    kept = [e for e in events if e.id not in merged_into]
    for event in kept:
        if event.supporting:
            event.supporting = list(dict.fromkeys(merged_into.get(i, i) for i in event.supporting))
    return kept, [e for e in events if e.id in merged_into]


def one_doer_one_thing(found: list[Event]) -> bool:
    """The reports of one verb of a day name at most one subject and one object between them."""
    subjects = {act_parts(e)[1] for e in found} - {""}
    objects = {act_parts(e)[2] for e in found} - {""}
    return len(subjects) <= 1 and len(objects) <= 1


def with_someone_else(event: Event, group: list[Event]) -> bool:
    """A report of the group tells the event's verb done with another: "to meet with Sanders", "to meet
    with Reid" (not "Ryan will meet with Trump" and "Trump is to meet with Ryan")."""
    verb, subject, partner = act_parts(event)
    for other in group:
        other_verb, other_subject, other_partner = act_parts(other)
        if verb and other_verb == verb and partner and other_partner \
                and partner not in (other_partner, other_subject) and other_partner != subject:
            return True
    return False


def act_parts(event: Event) -> tuple[str, str, str]:
    """(verb, subject, object) of what its date holds done; blanks where none is told."""
    verb, subject, thing = (event.act.split("|") + ["", ""])[:3]
    return verb, subject, thing


def coming(event: Event, articles: dict[str, Article]) -> bool:
    """Its dates are after its document's: "November's election", told in July."""
    return event.date_start > published(event, articles)[:len(event.date_start)]


def published(event: Event, articles: dict[str, Article]) -> str:
    article = articles.get(event.article or "")
    return article.date.isoformat() if article and article.date else "9999"


def same_event_groups(events: list[Event], articles: dict[str, Article],
                      people: frozenset[str] = frozenset()) -> list[list[Event]]:
    """Groups of two or more reports of one event, each report in one group at most; `people`, the
    actors who are persons, whose visits, calls and meetings are told apart by who made them."""
    names = names_of_each(events, articles)
    by_key: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        for key in keys_of(event, names[event.id], articles, people):
            by_key[key].append(event)
    told_by_their_week(events, by_key)
    groups: list[list[Event]] = []
    group_of: dict[str, int] = {}  # report id -> its group
    for key, found in sorted(by_key.items(), key=lambda item: item[0][0] != "named"):  # named events first
        for group in groups_of_key(key, found, names, articles, people):
            join(groups, group_of, group)
    for pair in told_alike(events, names):
        join(groups, group_of, pair)
    for group in told_again(events):
        join(groups, group_of, group)
    return [g for g in groups if len(g) >= 2]


def names_of_each(events: list[Event], articles: dict[str, Article]) -> dict[str, list[EventName]]:
    """The event names each report gives its date, a sentence's other dates keeping theirs."""
    in_sentence: dict[tuple, list[Event]] = defaultdict(list)  # the dated events of each sentence
    for event in events:
        in_sentence[(event.article, event.start, event.text)].append(event)
    others = {event.id: [e for e in in_sentence[(event.article, event.start, event.text)] if e is not event]
              for event in events}
    names = {event.id: names_of_its_date(event, other_dates=tuple(e.expression for e in others[event.id]))
             for event in events}
    fuller_names_in_documents(events, names)
    for event in events:  # (not where the sentence tells a happening of a day: "Sanders said on Monday
        # that the party must support Clinton in November" tells his speech, with its aim)
        if a_coming_months_vote(event, articles) and not any(day_precise(e) for e in others[event.id]):
            names[event.id].append(EventName("election", False))
    return names


def keys_of(event: Event, names: list[EventName], articles: dict[str, Article],
            people: frozenset[str]) -> Iterator[tuple]:
    """The keys under which the report may meet others of its event: its words, its names with their
    day, month or year, a person's visit, call or meeting, the document's occasion, appearance or act."""
    # the same sentence in two transcripts of one briefing, or a wire story reprinted
    yield "words", " ".join(event.text.lower().split()), event.date_start, event.date_end
    for name in names:
        if name.unique:
            yield "named", name.text
        elif day_precise(event):
            yield "day", "votes" if a_days_votes(name) else name.text, event.date_start
        if name.place and name.text in VOTES and in_one_month(event):  # a state's primary of a month
            yield "place's votes", name.place, event.date_start[:7]
        if in_one_month(event) and not name.plural:
            if name.text in RARE_EVENTS or name.text in MONTHLY_EVENTS and coming(event, articles):
                yield "month", name.text, event.date_start[:7]
            if name.text in RARE_EVENTS:
                yield "year", name.text, event.date_start[:4]
    if day_precise(event) and not names and not event.of_a_saying and tells_a_states_vote(event):
        yield "day", "votes", event.date_start  # "Clinton won Ohio and Florida on Tuesday"
    for kind, told in PERSONS_EVENTS.items():  # "President Xi was here for a state visit last September"
        if told_of_its_date(event, told) and not event.of_a_saying:  # (not "made clear that his meeting …")
            for person in set(event.actors) & people:
                yield "person's", kind, person
    joined = told_of_its_date(event, JOINED_A_BODY) and JOINED_A_BODY.search(event.text)
    if joined and not event.of_a_saying:  # "was admitted to the United Nations in 1991"
        yield "admission", joined.group("body").lower()
    if event.occasion and not event.of_a_saying:  # "we discussed today"; not "as Ambassador Rice said today"
        yield "occasion", event.article, event.date_start
    if event.appearance and day_precise(event):  # "said Thursday during a town hall", "at the town hall Thursday"
        yield "appearance", event.article, event.date_start, event.appearance
        first_named = next((actor for actor in event.actors if actor in people), None)
        if event.appearance in ONCE_A_DAY and first_named and not event.of_a_saying:
            # "Comey decided not to recommend charges at a press conference Tuesday" in one paper,
            # "FBI Director James Comey's news conference on Tuesday" in another
            yield "person's appearance", first_named, event.date_start, event.appearance
    if event.act and day_precise(event):  # "Ali, who died Friday", "his brother, who died late Friday"
        yield "act", event.article, event.date_start, act_parts(event)[0]
    if one_year(event):  # "the 2005 joint statement"
        # or "its second nuclear test was in 2009": the ordinal tells the one of its kind that year
        ordinals = [kind for name in names if (kind := kind_of_ordinal(name))]
        for name in names_of_its_date(event, YEAR_NAMED_GAP) + ordinals:
            if name.text in RARE_EVENTS and not name.plural:
                yield "year", name.text, event.date_start


def groups_of_key(key: tuple, found: list[Event], names: dict[str, list[EventName]], articles: dict[str, Article],
                  people: frozenset[str]) -> list[list[Event]]:
    """The reports of one key that are one event: all of them, or none, or some, as the key's kind says."""
    if key[0] == "person's":
        # an endorsement is told to the week at least: "Trump officially endorsed one in July" and "Cruz
        # refused to endorse Trump … in July" are two
        return persons_events(found, people, articles, with_whom=key[1] in ("call", "meeting", "endorsement"),
                              longest=A_WEEK if key[1] == "endorsement" else A_SEASON,
                              cast=key[1] not in ("withdrawal", "death", "resignation"))
    if key[0] == "admission":  # the same countries, or some of the other's, in the same year at most
        return persons_events(found, None, articles, with_whom=False, longest=DAYS_IN_A_YEAR)
    if key[0] == "appearance" and len({p for e in found for p in e.actors if p in people}) > 1:
        return []  # Weaver's interview and Biden's, both of Monday
    if key[0] == "act" and not one_doer_one_thing(found):
        return []  # "Stocks ended higher on Friday", "Japan's central bank ended a meeting on Friday"
    if key[0] in ("month", "year", "place's votes") and not nested(found):
        return []  # two summits in a month, each to the day: which one a "September" means is unknown
    if key[0] in ("day", "month", "year") and two_told_apart(qualifiers(found, key[1], names)):
        return by_qualifier(found, key[1], names)  # the G20 summit and the Washington summit
    return close_in_time(found) if key[0] == "named" else [found]


# A day's primaries in one country are one event for a reader: "Tuesday's Florida primary", "his state's
# primary on Tuesday" and "the Ohio primary Tuesday" tell one primary day, as a Saturday's Republican
# primary and Democratic caucuses do. A primary qualified otherwise is its own, and so is an election
# (Peru's runoff and Puerto Rico's primary fell on one Sunday).
VOTES = {"primary", "primaries", "caucus", "caucuses", "contest"}
STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
          "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
          "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
          "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
          "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia")
# a name's qualifier is one word: the last of a state's name ("Tuesday's New York primary"), or a region
US_PLACES = frozenset(state.split()[-1].lower() for state in STATES.split("|")) | frozenset(
    "northeast northeastern southern western midwest midwestern mid-atlantic england".split())
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ONE_COUNTRYS_VOTES = US_PLACES | {"republican", "democratic", "super"}  # (parties by one name: PARTY_NAMES)


def a_days_votes(name: EventName) -> bool:
    """"Tuesday's Florida primary", "the Northeast primaries", "when New York votes" (a place's vote; not
    "the Senate vote" nor "Tuesday's vote", which may be a legislature's)."""
    if name.text == "vote":
        return name.qualifier in US_PLACES
    return name.text in VOTES and (not name.qualifier or name.qualifier in ONE_COUNTRYS_VOTES)


# A day's results told by who won where: "Clinton won Ohio, Florida, Illinois and North Carolina on Tuesday",
# "her victories in Pennsylvania, Maryland and Delaware on Tuesday", "Sanders, who did win Rhode Island".
WON_A_STATE = re.compile(rf"\b(?:won|wins?|winning|victor(?:y|ies)|swept|sweep|romp|triumphs?)\b"
                         rf"(?:\s+(?:in|among|the|of|on|his|her|their|own|home|key|swing|battleground|states?|{WEEKDAYS}|"
                         rf"primar(?:y|ies)|caucus(?:es)?|contests?|\w+'s|\w+’s))*"
                         # "winning the key states of Florida, Ohio and North Carolina", "won the primaries in Georgia"
                         rf"\s+(?:{STATES})\b"
                         rf"|\b(?:{STATES}) (?:win|victory|triumph|romp)\b")  # "his Iowa win over Trump on Feb. 1"


# or by its voters at the polls: "voters in West Virginia were asked … upon leaving the polls Tuesday"
AT_THE_POLLS = re.compile(r"\b(?:went|go|goes|going|headed|heading|leaving|left) to the polls\b|\bleaving the polls\b"
                          r"|\bexit poll(?:s|ing)?\b", re.IGNORECASE)
A_STATE = re.compile(rf"\b(?:{STATES})\b")
# a state named just before a vote: "the New Hampshire primary", "New Hampshire's primary", "the Michigan
# Democratic primary"
STATE_BEFORE = re.compile(rf"\b({STATES})(?:[’']s)?(?:\s+[A-Z][\w-]*)?\s+$")


SOME_STATES = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both) "
                         r"(?:\w+ )?states\b", re.IGNORECASE)  # "five states", "five other states", "several states"
# or by the count of delegates a state's vote gives ("691 delegates are up for grabs Tuesday in five states";
# not "delegate-rich California" nor "enough delegates to claim the nomination"), or by how many states were
# won or lost ("Sanders, who was swept by Clinton in five states last Tuesday")
DELEGATES = re.compile(r"\b\d[\d,]* (?:\w+ )?delegates\b", re.IGNORECASE)
WINS_OR_LOSSES = re.compile(r"\b(?:wins?|won|victor(?:y|ies)|defeats?|loss(?:es)?|lost|swept|sweep)\b", re.IGNORECASE)


def place_before(text: str, start: int) -> str:
    found = STATE_BEFORE.search(text[max(0, start - 40):start])
    return found.group(1).lower() if found else ""


def tells_a_states_vote(event: Event) -> bool:
    """The sentence tells who won where on its day ("Clinton won Ohio and Florida on Tuesday"), how a
    state's voters voted, the delegates states give or how many states were won or lost."""
    counted_states = SOME_STATES.search(event.text)
    some_states = A_STATE.search(event.text) or counted_states
    if (AT_THE_POLLS.search(event.text) and some_states or DELEGATES.search(event.text) and some_states
            or WINS_OR_LOSSES.search(event.text) and counted_states) \
            and not ANOTHER_TIME.search(event.text):
        return True
    at = event.text.find(event.expression)
    for found in WON_A_STATE.finditer(event.text):
        lead_in = " ".join(event.text[:found.start()].split()[-5:])
        between = event.text[found.end():at] if found.end() <= at else event.text[at:found.start()]
        if not ANOTHER_TIME.search(lead_in) and not ANOTHER_TIME.search(between):
            return True
    return False


A_WEEK = 7
A_MONTH = 31
WEEK_NAME_GAP = 4  # words between a week's date and the votes it names: "next week's New York primary"


def told_by_their_week(events: list[Event], by_key: dict) -> None:
    """"Next week's New York primary", "the Iowa caucuses last week", "last week's debate": a report
    naming an event of a day by a date of a week or less joins that event's day its dates hold, where
    they hold one only and several documents tell it (not "two contests this weekend", nor "the
    late-breaking nature of the New Hampshire primary and … polling in the week between Iowa and New
    Hampshire"), nor a day another place's votes are told of (votes_on_another_day). A week's result in
    a state ("a second-place finish in Iowa last week") joins the one day of that state's votes it holds."""
    told: dict[str, dict[str, set[str]]] = defaultdict(dict)  # event name -> its days -> their documents
    for key, found in by_key.items():
        if key[0] == "day":
            told[key[1]][key[2]] = {e.article for e in found}
    voting_places: dict[str, set[str]] = defaultdict(set)  # a day -> the places its votes are named by
    for key, found in by_key.items():
        if key[0] == "place's votes":
            for event in filter(day_precise, found):
                voting_places[event.date_start].add(key[1])
    for event in events:
        if day_precise(event) or span_days(event) > A_WEEK:
            continue
        for name, place in {("votes", n.place) if a_days_votes(n) else (n.text, "")
                            for n in names_of_its_date(event, WEEK_NAME_GAP) if not n.unique}:
            held = [day for day in told.get(name, {}) if event.date_start <= day <= event.date_end]
            if len(held) == 1 and len(told[name][held[0]]) > 1 \
                    and not votes_on_another_day(place, held[0], voting_places):
                by_key[("day", name, held[0])].append(event)
        if state := state_of_its_result(event):
            held = [day for day, places in voting_places.items()
                    if state in places and event.date_start <= day <= event.date_end]
            if len(held) == 1:
                by_key[("day", "votes", held[0])].append(event)


# A state's vote told by a candidate's result there, dated by the week it fell in: "after a
# second-place finish in Iowa last week", "after a landslide win in New York last week".
RESULT_IN_A_STATE = re.compile(rf"\b(?:finish(?:ed|es|ing)?|(?:first|second|third|fourth)-place finish|showing|"
                               rf"wins?|won|victory|loss|lost|defeat)(?:\s+(?:first|second|third|fourth|last))?"
                               rf"\s+in\s+({STATES})\s+$")


def state_of_its_result(event: Event) -> str:
    """The state whose result the sentence dates ("finishing second in Iowa a week ago"), or ""."""
    at = event.text.find(event.expression)
    found = RESULT_IN_A_STATE.search(event.text[:at]) if at > 0 else None
    return found.group(1).lower() if found else ""


def votes_on_another_day(place: str, day: str, voting_places: dict[str, set[str]]) -> bool:
    """Whether the place's votes are told on another day near this one and not on this one: "New
    Hampshire primary voters late last week" tell no day of Iowa's caucuses. (A place no day's reports
    name may vote on it: "last week's Kentucky primary", of a day told by Oregon's.)"""
    if not place or place in voting_places.get(day, ()):
        return False
    return any(place in places and abs((first_day(other) - first_day(day)).days) <= A_MONTH
               for other, places in voting_places.items())


# Words that tell a coming month's vote without naming it: "if she wins in November", "beat her at the
# polls in November", "cast a ballot in November". (Not "voters": "a poll in June showed 72 percent of voters".)
VOTE_CUE = re.compile(r"\b(?:win|wins|winning|lose|loses|losing|beat|defeat|ballots?|at the polls|"
                      r"elect|elected|re-?election)\b", re.IGNORECASE)


def a_coming_months_vote(event: Event, articles: dict[str, Article]) -> bool:
    """"If she wins in November", told in July: the vote of a month to come, told without its name."""
    one_month = len(event.date_start) == 7 and event.date_start == event.date_end
    return one_month and coming(event, articles) and told_of_its_date(event, VOTE_CUE, NAME_NEAR_DATE)


# An event a document has told, told again without its name: "what we saw yesterday", "as we saw
# yesterday", "what took place last weekend", "the events of this weekend", "today's action".
TOLD_AGAIN = re.compile(r"\b(?:what|as) (?:we|you|they|the world|everyone) (?:saw|have seen|had seen|witnessed)\b"
                        # "what the North Koreans did this week", "the provocative actions that we saw from
                        # the North Koreans last week", "the actions that have been reported over the weekend"
                        r"|\bwhat (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:did|has done|have done|had done)\b"
                        r"|\b(?:actions?|acts?|provocations?) (?:that |which )?(?:(?:we|you|the world|everyone) "
                        r"(?:saw|have seen|had seen|witnessed)|(?:have|has|had|were|was) (?:been )?(?:reported|seen))\b"
                        r"|\bwhat (?:took place|happened|occurred|transpired)\b"
                        r"|\b(?:today|yesterday)[’']s (?:action|step|move)s?\b"
                        r"|\b(?:the )?(?:events?|activity|activities) (?:of|that took place|that happened)\b",
                        re.IGNORECASE)


def told_again(events: list[Event]) -> list[list[Event]]:
    """In one document, the reports of some dates that tell an event only by pointing back at it
    ("what we saw this weekend"), with the one report of those dates that tells it otherwise
    ("military activity last weekend by the DPRK"), or with each other where there is none."""
    by_dates: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_dates[(event.article or "", event.date_start, event.date_end)].append(event)
    groups = []
    for same in by_dates.values():
        # (not a saying's words: "acknowledged Sunday that 'just as we have seen, there are frustrated people'")
        again = [e for e in same if TOLD_AGAIN.search(e.text) and not e.of_a_saying]
        others = [e for e in same if e not in again]
        if again and len(others) <= 1 and len(same) > 1:
            groups.append(same)
    return groups


# Two documents that tell something at the same dates in mostly the same words tell one event ("a
# ballistic missile defense system that was moved to Alaska in 2014", "anti-ballistic missile
# capabilities that were moved to Alaska in 2014"): a rewritten wire story, a talking point said twice.
ALIKE = 0.4  # the share of their content words the two sentences have in common
WORD = re.compile(r"[^\W_]+")


def told_alike(events: list[Event], names: dict[str, list[EventName]]) -> list[list[Event]]:
    by_dates: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        by_dates[(event.date_start, event.date_end)].append(event)
    words = {event.id: content_words(event) for event in events}
    pairs = []
    for same in by_dates.values():
        for i, first in enumerate(same):
            for other in same[i + 1:]:
                if first.article != other.article and (alike(words[first.id], words[other.id])
                                                       or mostly_told_by_the_other(first, other, words)) \
                        and same_cast(first, other) and not two_named(names[first.id], names[other.id]):
                    pairs.append([first, other])
    return pairs


def content_words(event: Event) -> set[str]:
    text = event.text.replace(event.expression, " ")
    return {w.lower().removesuffix("s") for w in WORD.findall(text) if w.lower() not in STOP_WORDS and len(w) > 2}


def alike(first: set[str], other: set[str]) -> bool:
    return bool(first) and len(first & other) >= ALIKE * len(first | other)


# Of one day, two sentences naming the same actors of which the shorter tells much in the other's words
# ("On Monday, Clinton tried to turn the tables, portraying Sanders as hypocritical …" and "On Monday,
# Hillary Clinton sought to turn the tables on Sanders, who for weeks had highlighted …"): as a share of
# the shorter's content words, and as a count.
MOSTLY = 0.4
OF_THE_LONGER = 0.3  # not a long sentence on another thing at the same place ("Jill Stein was escorted
# off the premises of Hofstra University …", and "the first of three presidential debates Monday at Hofstra")
WORDS_IN_COMMON = 5


def mostly_told_by_the_other(first: Event, other: Event, words: dict[str, set[str]]) -> bool:
    if not (day_precise(first) and first.actors and other.actors):
        return False
    ones, others = words[first.id], words[other.id]
    shared = len(ones & others)
    return shared >= WORDS_IN_COMMON and shared >= MOSTLY * min(len(ones), len(others)) \
        and shared >= OF_THE_LONGER * max(len(ones), len(others))


def same_cast(first: Event, other: Event, among: Optional[frozenset[str]] = None) -> bool:
    """The actors of one are all the other's ("North Korea fired …" and "South Korea fired …" are
    two); with `among`, only those actors count (the people of a visit, not the places)."""
    ones, others = set(first.actors), set(other.actors)
    if among is not None:
        ones, others = ones & among, others & among
    return ones <= others or others <= ones


def two_named(first: list[EventName], other: list[EventName]) -> bool:
    """"resolution 1718" and "resolution 1695" adopted in one year are two, however alike the words."""
    return bool({n.text for n in first if n.unique} ^ {n.text for n in other if n.unique})


def fuller_names_in_documents(events: list[Event], names: dict[str, list[EventName]]) -> None:
    """In one document, "the test" after "the nuclear test" is the nuclear test: a bare kind ("test",
    "launch") takes the one fuller name of that kind the document gives ("nuclear test"), where it
    gives one only."""
    fuller: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # article -> kind -> names
    for event in events:
        for name in names[event.id]:
            if not name.unique and " " in name.text:
                fuller[event.article][name.text.rsplit(" ", 1)[1]].add(name.text)
    for event in events:
        for name in list(names[event.id]):
            kinds = fuller[event.article].get(name.text, set())
            if not name.unique and len(kinds) == 1:
                names[event.id].append(replace(name, text=next(iter(kinds))))


def told_of_its_date(event: Event, kind: re.Pattern, reach: int = KIND_NEAR_DATE) -> bool:
    """Whether the sentence tells the kind of event at its date, in one clause and within `reach`
    words: "the President will host President Xi … for a bilateral meeting" on Thursday; not "the
    speech delivered by the mother … says he won't vote for Donald Trump this fall"."""
    at = event.text.find(event.expression)
    end = at + len(event.expression)
    for found in kind.finditer(event.text) if at >= 0 else ():
        between = event.text[found.end():at] if found.end() <= at else event.text[end:found.start()]
        if len(between.split()) <= reach and one_clause(between):
            return True
    return False


def persons_events(found: list[Event], people: Optional[frozenset[str]], articles: dict[str, Article],
                   with_whom: bool = True, longest: int = A_SEASON, cast: bool = True) -> list[list[Event]]:
    """One person's visits (or calls, or meetings), each told by reports whose dates hold its finest
    report's, each within `longest` days, a season by default ("last September", "last fall"; not "a
    conversation Clinton had in 2009" with her meeting of December 2009); a report whose dates hold two
    tells neither.
    The reports name the same people, or one of them some of the other's: a sentence on Senator
    McConnell's visit and one on Chelsea Clinton's, both naming Hillary Clinton, tell two visits. Not
    so (`cast` False) for what a person does once, withdraw from a race, resign or die: "Cruz is praising Jeb
    Bush, who ended his bid Saturday" and "the supporters of Mr. Kasich and Jeb Bush, who dropped out on
    Saturday" tell one.
    A report that gives less than a day tells a visit already made ("last fall"): a candidate's
    visit "this fall" or "summer visits" may be any of many. Meetings and calls `with_whom`: two that
    tell one verb done with another are two ("to meet with Sanders at the White House on Thursday",
    "Sanders also plans to meet with Reid that day": the parser may miss who the first names, not
    what it says); a visit's object is a place ("visited the White House", "visited the US").
    `people` None: all their actors are the cast (the countries a body admitted)."""
    anchors: list[list[Event]] = []
    for event in sorted(found, key=lambda e: (-len(e.date_start), span_days(e), e.date_start)):
        holding = [group for group in anchors if within(group[0], event) or within(event, group[0])]
        if len(holding) == 1 and (not cast or same_cast(holding[0][0], event, among=people)) \
                and span_days(event) <= longest and (day_precise(event) or told_as_past(event, articles)) \
                and not (with_whom and with_someone_else(event, holding[0])):
            holding[0].append(event)
        elif not holding and span_days(event) <= longest:
            anchors.append([event])
    return [group for group in anchors if len(group) > 1]


def told_as_past(event: Event, articles: dict[str, Article]) -> bool:
    """Its dates end by the day its document was published ("last fall", "the last two days")."""
    last = event.date_end + {4: "-12-31", 7: "-31"}.get(len(event.date_end), "")  # (-31: later than any day of it)
    return last <= published(event, articles)


def qualifiers(found: list[Event], name: str, names: dict[str, list[EventName]]) -> set[str]:
    return {n.qualifier for e in found for n in names[e.id] if n.text == name and n.qualifier}


PARTIES = frozenset(PARTY_NAMES.values())


def two_told_apart(told: set[str]) -> bool:
    """Whether the qualifiers name two events: two parties' debates, or two places' summits; a party's
    and a broadcaster's or a city's may be one ("Thursday's GOP debate", "Thursday's Fox News Channel
    debate in Detroit")."""
    return len(told & PARTIES) > 1 or len(told - PARTIES) > 1


def by_qualifier(found: list[Event], name: str, names: dict[str, list[EventName]]) -> list[list[Event]]:
    """The reports of each qualified event ("the California primary", "Tuesday's California
    primary"); one that qualifies it otherwise, or not at all ("the primary"), may be either."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in found:
        told = qualifiers([event], name, names)
        if len(told) == 1:
            groups[told.pop()].append(event)
    return list(groups.values())


def nested(found: list[Event]) -> bool:
    """Whether the reports' dates all hold the most precise one: "2005", "September 2005" and "19
    September 2005" may be one joint statement; "19 September" and "15 June" are two."""
    finest = max(found, key=lambda e: (len(e.date_start), e.date_start))
    return all(within(finest, other) for other in found)


def join(groups: list[list[Event]], group_of: dict[str, int], found: list[Event]) -> None:
    """Reports found to be one event join the group one of them is in already ("the Joint
    Statement of September 2005" joins the reports of 19 September 2005); where they are in two
    groups already, nothing is joined: a sentence that names two events links no two events."""
    found = list({e.id: e for e in found}.values())
    if len(found) < 2:
        return
    already = {group_of[e.id] for e in found if e.id in group_of}
    if len(already) > 1:
        return
    target = already.pop() if already else len(groups)
    if target == len(groups):
        groups.append([])
    for event in found:
        if event.id not in group_of:
            group_of[event.id] = target
            groups[target].append(event)


def close_in_time(events: list[Event]) -> list[list[Event]]:
    """Reports of one named event: the same dates, or day-precise dates within a month of each
    other (one of them is wrong); a name used for events years apart stays several events."""
    ordered = sorted(events, key=lambda e: e.date_start)
    groups: list[list[Event]] = []
    for event in ordered:
        last = groups[-1][-1] if groups else None
        # one document does not date one event twice: its reports with other dates are other events
        if last and (same_dates(last, event) or last.article != event.article
                     and both_days_within(last, event, DISAGREEMENT_DAYS)):
            groups[-1].append(event)
        else:
            groups.append([event])
    return with_coarse_reports_joined(groups)


def with_coarse_reports_joined(groups: list[list[Event]]) -> list[list[Event]]:
    """A report that dates a named event less precisely ("the first nuclear test, in 2006") joins
    the reports of it to the day, where its dates hold one such group only. (A month's or a year's
    report is no anchor: "resolution 1874 (2009), on North Korea's nuclear test last May" dates the test.)
    Where no report gives a day, a report wider than a year ("the signing of the Armistice Agreement
    … last century") joins the one year its dates hold ("the Armistice Agreement was signed in 1953")."""
    coarse = [g for g in groups if not any(day_precise(e) for e in g)]
    fine = [g for g in groups if any(day_precise(e) for e in g)]
    # (a fine group's coarse reports joined before do not count: "1994" holds no "October 1994")
    into_the_one_holding(coarse, fine, lambda anchor: [e for e in anchor if day_precise(e)])
    if not fine:
        years = [g for g in coarse if g and all(one_year(e) for e in g)]
        wider = [g for g in coarse if g and all(span_days(e) > DAYS_IN_A_YEAR for e in g)]
        into_the_one_holding(wider, years, lambda anchor: anchor)
    return [g for g in groups if g]


def into_the_one_holding(groups: list[list[Event]], anchors: list[list[Event]],
                         dated_by: Callable[[list[Event]], list[Event]]) -> None:
    """Each group moves into the one anchor group whose reports `dated_by` its first report's dates all
    hold, where there is one only (and is left empty)."""
    for group in groups:
        holding = [anchor for anchor in anchors if all(within(e, group[0]) for e in dated_by(anchor))]
        if len(holding) == 1:
            holding[0].extend(group)
            group.clear()


def one_year(event: Event) -> bool:
    return len(event.date_start) == 4 and event.date_start == event.date_end


def within(event: Event, coarser: Event) -> bool:
    """Whether `coarser` gives the event's dates, less precisely ("September 2005") or as a span
    that holds them ("these last two days")."""
    return coarser.date_start <= event.date_start[:len(coarser.date_start)] and \
        event.date_end[:len(coarser.date_end)] <= coarser.date_end


def same_dates(a: Event, b: Event) -> bool:
    return (a.date_start, a.date_end) == (b.date_start, b.date_end)


def both_days_within(a: Event, b: Event, days: int) -> bool:
    if not (day_precise(a) and day_precise(b)):
        return False
    return abs((dt.date.fromisoformat(a.date_start) - dt.date.fromisoformat(b.date_start)).days) <= days


# A curated entry's text may name other events with their own dates ("Resolution 1718, after the
# first nuclear test of 9 October 2006"): those are not the entry's event.
DATED_NAME = re.compile(r"^\s*(?:of|on|in)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b)", re.IGNORECASE)


def own_names(entry: Event) -> list[EventName]:
    """The events a curated entry's text names as its own: "Joint Statement of the Fourth Round",
    not "the nuclear test of 25 May 2009" it follows."""
    names = []
    for name, _, end in named_events(entry.text):
        if not DATED_NAME.match(entry.text[end:]):
            names.append(name)
            if kind := kind_of_ordinal(name):
                names.append(kind)  # "the February 12 nuclear test" is the third
            if name.text.endswith((" test", " launch")):
                names.append(EventName(name.text.split()[-1], False))  # "the test that we saw two days ago"
            if name.text.startswith("resolution ") and day_precise(entry):
                names.append(EventName("vote", False))  # a resolution's date is the day of its vote
            if name.text in ACCORDS:
                names.append(EventName("accord", False))
            if " round of " in f" {name.text} " and name.text.endswith("talks"):
                names.append(EventName("talks", False))  # "the six-party talks held in Beijing last month"
    # a curated timeline of talks calls a round by its ordinal alone: "Fourth round, in two sessions"
    names += [EventName(f"{m.group(1).lower()} round", True) for m in ROUND_ALONE.finditer(entry.text)]
    return list(dict.fromkeys(names))


def merge_into_curated(events: list[Event], reports: dict[str, Event],
                       spoken_of: Optional[dict[str, set[str]]] = None) -> tuple[list[Event], list[Event]]:
    """The documents' entry for an event a curated entry stands for joins it: the curated entry
    keeps its date and source and lists the documents' reports under it. An entry joins the
    curated entry of the same name at compatible dates (dates_fit), the narrowest one if several
    are, or the one entry at its dates of the curated timelines whose subjects it speaks of
    (`spoken_of`: entry id -> timeline ids; by default, its own timeline's). Returns the events
    kept and the entries joined to curated ones."""
    curated = [(e, own_names(e)) for e in events if not e.article]
    joined: dict[str, Event] = {}
    for entry in (e for e in events if e.article):
        timelines = (spoken_of or {}).get(entry.id) or {entry.timeline} - {None}
        names = entry_names_for_curated(entry, reports)
        named = [(c, [n for n in own if n.text in names]) for c, own in curated]
        fits = sorted((c for c, shared in named if stands_for(c, shared, entry)), key=span_days)
        if any(straddles(c, entry) and any(n.unique for n in shared) for c, shared in named):
            continue  # "the fourth round … resumed last week": a week partly in the round, holding its statement
        if fits and (len(fits) == 1 or span_days(fits[0]) < span_days(fits[1])):
            joined[entry.id] = fits[0]
        elif (alone := the_one_of_its_timelines_at_its_dates(entry, named, timelines)) is not None:
            joined[entry.id] = alone
        elif (pointed := the_one_pointed_back_at(entry, [c for c, _ in curated])) is not None:
            joined[entry.id] = pointed
    for entry in (e for e in events if e.id in joined):
        take_in(joined[entry.id], entry)
    for event in events:
        event.supporting = [i for i in event.supporting if i not in joined]
    return [e for e in events if e.id not in joined], [e for e in events if e.id in joined]


def straddles(curated: Event, entry: Event) -> bool:
    """Whether the entry's dates are partly the curated entry's: the event may be in it or not."""
    return (spans_overlap(curated.date_start, curated.date_end, entry.date_start, entry.date_end)
            and not (within(curated, entry) or within(entry, curated)))


def the_one_of_its_timelines_at_its_dates(entry: Event, named: list[tuple[Event, list[EventName]]],
                                         timelines: set[str]) -> Optional[Event]:
    """"A very strong set of sanctions last year" (2009), "the fourth round … resumed last week": an
    entry that speaks of curated timelines' subjects, at dates that hold one entry of them and no
    other (or lie within one of a season at most: not within a round of talks that went on for a
    year and more), reports that entry. "The sanctions regime has not prevented it from launching a
    long-range rocket", told the day after the launch, speaks of sanctions and of weapons tests: of
    those two timelines, only the launch is at its dates. Where its dates hold several, the one of
    the kind its words tell (`named`: each curated entry with the names the entry shares with it):
    "the commitments that they made in the six-party process, in particular in 2005" is the Joint
    Statement, not the round of talks. Dates of more than a year tell no one event."""
    if not timelines or span_days(entry) > DAYS_IN_A_YEAR:
        return None
    own = [(c, shared) for c, shared in named if c.timeline in timelines
           and (within(c, entry) or within(entry, c) and (span_days(c) <= A_SEASON or a_round_of_it(entry, c)))]
    if len(own) == 1:
        return own[0][0]
    of_its_kind = [c for c, shared in own if shared and within(c, entry)]
    return of_its_kind[0] if len(of_its_kind) == 1 else None


def a_round_of_it(entry: Event, curated: Event) -> bool:
    """"The six-party talks, the latest round of which took place last week in Beijing": an entry that
    tells a round, within a curated round ("Sixth round, in two sessions"), however long, tells it."""
    return bool(A_ROUND.search(entry.text)) and bool(CURATED_ROUND.match(curated.text))


def the_one_pointed_back_at(entry: Event, curated: list[Event]) -> Optional[Event]:
    """"What the North Koreans did this week", "the provocative actions that we saw from the North
    Koreans last week", "today's actions": an act told only by pointing back at it, within a week that
    holds one curated entry (of its actors, where it names some), is that entry's event: not "that's
    what the Russians did yesterday"."""
    if not TOLD_AGAIN.search(entry.text) or entry.of_a_saying or span_days(entry) > DAYS_IN_A_WEEK:
        return None
    at_its_dates = [c for c in curated if spans_overlap(c.date_start, c.date_end, entry.date_start, entry.date_end)]
    if len(at_its_dates) != 1:
        return None
    the_one = at_its_dates[0]
    # (its doer may be named where no actor was resolved: "the provocative actions that we saw from the North Koreans")
    named = any(actor.replace("-", " ") in entry.text.lower() for actor in the_one.actors)
    return the_one if named or shares_an_actor(the_one, entry) else None


def entry_names_for_curated(entry: Event, reports: dict[str, Event]) -> set[str]:
    """The names an entry and its reports give its event, with the kinds its words tell ("a
    vote", "an accord", "the talks") and a round of talks by its ordinal ("the fourth round")."""
    names = {n.text for r in [entry, *(reports[i] for i in entry.also_reported if i in reports)]
             for n in names_of_its_date(r)}
    names |= {kind for kind, words in KIND_WORDS.items() if words.search(entry.text)}
    return names | {f"{m.group(1)} round" for m in map(ROUND_OF_TALKS.match, list(names)) if m}


def stands_for(curated: Event, shared: list[EventName], entry: Event) -> bool:
    """Whether a curated entry stands for the entry's event, by the names they share."""
    return (any(dates_fit(n, curated, entry) for n in shared)
            and (shares_an_actor(curated, entry) or all(n.unique for n in shared))
            and (entry.timeline == curated.timeline or not any(on_its_timeline_only(n) for n in shared)))


def take_in(curated: Event, entry: Event) -> None:
    curated.also_reported += [entry.id, *entry.also_reported]
    for date, ids in entry.other_dates.items():
        curated.other_dates.setdefault(date, []).extend(ids)
    if disagree_on_dates(curated, entry):
        curated.other_dates.setdefault(interval(entry), []).append(entry.id)


def disagree_on_dates(entry: Event, report: Event) -> bool:
    """Dates that cannot both be right: they share no day. ("The weekend" of 23-24 May and a test of
    24-25 May, a day in Washington and the next in Korea, agree.)"""
    return not spans_overlap(entry.date_start, entry.date_end, report.date_start, report.date_end)


def interval(event: Event) -> str:
    """Its dates as one ISO 8601 date or interval: "2009-05-23", "2009-05-23/2009-05-24"."""
    return event.date_start if event.date_start == event.date_end else f"{event.date_start}/{event.date_end}"


# A vote or an accord told by what it did or by a common noun ("the sanctions were passed by the
# Security Council a couple of hours ago", "the resolution that resolved today", "the September 2005
# agreement", "the obligations it entered into in September of 2005"): it joins a curated resolution
# or accord of that day or month, with an actor of it where it names one (shares_an_actor).
KIND_WORDS = {
    "vote": re.compile(r"\b(?:adopt(?:ed|ion)|approved|passed|unanimously|resolution|vot(?:e|ed|ing) in favou?r)\b",
                       re.IGNORECASE),
    # (also by what it binds to: "the obligations that it entered into in September of 2005"; not "our
    # commitment to non-proliferation")
    "accord": re.compile(r"\b(?:agreements?|accords?|joint statement|joint declaration|declaration|statement|"
                         r"commitments|obligations)\b", re.IGNORECASE),
    # a round of talks called "the talks": only by an entry on the same curated timeline (its subject's words)
    "talks": re.compile(r"\btalks\b", re.IGNORECASE),
}
ACCORDS = {"joint statement", "joint declaration", "agreement", "declaration"}


ROUND_ALONE = re.compile(rf"\b({ORDINALS}) round\b(?! of)", re.IGNORECASE)
ROUND_OF_TALKS = re.compile(rf"^({ORDINALS}) round of .*talks$")
A_ROUND = re.compile(r"\brounds?\b(?! of (?:sanctions|voting|votes|ballots|layoffs|strikes|applause))", re.IGNORECASE)
CURATED_ROUND = re.compile(rf"^(?:{ORDINALS}) round\b(?! of (?:sanctions|voting))", re.IGNORECASE)


def on_its_timeline_only(name: EventName) -> bool:
    """Names that mean the curated event only on its subject: "the talks", "the fourth round"."""
    return name.text == "talks" or name.text.endswith(" round")


def shares_an_actor(curated: Event, entry: Event) -> bool:
    """A name that does not tell one event apart ("a vote") needs the same actors too, where both
    name some: the Security Council's vote, not Congress's on the same day."""
    return not curated.actors or not entry.actors or bool(set(curated.actors) & {
        country for actor in entry.actors for country in (actor, country_of_its_people(actor))})


def country_of_its_people(actor: str) -> str:
    """"north-koreans" -> "north-korea": in a government's briefing "the North Koreans" are the state."""
    return actor.removesuffix("ns") if actor.endswith("ans") else actor


def dates_fit(name: EventName, curated: Event, entry: Event) -> bool:
    """A name that tells one event apart (an ordinal, a number, a proper name) may date it less
    precisely or within the curated span; another ("an agreement") must give the curated day or
    the month holding it (for an event a month holds one of, also the year)."""
    if name.unique:  # (a day apart from the curated one is another event the sentence names: the test, not the resolution)
        return within(curated, entry) or within(entry, curated)
    if not in_one_month(curated):
        return False
    if span_days(curated) <= DAYS_OF_ONE_MOMENT and within(entry, curated):
        return True  # "the February 12 nuclear test", a test of 11 February in Washington
    # a curated day is the one such event of its month ("an agreement was concluded in February 2007")
    return within(curated, entry) and (in_one_month(entry) or name.text in RARE_EVENTS)


def note_disagreeing_counts(events: list[Event], reports: dict[str, Event]) -> None:
    """An entry whose reports say the same thing with another count ("North Korea has launched a
    total of 21 ballistic missiles this year", "… has fired 22 ballistic missiles this year") says
    so: `other_counts` holds what each report gives. Reports told otherwise count other things
    ("15 states will vote on Super Tuesday", "Sanders won two states on Super Tuesday")."""
    for event in events:
        if event.also_reported:
            told = [event, *(reports[i] for i in event.also_reported if i in reports)]
            for same_words in told_alike_among(told):
                for noun, phrases in disagreeing_counts((report.id, report.counts) for report in same_words).items():
                    event.other_counts.setdefault(noun, {}).update(phrases)


def told_alike_among(told: list[Event]) -> list[list[Event]]:
    """The reports of one entry in groups that say the same thing of the same actors in mostly the
    same words ("11 states hold contests on Super Tuesday" and "Cruz captured two states during the
    contests known as Super Tuesday" count other things)."""
    words = {report.id: content_words(report) for report in told}
    groups: list[list[Event]] = []
    for report in told:
        group = next((g for g in groups if any(alike(words[report.id], words[o.id]) and report.actors
                                               and set(report.actors) == set(o.actors) for o in g)), None)
        if group is None:
            groups.append([report])
        else:
            group.append(report)
    return [g for g in groups if len(g) > 1]


def span_days(event: Event) -> int:
    """How many days an event's dates cover: "2005" 365, "19 September 2005" 1."""
    start, end = first_day(event.date_start), first_day(event.date_end)
    last_day = {4: 365, 7: 31}.get(len(event.date_end), 1)
    return (end - start).days + last_day
