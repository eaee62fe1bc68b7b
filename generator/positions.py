"""Stage 4c: positions. Where each actor stands on the briefing's policy topics (sanctions,
dialogue, denuclearization …), read from the words of its statements and quotations, each claim
with the sentence that makes it and a link to its paragraph.

A stance is given only where the words make it plain: a cue ("called for", "rejected",
"unacceptable", "only if") close to a word of the topic, in one sentence, and no other cue of the
other side in that sentence's reach. Everything else is evidence without a label: the reader sees
the sentence and judges. A statement that says both (supports sanctions in one sentence,
opposes them in the next) is left unlabelled too. Precision over coverage: a wrong label on a
government's position is worse than none (measured on tests/data/stance).

An actor's position on a topic gathers its own statements and quotations; a country's also those
of the people who spoke for it (a minister, a spokesperson, an ambassador: their roles). Where the
labelled statements change side over the years, the position says so, with the last statement of
the old stance and the first of the new.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .model import KnowledgeBase
from .slugs import slug

SUPPORTS, OPPOSES, CONDITIONAL = "supports", "opposes", "conditional"
CHANGE_RUN = 2  # statements running of a stance, before and after, to call it a change


def words(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern})\b")


# Cues that take the topic as their object, before it: "called for sanctions", "condemned the tests".
SUPPORTS_BEFORE = words(
    r"supports?|supported|supporting|support for|backed|welcomes?|welcomed|endorses?|endorsed|"
    r"favou?rs?|favou?red|calls? for|called for|calling for|urges?|urged|urging|advocates?|advocated|"
    r"committed to|commitment to|ready to (?:resume|return to|hold|engage in)|resume|resuming|resumption of|"
    r"return to|returning to|revive|reviving|insists? on|insisted on|"
    r"(?:must|should|shall|will|to|we|us) (?:fully |strictly |effectively )?(?:implement|enforce)|"
    r"tighten|tightening|strengthen|strengthening|the only way is|no alternative to|"
    r"need for|needs for|necessity of|necessity for|importance of|"
    r"(?:choose|chooses|chose|choosing|take|takes|took|taking|follow|follows|return to) the (?:path|road|way|route) of|"
    r"achieve|achieving|realize|realizing|realise|realising|"
    r"provide|provides|provided|providing|deliver|delivering|delivered|"
    r"(?:full|strict|effective|faithful|rigorous|thorough) (?:implementation|enforcement) of|"
    r"in favou?r of|appreciates?|appreciated|commends?|commended|applauds?|applauded|praises?|praised|hails?|hailed|"
    r"promote|promotes|promoting|"
    # a goal named: "our goal is the denuclearization of", "committed to the goal of", "a step towards"
    # (not "the goal of the six-party talks": the talks' own goal)
    r"(?:goal|aim|objective)(?:,? which)? (?:is|remains)|(?:committed to|commitment to|pursue|pursuing|share|shares|"
    r"shared) the (?:ultimate |common |shared )?(?:goal|aim|objective) of|(?:step|steps|move|moving|progress) towards?|"
    r"(?:path|road) (?:to|towards?)|realization of|realisation of|achievement of|aimed at|aiming at|"
    # the speaker's own hope: "we hope that the negotiations will …", "I look forward to the resumption of"
    r"(?:we|i) (?:sincerely |earnestly |strongly )?(?:hope|wish|look forward to)(?: that)?|"
    # a readiness or a resolve to act: "ready to impose sanctions", "will impose further sanctions"
    r"(?:ready|prepared|willing|determined) to (?:impose|adopt|tighten)|(?:will|shall|must|should) (?:impose|adopt)")
OPPOSES_BEFORE = words(
    r"rejects?|rejected|rejecting|opposes?|opposed to|opposing|opposition to|condemns?|condemned|"
    r"condemning|condemnation of|denounces?|denounced|deplores?|deplored|protests? against|"
    r"stop|stopping|halt|halting|cease|ceasing|refrain from|end|ending|an end to|abandons?|abandoned|abandoning|"
    r"forgo|forgoes|forgoing|give up|gives up|giving up|dismantle|dismantles|dismantling|renounce|renounces|"
    r"renouncing|scrap|scraps|scrapping|"
    r"lift|lifting|ease|easing|relief from|remove|removing|removal of|"
    r"will never accept|never accept|will not accept|will not tolerate|"
    r"refuses?|refused|refusing|warns? against|warned against|warning against|cautioned against|"
    r"(?:am|is|are|was|were|remains?|stands?|firmly|strongly|resolutely|categorically) against|"
    # words that judge the topic before it: "the unjust sanctions", "illegal nuclear tests" (not "harsh",
    # which a government imposing sanctions says of its own)
    r"unjust|unfair|illegal|illegitimate|unlawful|so-called|heinous|barbaric|cruel|inhumane|brutal|draconian")
# Cues that say something of the topic, after it: "the test is unacceptable", "sanctions must be enforced".
LINKING = r"(?:is|are|was|were|be|been|remains?|remained|constitutes?|constituted|represents?|represented|" \
          r"must be|should be|will be|would be|has been|have been|had been)"
SHOULD_BE = r"(?:must|should|shall|need to|needs to|has to|have to|will have to|ought to) (?:be|remain)"  # not "are implemented"
# "the talks should restart", "dialogue must continue": the topic itself to go on
SHOULD_GO_ON = r"(?:must|should|shall|need to|needs to|has to|have to|ought to) (?:soon |quickly |urgently )?" \
               r"(?:restart|resume|reconvene|continue|go on|be restarted|be reconvened|be revived|be continued)"
SUPPORTS_AFTER = words(
    rf"{SHOULD_BE} (?:fully |strictly |effectively |faithfully |rigorously |urgently |immediately )?"
    rf"(?:implemented|enforced|maintained|strengthened|tightened|resumed|respected|pursued|observed|honou?red|upheld|"
    rf"in place)|{SHOULD_GO_ON}|"
    rf"{LINKING} (?:also |still |clearly |urgently |absolutely )?(?:the only (?:[\w-]+ (?:and [\w-]+ )?)?"
    rf"(?:way|path|option|solution|means)|(?:the|our|an?) (?:ultimate |common |shared |final )?(?:goal|objective|aim)|"
    rf"the (?:right|best) (?:way|path)|essential|indispensable|necessary|required|needed|the way forward|"
    # "nuclear testing is the strict sovereign right of every State", "a legitimate defensive measure"
    rf"(?:a |an |the |our )?(?:(?:strict|legitimate|sovereign|inalienable|justified|defensive|self-defensive) )+"
    rf"(?:rights?|measures?|countermeasures?|steps?|actions?)|"
    rf"(?:an? |the )?(?:effective|important|useful|valuable|realistic|practical|"
    rf"best) (?:mechanism|platform|framework|way|means|tool|forum|path))|(?:{LINKING}|{SHOULD_BE}) on the table")
OPPOSES_AFTER = words(
    r"(?:cannot|can not|can't|will not|won't|must not|should not|shall not) be (?:tolerated|accepted|condoned)|"
    rf"{LINKING} (?:a |an |the )?(?:clear |serious |flagrant |grave |direct |blatant |gross |completely |totally |"
    rf"absolutely )?(?:unacceptable|illegal|illegitimate|unlawful|violations?|provocations?|provocative|reckless|"
    rf"futile|counterproductive|counter-productive|a threat|threats?|wrong|a mistake|useless|doomed)|"
    rf"(?:is|are|was|were) not (?:the )?(?:answer|solution|way)|"
    rf"(?:has |have |had )?(?:all )?(?:failed|come to nought|come to nothing|came to nought|came to nothing|"
    rf"proved (?:futile|fruitless|useless)|led nowhere|gone nowhere)")
# A verb that judges the topic, right after it as its subject: "such nuclear tests violate resolution
# 2270" (not "Iran will face sanctions if it violates …": the topic is not what violates)
OPPOSES_RIGHT_AFTER = words(
    r"(?:clearly |flagrantly |seriously |directly )?(?:violates?|violated|breach(?:es|ed)|undermines?|undermined|"
    r"jeopardi[sz]es?|jeopardi[sz]ed|destabili[sz]es?|destabili[sz]ed)")
# "not dialogue, but pressure": the topic denied in favour of something else
NOT_THE_TOPIC = re.compile(r"\bnot\b")
BUT = re.compile(r",?\s*but\b")
QUOTE_MARKS = re.compile(r"[“”\"]")  # "was “completely unacceptable”": the speaker's words are still a predicate
# A condition on the topic, either side of it: "talks only if", "unless … the sanctions".
CONDITIONAL_CUES = words(r"only if|only when|only after|if and when|unless|as long as|provided that|on condition that|"
                         r"on the condition that|preconditions?")
IF_THE_TOPIC = re.compile(r"\bif\b")  # "if the talks are to be resumed, …": a condition, right before the topic
IF_REACH = 3
# A sentence that opens on a condition: what its main clause supports, it supports on that condition.
OPENING_CONDITION = re.compile(r"(?:and |but |so )?(?:if|unless|should (?:they|it|he|she)) [^,;]{3,120},")
# Cues that name their own topic: "through dialogue", "a peaceful solution".
SUPPORTS_OWN_TOPIC = words(r"through (?:dialogue|negotiations?|talks|diplomacy|the (?:[\w-]+ )?talks)|"
                           r"by (?:dialogue|negotiations?|peaceful means)|"
                           r"peaceful (?:solution|resolution|settlement|means)|diplomatic (?:solution|resolution)")

# Words that may stand between a cue and the topic it governs: "called for the full implementation
# of the new UN sanctions". Anything else (another noun, a verb) ends the cue's reach.
FILLERS = set("""the a an all any its their his her our this that these those such another further new more
fresh full fully strict strictly effective effectively tough tougher strong stronger harsh harsher international
un u.n. security council economic financial unilateral multilateral existing current latest recent its of on to
nuclear missile ballistic implementation enforcement resumption early immediate immediately complete completely
verifiable irreversible peaceful additional renewed direct and comprehensive sectoral targeted
continuation resolution resolutions adoption passage imposition application
unconditional unconditionally swiftly soon quickly promptly
intercontinental underground satellite rocket""".split())  # and any hyphened modifier: "six-party", "long-range"
REACH = 6  # words between a cue and its topic, at most
RIGHT_AFTER_REACH = 2  # words of the topic itself before its verb: "ballistic missile [launches] violate"
CLAUSE_OPENERS = {"if", "when", "that", "which", "who", "because", "unless", "as", "it", "they", "and", "or"}
CONDITION_REACH = 8
NEGATION = re.compile(r"\b(not|never|no|n't|cannot|nor|without)\b")
# An end that someone seeks is their aim, not the speaker's stance: "in order to secure the lifting
# of sanctions, North Korea should …" does not oppose the sanctions.
SOUGHT = re.compile(r"\b(?:secure|securing|obtain|obtaining|win|winning|seek|seeks|seeking|get|getting)\b")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])")
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass
class StanceEvidence:
    """One statement or quotation on a topic, with the stance its words make plain, if any."""

    topic: str
    kind: str  # "statement" or "quote"
    id: str  # the statement's or the quotation's id
    article: str
    paragraph: Optional[int]
    date: Optional[str]  # the document's, ISO
    speaker: Optional[str]  # Actor.id
    sentence: str  # the sentence that decided the stance, or the first on the topic
    stance: Optional[str] = None
    cue: str = ""


@dataclass
class Position:
    actor: str  # Actor.id
    topic: str
    evidence: list[StanceEvidence] = field(default_factory=list)  # newest first

    @property
    def labelled(self) -> list[StanceEvidence]:
        return [e for e in self.evidence if e.stance]

    @property
    def counts(self) -> Counter:
        return Counter(e.stance for e in self.labelled)

    @property
    def stance(self) -> Optional[str]:
        """The latest labelled stance: where the actor stands now, as far as the documents say."""
        return self.labelled[0].stance if self.labelled else None

    @property
    def change(self) -> Optional[tuple[StanceEvidence, StanceEvidence]]:
        """(the last statement of the old stance, the first of the current one), where the
        actor held the old stance at least twice running and the current one either twice
        running or, said once, in a later year: one odd statement between two of the same
        stance is not a change of mind."""
        runs: list[list[StanceEvidence]] = []
        for evidence in reversed([e for e in self.labelled if e.date]):  # oldest first
            if runs and runs[-1][0].stance == evidence.stance:
                runs[-1].append(evidence)
            else:
                runs.append([evidence])
        if len(runs) < 2 or len(runs[-2]) < CHANGE_RUN:
            return None
        before, after = runs[-2][-1], runs[-1][0]
        if len(runs[-1]) >= CHANGE_RUN or (after.date or "")[:4] > (before.date or "")[:4]:
            return before, after
        return None


@dataclass(frozen=True)
class Subject:
    """What the briefing is about, and what it is not (briefing.yml's `subject` and `elsewhere`): a
    sentence that names another subject and not the briefing's ("the dispute over Iran's nuclear
    programme should be resolved through dialogue") tells no stance on the briefing's topics."""

    names: Optional[re.Pattern] = None  # the words of the briefing's subject
    others: Optional[re.Pattern] = None  # the names of other subjects

    def elsewhere(self, lowered: str) -> bool:
        return bool(self.others and self.others.search(lowered) and not (self.names and self.names.search(lowered)))


def briefing_subject(topics: dict[str, list[str]], subject: Optional[str], elsewhere: list[str]) -> Subject:
    """The briefing's Subject: the words of its `subject` topic, and the names `elsewhere`."""
    names = topic_patterns({"subject": topics.get(subject or "", [])}).get("subject")
    others = topic_patterns({"elsewhere": elsewhere}).get("elsewhere")
    return Subject(names, others)


def topic_patterns(topics: dict[str, list[str]]) -> dict[str, re.Pattern]:
    """One pattern a topic: any of its words at the start of a word, in lower case."""
    return {topic: re.compile("|".join(rf"\b{re.escape(w.lower())}" for w in words))
            for topic, words in topics.items() if words}


def topic_anchor(topic: str) -> str:
    """A topic's anchor on a page of positions: a slug, [a-z0-9-] only."""
    return slug(topic, "topic")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def sentence_stance(sentence: str, topic: re.Pattern) -> tuple[Optional[str], str]:
    """(stance, cue) of one sentence toward a topic, or (None, "") when its words do not make it
    plain: no cue governs a word of the topic, or cues of both sides do."""
    sentence = QUOTE_MARKS.sub("", sentence)
    lowered = sentence.lower()
    topic_spans = [(m.start(), word_end(lowered, m.start())) for m in topic.finditer(lowered)]
    if not topic_spans:
        return None, ""
    found: dict[str, re.Match] = {}  # each stance's first cue
    for stance, pattern, side in ((SUPPORTS, SUPPORTS_BEFORE, "before"), (OPPOSES, OPPOSES_BEFORE, "before"),
                                  (SUPPORTS, SUPPORTS_AFTER, "after"), (OPPOSES, OPPOSES_AFTER, "after"),
                                  (OPPOSES, OPPOSES_RIGHT_AFTER, "right after"),
                                  (CONDITIONAL, CONDITIONAL_CUES, "near"), (CONDITIONAL, IF_THE_TOPIC, "if"),
                                  (OPPOSES, NOT_THE_TOPIC, "not … but"),
                                  (SUPPORTS, SUPPORTS_OWN_TOPIC, "own")):
        for match in pattern.finditer(lowered):
            if not governs(lowered, match, topic_spans, side):
                continue
            said = negated(lowered, match.start(), stance)
            if said and (reported(lowered, match.start())
                         or side == "own" and an_account_of_the_past(lowered, match.start())):
                said = None
            if said is None:
                return None, ""  # "not against", "never without": too subtle to call
            found.setdefault(said, match)

    def cue(stance: str) -> str:
        return sentence[found[stance].start():found[stance].end()]

    if CONDITIONAL in found and OPPOSES in found and found[OPPOSES].start() > found[CONDITIONAL].start():
        # what the condition asks to end is opposed: "unless North Korea forgoes its nuclear programme"
        return OPPOSES, cue(OPPOSES)
    if CONDITIONAL in found:
        return CONDITIONAL, cue(CONDITIONAL)
    if set(found) == {SUPPORTS} and (condition := OPENING_CONDITION.match(lowered)) \
            and found[SUPPORTS].start() >= condition.end():
        # "If they continue their provocations, we could tighten sanctions": support on a condition
        return CONDITIONAL, sentence[:condition.end()].rstrip(", ")
    if len(found) == 1:
        stance = next(iter(found))
        return stance, cue(stance)
    return None, ""


def word_end(text: str, start: int) -> int:
    match = WORD.match(text, start)
    return match.end() if match else start + 1


def governs(lowered: str, cue: re.Match, topic_spans: list[tuple[int, int]], side: str) -> bool:
    """Whether the cue speaks of a word of the topic: right before it with only fillers between
    ("before"), right after it past its words ("after"; "right after", as the verb the topic is
    the subject of), near it ("near"; "if" a few words before it), or inside it ("own")."""
    for start, end in topic_spans:
        if side == "own":
            if cue.start() <= start < cue.end():
                return True
        elif side == "before" and cue.end() <= start:
            between = WORD.findall(lowered[cue.end():start])
            if len(between) <= REACH and all(w in FILLERS or possessive(w) or "-" in w for w in between):
                return True
        elif side == "after" and end <= cue.start():
            between = WORD.findall(lowered[end:cue.start()])
            if len(between) <= REACH and "," not in lowered[end:cue.start()]:
                return True
        elif side == "if" and cue.end() <= start:
            if len(WORD.findall(lowered[cue.end():start])) <= IF_REACH:
                return True
        elif side == "right after" and end <= cue.start():
            between = WORD.findall(lowered[end:cue.start()])  # the rest of the topic's words: "nuclear [tests]"
            if len(between) <= RIGHT_AFTER_REACH and "," not in lowered[end:cue.start()] \
                    and not CLAUSE_OPENERS.intersection(between):
                return True
        elif side == "not … but" and cue.end() <= start:
            if not WORD.findall(lowered[cue.end():start]) and BUT.match(lowered, end):
                return True
        elif side == "near":
            gap = lowered[cue.end():start] if cue.end() <= start else lowered[end:cue.start()]
            if len(WORD.findall(gap)) <= CONDITION_REACH:
                return True
    return False


def possessive(word: str) -> bool:
    """"Pyongyang's", "Korea’s": the owner of what the cue governs."""
    return word.endswith(("'s", "’s"))


# Words before a cue that make it no stance of the speaker's: "no decisions at this point to provide
# food aid" (a denial far from its verb), "opposition to it is tantamount to rejecting denuclearization"
# (an equation, not a rejection)
NOT_DECIDED = re.compile(r"\bno\s+(?:\S+\s+){1,5}to\s*$")
EQUATED = re.compile(r"\b(?:tantamount|amounts?|amounting|equivalent) to\s*$")
# A way told as the past ("we tried to resolve the problem through dialogue, but …", "the international
# community continued its efforts … through the Six-Party Talks"): an account, often of a failure
TOLD_AS_PAST = re.compile(r"\b(?:tried|attempted|chose|continued|sought|pursued|was|were)\b[^,;:.]*$")


def an_account_of_the_past(lowered: str, start: int) -> bool:
    return bool(TOLD_AS_PAST.search(lowered[max(0, start - 120):start]))


def negated(lowered: str, start: int, stance: str) -> Optional[str]:
    """The stance a cue gives after the words just before it: "do not support" opposes, talks
    "without preconditions" are supported; a negated opposing cue ("not against") is too subtle
    to call (None), and so is an opposing cue someone seeks ("to secure the lifting of")."""
    before = WORD.findall(lowered[:start])[-3:]
    if stance == OPPOSES and any(SOUGHT.fullmatch(w) for w in before):
        return None
    if NOT_DECIDED.search(lowered[:start]) or EQUATED.search(lowered[:start]):
        return None
    if not any(NEGATION.fullmatch(w) or w.endswith("n't") for w in before):
        return stance
    return {SUPPORTS: OPPOSES, CONDITIONAL: SUPPORTS}.get(stance)


# (not "believes that", "insists that": a country's speaker says them of it: "China believes that …")
REPORTED = re.compile(r"\b(?:says|said|saying|claims?|claimed|claiming|argues|argued|arguing|the notion|the idea|"
                      r"the view|stipulat(?:es|ed|ing)|(?<!united )stat(?:es|ed|ing)) that\b")  # not "the United States that"
OWN_VOICE = {"i", "we", "us", "our", "my", "me"}


def reported(lowered: str, start: int) -> bool:
    """Whether the cue is in another's words the speaker reports ("a statement from Kim saying
    that North Korea was prepared to move towards six-party talks"), not the speaker's own ("we
    have said that")."""
    said = list(REPORTED.finditer(lowered, 0, start))
    if not said:
        return False
    before = WORD.findall(lowered[:said[-1].start()])[-3:]
    return not OWN_VOICE.intersection(before)


def unit_stance(text: str, topic: re.Pattern, subject: Subject = Subject()) -> tuple[Optional[str], str, str]:
    """(stance, cue, sentence) of a statement or quotation toward a topic: the sentences on the
    topic (and on the briefing's `subject`) must agree; the sentence shown is the deciding one, or
    the first on the topic."""
    on_topic = [s for s in sentences(text) if topic.search(s.lower())]
    said = [(stance, cue, s) for s in on_topic if not subject.elsewhere(s.lower())
            for stance, cue in [sentence_stance(s, topic)] if stance]
    if said and len({stance for stance, _, _ in said}) == 1:
        return said[0]
    return None, "", on_topic[0] if on_topic else ""


def spokespeople(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Actor id -> the ids of those who spoke for it: people whose roles are all with it. One
    whose roles name two bodies (a role misread: "the South Korean President" given to Japan)
    speaks for neither; a speech still speaks for the body its front matter names."""
    found: dict[str, set[str]] = defaultdict(set)
    for actor in kb.actors:
        bodies = {role.affiliation for role in actor.roles if role.affiliation and role.affiliation != actor.id}
        if len(bodies) == 1:
            found[bodies.pop()].add(actor.id)
    return found


def find_positions(kb: KnowledgeBase, topics: dict[str, list[str]], subject: Subject = Subject()) -> list[Position]:
    """Every actor's position on every topic it speaks of; an actor's evidence newest first."""
    patterns = topic_patterns(topics)
    dates = {a.id: a.date_prefix for a in kb.articles}  # "2017-09" for a statement of one of several days
    evidence: dict[tuple[str, str], list[StanceEvidence]] = defaultdict(list)
    seen: set[tuple[str, str, str, str]] = set()  # a sentence with two quotations in it is one piece of evidence
    speaking_for = spokespeople(kb)
    for kind, unit_id, article, paragraph, speaker, affiliation, text in said_units(kb):
        owners = {speaker, affiliation} - {None}
        owners |= {body for body, people in speaking_for.items() if speaker in people}
        if not owners:
            continue
        for topic, pattern in patterns.items():
            if not pattern.search(text.lower()):
                continue
            stance, cue, sentence = unit_stance(text, pattern, subject)
            found = StanceEvidence(topic, kind, unit_id, article, paragraph, dates.get(article), speaker,
                                   sentence, stance, cue)
            for owner in owners:
                if (owner, topic, article, sentence) not in seen:
                    seen.add((owner, topic, article, sentence))
                    evidence[(owner, topic)].append(found)
    positions = []
    for (actor, topic), found in evidence.items():
        found.sort(key=lambda e: (e.date or "", e.article, e.paragraph or 0), reverse=True)
        positions.append(Position(actor, topic, found))
    order = {topic: n for n, topic in enumerate(patterns)}
    return sorted(positions, key=lambda p: (p.actor, order[p.topic]))


def said_units(kb: KnowledgeBase) -> Iterable[tuple]:
    """(kind, id, article, paragraph, speaker, affiliation, text) of every statement and every
    quotation with a speaker. A quotation is read in its sentence: the verb that reports it
    ("rejected", "called for") is the writer's word for the speaker's stance."""
    for st in kb.statements:
        yield "statement", st.id, st.article, st.paragraph, st.speaker, st.affiliation, st.text
    for quote in kb.quotes:
        if quote.speaker:
            yield "quote", quote.id, quote.article, quote.paragraph, quote.speaker, None, quote.sentence or quote.text
