"""Reported speech: "X said (that) …", "according to X", "X called on Y to …", "his claim that …".

The words reported, with their speaker and cue, read off the parse: the clause a verb of saying
governs, the object of a speech act ("denounced the deal"), the clause a speech noun carries, the
rest of a sentence around a parenthetical cue (", he said,"), with what the writer adds (asides,
datelines, when it was said) cut away.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from ..model import QuoteRecord
from .clauses import (CLOSING_MARKS, CONTRASTS, OPENING_MARKS, balanced, has_mark, opening_mark, trim_clause,
                      without_dateline, without_trailing_aside, words_of)
from .lexicon import (ADDRESSEE_VERBS, ARGUING_VERBS, AUDIENCE_NOUNS, CLAUSE_ONLY_VERBS, CONTENT_PREPOSITIONS,
                      EVIDENCE_NOUNS, EVIDENCE_VERBS,
                      CUE_VERBS, NOT_SAYING, OBJECT_CUES, PROMISE_NOUNS, QUESTION_VERBS, REPORTING_ADJECTIVES,
                      REPORTING_INFINITIVE_HEADS, REPORTING_VERBS, SPEECH_EVENTS, SPEECH_NOUNS, TIME_MARKS,
                      TOPIC_NOUNS, VOICING_VERBS)
from .speakers import (SPEAKER_ENTITIES, SUBJECTS, cue_text, is_speech_verb, made_clear, name_after_a_quote, names_an_actor,
                       name_before_the_cue, name_the_speaker, only_names, subject_of, text_of)

WORDS = re.compile(r"\w+", re.UNICODE)
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")


def only_quotations(text: str) -> bool:
    """"“Your Honor … the question you raised.”": the words of a quotation split by its cue, "“Your
    Honor,” I said, “I would like …”", with the cue left out."""
    return not WORDS.search(QUOTATION.sub("", text))


def find_reported_speech(doc: Doc, direct: list[QuoteRecord], named: Sequence[QuoteRecord] = ()) -> list[QuoteRecord]:
    """"X said (that) …", "…, the source added", "X, he said, …", "X called on Y to …",
    "according to X, …": the reported words, with their speaker; not words in marks found to be a
    name (`named`: "said on CBS's ''Face the Nation''", where the parser reads the title as a clause)."""
    found: list[QuoteRecord] = []
    quoted = Spans((q.start, q.end) for q in direct)
    titles = Spans((q.start, q.end) for q in named)
    inside_direct = Spans((q.start, q.end) for q in direct if q.kind == "direct" and len(q.text.split()) > 3)
    for token in doc:
        lemma = token.lemma_.lower()
        polled = in_a_poll(token)
        is_cue = token.lower_ == "according" or polled or made_clear(token) is not None or \
            lemma in CUE_VERBS and token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and not only_names(token) or \
            reports_a_that_clause(token) or is_speech_noun(token) or is_topic_noun(token)
        if not is_cue or inside_direct.contains(token.idx):
            continue  # speech reported inside a quotation belongs to that quote
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children) or polled:
            sentence = token.sent
            quoted_here = any(sentence.start_char <= q_start < sentence.end_char
                              for q_start, _ in quoted.near(sentence.start_char, sentence.end_char))
            record = None if quoted_here else according_to(doc, token, inside_direct)
        elif token.pos_ in ("VERB", "AUX"):
            record = reported_by(doc, token)
        elif token.pos_ == "NOUN":
            # "there is no question that …": nobody asks
            record = reported_in_noun(doc, token) if lemma != "question" else None
            if record is None and is_topic_noun(token):
                record = topic_of_speech_noun(doc, token)
        else:
            record = None
        if record is None or any(spans.hold_all_words_of(doc, record.start, record.end) for spans in (quoted, titles)) \
                or only_quotations(record.text) \
                or any((q.start, q.end) == (record.start, record.end) for q in found[-3:]):
            continue  # a quotation already, or the clause of "says in a statement that …" again
        found.append(record)
    return found


def reports_a_that_clause(verb: Token) -> bool:
    """Any verb of saying, unlisted, known by its "that" clause: "groused that …", "bemoaned that
    …", "quipped that …"; not thinking, knowing, feeling or making sure."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NOT_SAYING or is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # none in "joking that …"
    if subjects and subjects[0].lower_ in ("it", "there"):
        return False  # "it turns out that …", "it’s clear that …": nobody speaks
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    clauses += [c for c in that_clause_in_adjunct(verb) if c.head.lemma_.lower() in AUDIENCE_NOUNS | SPEECH_EVENTS]
    for clause in clauses:
        that = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        before = verb.doc[max(verb.sent.start, that.i - 12):that.i] if that is not None else []
        if that is not None and not any(t.lower_ in ("so", "such", "now") for t in before) \
                and not any(is_speech_noun(t) for t in verb.doc[verb.i + 1:that.i]):
            return True  # not "so consumed with hostages that he traded arms", nor "followed warnings that …"
    return False


def clause_hung_on_the_verb(noun: Token) -> list[Token]:
    """"followed weeks of warnings from the administration [that it is running out of patience]":
    the parser hangs the noun's clause on the verb whose object holds the noun."""
    after_noun = noun.right_edge.i + 1
    phrase = noun
    while phrase.dep_ in ("pobj", "prep", "dobj", "xcomp") and phrase.head != phrase:
        phrase = phrase.head
        clauses = [c for c in phrase.children
                   if c.dep_ == "ccomp" and c.left_edge.i == after_noun and has_mark(c, {"that"})]
        if clauses:
            return clauses
    return []


def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def is_topic_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in TOPIC_NOUNS


def topic_of_speech_noun(doc: Doc, noun: Token) -> Optional[QuoteRecord]:
    """"his critique of [his opponents]", "Sanders’ attacks on [her campaign contributions]", "raised
    questions about [his readiness]": what the words were about, when we know whose words they were
    (not "the attack on [a nightclub]", nor "faced questions about …" from nobody named)."""
    preposition = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if preposition is None or preposition.head != noun or preposition.dep_ != "prep" \
            or preposition.lower_ not in TOPIC_NOUNS[noun.lemma_.lower()] or says_when(preposition):
        return None
    topics = [c for c in preposition.children if c.dep_ == "pobj" and c.lemma_.lower() not in NOT_TOPICS]
    owner = owner_of_speech_noun(noun)
    if not topics or owner is None:
        return None
    tokens = trim_clause(without_trailing_aside(list(topics[0].subtree)))
    if not says_enough(noun, tokens):
        return None
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), owner, noun.text)


NOT_TOPICS = {"condition"}  # "remarks on [the condition of anonymity]", "spoke on [the condition …]"


def reported_in_noun(doc: Doc, noun: Token) -> Optional[QuoteRecord]:
    """"his promise [to build a wall]", "accusations [that Rubio recites the same points]", "Trump's
    claim [that the election is rigged]": the clause a speech noun carries, said by its owner."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and (
        has_mark(c, {"that"})
        or noun.lemma_.lower() in PROMISE_NOUNS and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        and noun.doc[c.left_edge.i - 1].text != ",")]  # not "threats, not to mention the arsenal"
    if not clauses:
        clauses = clause_hung_on_the_verb(noun)
    if not clauses:
        return None
    tokens = trim_clause(without_trailing_aside(without_conjoined_speech(clauses[0])))
    if len(tokens) < 3:
        return None
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), owner_of_speech_noun(noun), noun.text)


def owner_of_speech_noun(noun: Token) -> Optional[Token]:
    """Whose claim: "his claim", "Trump’s claim", "a claim by Trump", or the subject of "Christie
    repeated accusations"; nobody's in "Clinton rejected claims that …" (the claims are others')."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and (any(t.ent_type_ in SPEAKER_ENTITIES for t in child.subtree)
                                         or names_an_actor(child)):
            return child  # "Clinton campaign accusations", "Trump charges that …" read as one noun
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING_VERBS:
        return subject_of(noun.head)
    return None


class Spans:
    """Character ranges (of quotations) sorted for quick questions about one offset or range."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]
        self.longest = max((end - start for start, end in self.ranges), default=0)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, end)
        return self.ranges[low:high]

    def contains(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.near(offset, offset))

    def hold_all_words_of(self, doc: Doc, start: int, end: int) -> bool:
        """Every word of start..end is between marks: "he said “…”" is that quote again, while "said
        the goal was not to “make America great again”" and "says it’s “disastrous”" report a clause
        of which the marks hold only a part (the clause names who or what the words are about)."""
        text = list(text_of(doc)[start:end])
        covered = 0
        for s, e in self.near(start, end):
            for offset in range(max(s, start), min(e, end)):
                text[offset - start] = " "
                covered += 1
        return covered * 2 >= end - start and not WORDS.search("".join(text))


def reported_by(doc: Doc, verb: Token) -> Optional[QuoteRecord]:
    if is_infinitive(verb) and not reports_anyway(verb):
        return None  # "to show that it is ready": an infinitive reports nothing yet
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "there have been telling responses": nobody tells
    if is_idiom(verb):
        return None
    asked_of_the_speaker = verb.tag_ == "VBN" and verb.dep_ == "advcl" and \
        not any(c.dep_ in SUBJECTS for c in verb.children)
    if asked_of_the_speaker and question_asked(verb) is None:
        return None  # "Asked about the talks, Tillerson said …": someone else asked, and about what
    tokens = trim_clause(without_trailing_aside(within_own_aside(verb, reported_tokens(verb))))
    if name_after_a_quote(verb) or cue_of_the_quote_before(verb):
        # "“…,” said David Brock, a Clinton confidant who …", "“…,” Cruz said after a brief “I’m
        # sorry” to Carson": the quotation before is what was said, not the words after the cue
        tokens = [t for t in tokens if t.i < verb.i]
    if not says_enough(verb, tokens):
        return None
    subject = speaker_of_passive(verb) if is_passive(verb) or asked_of_the_speaker else subject_of(verb)
    return indirect_quote(doc, tokens, balanced(words_of(doc, tokens)), subject, cue_text(verb))


DASHES = ("—", "–", "--", "-")


def within_own_aside(verb: Token, tokens: list[Token]) -> list[Token]:
    """A report made inside a writer's aside, between dashes or in parentheses, stays inside it:
    "Donald Trump - who previously said [he would “bomb …” oil fields] - said at a rally …",
    "Iowa ([93 percent of voters were white], according to exit polls)"; but "[X] -- as the
    campaign noted -- [Y]" comments on the sentence around it."""
    if verb.dep_ == "advcl" and has_mark(verb, {"as"}):
        return tokens
    aside = enclosing_aside(verb)
    return [t for t in tokens if aside[0] < t.i < aside[1]] if aside else tokens


def enclosing_aside(token: Token) -> Optional[tuple[int, int]]:
    """The token positions of the dashes or parentheses around `token` in its sentence, if any."""
    sentence, doc = token.sent, token.doc
    dashes = [t.i for t in sentence if t.text in DASHES and t.whitespace_ and t.i > sentence.start
              and doc[t.i - 1].whitespace_]
    opened = [i for i in dashes if i < token.i]
    closing = [i for i in dashes if i > token.i]
    if len(opened) % 2 == 1 and closing:
        return opened[-1], closing[0]
    depth, opening = 0, None
    for t in reversed(doc[sentence.start:token.i]):
        depth += (t.text == ")") - (t.text == "(")
        if depth < 0:
            opening = t.i
            break
    if opening is None:
        return None
    closing_paren = next((t.i for t in doc[token.i:sentence.end] if t.text == ")"), None)
    return (opening, closing_paren) if closing_paren is not None else None


def is_idiom(verb: Token) -> bool:
    """"That said, …", "All told, …": a turn of phrase of the writer's, not a report."""
    sentence = verb.sent
    doc = verb.doc
    return verb.i == sentence.start + 1 and doc[verb.i - 1].lower_ in ("that", "all") \
        and verb.lemma_.lower() in ("say", "tell") and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def cue_of_the_quote_before(verb: Token) -> bool:
    """"“…,” Cruz said …", "“…,” she told reporters": a verb of saying whose subject comes right
    after a quotation that opens the sentence; but not "“…,” Rubio said: [That Cruz …]" or "“…,”
    he said, [that both violent men …]", where the words go on after the cue."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        named = name_before_the_cue(verb)  # "“…,” Texas delegate Bill Eastland, wearing …, said"
        if not named:
            return False
        subject = named[0]
    elif verb.i - subject.i > 4:
        return False
    doc, at = verb.doc, subject.left_edge.i
    # the mark closes a quotation cut short by its cue: ",”", or "?”" in the same sentence
    if not (at > 1 and doc[at - 1].text in CLOSING_MARKS and (
            doc[at - 2].text == "," or doc[at - 2].text in ("?", "!") and doc[at - 2].sent == verb.sent)):
        return False
    following = [t for t in doc[verb.i + 1:verb.i + 3] if t.text != ","]
    if following and (following[0].text == ":" or following[0].lower_ == "that"):
        return False
    opening = opening_mark(doc[at - 1], verb.sent)
    return opening is not None and not any(t.is_alpha for t in doc[verb.sent.start:opening.i])


def says_enough(verb: Token, tokens: list[Token]) -> bool:
    """Three words or more; or fewer that name what the act of speech was about: "denied [the
    charges]", "announced [his candidacy]", "endorsed [Trump]", "declined [to comment]", "talks
    about [immigration]". Not "said [so]", "denied [it]", nor an indefinite "endorsed [a
    candidate]" or "asked [a question]" (that something was said, not what), nor where or to whom
    it was said ("wrote on [Twitter]", "asked [Sanders]"), nor "mocked [each other]"."""
    if len(tokens) >= 3:
        return True
    if not tokens or len(tokens) == 1 and not (tokens[0].ent_type_ in SPEAKER_ENTITIES or is_a_topic(tokens[0])):
        return False
    words = " ".join(t.lower_ for t in tokens)
    if tokens[0].lower_ in ("a", "an") or words in ("each other", "one another", "the following"):
        return False
    roots = [t for t in tokens if t.head not in tokens or t.head == t]
    if len(roots) > 1:
        return True  # "called [him divisive]"
    if roots[0].pos_ in ("PRON", "ADV"):
        return False  # "Thank [you all]", "I will tell [as well]": no topic named
    where = roots[0].dep_ == "pobj" and roots[0].head.lower_ in PLACE_PREPOSITIONS
    # "asked Republican politicians", "called Clinton" (on the telephone)
    lemma = verb.lemma_.lower()
    whom = roots[0].dep_ == "dobj" and (lemma in ASKING_VERBS or lemma == "call" and is_someone(roots[0]))
    return not (where or whom)


def is_a_topic(word: Token) -> bool:
    """"talks about [immigration]", "railed against [superdelegates]", "calls for [action]"."""
    return word.pos_ in ("NOUN", "PROPN") and word.dep_ == "pobj" and word.head.lower_ in TOPIC_PREPOSITIONS


TOPIC_PREPOSITIONS = {"about", "of", "on", "against", "for"}
PLACE_PREPOSITIONS = {"on", "in", "at", "via", "through"}
ASKING_VERBS = {"ask", "inquire", "enquire"}  # not "questioned [his sincerity]": that is a judgement


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def speaker_of_passive(verb: Token) -> Optional[Token]:
    """"was asked by a reporter if …": the agent; "the actress was asked if …" names whom it was
    asked of, not who asked."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def reported_tokens(verb: Token) -> list[Token]:
    """The words a reporting verb reports, by the shape of the sentence."""
    said = made_clear(verb)
    if said is not None:
        return [t for t in without_conjoined_speech(said) if t.i > verb.i]
    aside = parenthetical_cue(verb)
    if aside is not None:
        # "[Lenox was a juggernaut,] Mr. Clarke said, [until it went bankrupt]": all but the aside,
        # and up to another report ("…, Spicer said, adding, “…”")
        words = [t for t in verb.sent if not aside[0] <= t.i <= aside[1]]
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return []  # "[Then, last week,] Eric Trump called": no words said
        another = next((t for t in words if t.i > aside[1] and is_speech_verb(t) and t.head == verb), None)
        words = [t for t in words if another is None or t.i < another.i]
        return before_a_quotation(words, aside)
    before = said_before_an_inverted_cue(verb)
    if before:
        return before
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] or that_clause_in_adjunct(verb)
    clauses = [c for c in clauses if c.i > verb.i or reports_what_went_before(verb, c)]
    if clauses:
        return said_in_clauses(verb, clauses)
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        # "[But to prevent problems,] he said, [local officials should be vigilant]"
        aside = set(t.i for t in verb.subtree)
        return [t for t in verb.head.subtree if t.i not in aside]
    if verb.dep_ == "advcl" and has_mark(verb, {"as"}) \
            and verb.lemma_.lower() in REPORTING_VERBS and not says_something_itself(verb) and not is_passive(verb):
        # "[As the Post reported,] the inspector general issued subpoenas": the clause it comments on
        aside = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in aside]
    question = question_asked(verb)
    if question is not None:
        return list(question.subtree)
    if is_passive(verb) and speaker_of_passive(verb) is not None:
        # "O’Malley’s move was first reported by MSNBC": what was reported is the subject
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return list(subjects[0].subtree) if subjects else []
    if verb.lemma_.lower() in OBJECT_CUES | REPORTING_VERBS and verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
        return object_content(verb)
    return []


def before_a_quotation(words: list[Token], aside: tuple[int, int]) -> list[Token]:
    """"[The reality is,] he added, ''there are no recusals when you are president.''": when what
    follows the cue opens with a quotation (closed in the sentence or running on into the next,
    or a few quoted words the sentence goes on from), that quotation is found as such, and the
    words reported are the ones before the cue, if they make a clause; words that only set the
    scene ("In an interview with TMZ Sports, Walker said, “…”", "When he first described the wall,
    he said, “…”") report nothing more."""
    after = [t for t in words if t.i > aside[1]]
    before = [t for t in words if t.i < aside[0]]
    if not (before and after and after[0].text in OPENING_MARKS):
        return words
    return before if makes_a_clause(before) else []


# "When he described the wall, he said, “…”" sets the scene; "While confidence is high, he said, “…”"
# sets a fact beside the words and is said
SCENE_MARKS = TIME_MARKS - {"while"}


def makes_a_clause(tokens: list[Token]) -> bool:
    """The words hold a clause of their own, or the subject of the clause a quotation goes on with
    ("An economic downturn, he said, “could be a good time to borrow …”"), not just a phrase."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head == t]
    return any(top.dep_ in SUBJECTS or any(c.dep_ in SUBJECTS + ("expl",) for c in top.children)
               and not sets_the_time(top) for top in tops)


def sets_the_time(clause: Token) -> bool:
    """"[When] he first described the wall", "[As] boos erupt from the crowd": when it was said."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SCENE_MARKS and c.i < clause.i for c in clause.children)


def said_before_an_inverted_cue(verb: Token) -> list[Token]:
    """"[The plant is hanging on, but it is under intense pressure from imports], said the
    company's chief executive, John J. Ferriola.": a cue that ends the sentence, its subject after
    it, reports all before its comma, however the parser hung the verb on that clause."""
    doc, sentence = verb.doc, verb.sent
    # "[Couple global exposure with … and Clevelanders get nervous], said Christine Link": or the
    # parser read the clause before as a second subject
    read_as_subject = any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    if verb.dep_ != "conj" and not read_as_subject or verb.i < sentence.start + 3 or doc[verb.i - 1].text != "," \
            or not is_speech_verb(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > verb.i]
    if not subjects or subjects[-1].right_edge.i < sentence.end - 2 or \
            any(c.dep_ not in SUBJECTS + ("punct", "npadvmod", "prep", "advmod", "cc") for c in verb.children):
        return []
    return [t for t in sentence if t.i < verb.i - 1]


def reports_what_went_before(verb: Token, clause: Token) -> bool:
    """"[Clinton had told police …], the source added": a clause before the verb is what was said,
    unless the verb has words of its own after it ("[can you believe it], he urged the Russians to
    hack …") or a colon or a semicolon stands between them ("[The deal came together quickly]: A
    pending initiative threatened …")."""
    doc = verb.doc
    if any(t.text in (":", ";") for t in doc[clause.right_edge.i + 1:verb.i]):
        return False
    after = {c.dep_ for c in verb.children if c.i > verb.i}
    return "ccomp" not in after and not ("dobj" in after and after & {"xcomp", "oprd"})


def said_in_clauses(verb: Token, clauses: list[Token]) -> list[Token]:
    """The words of the clauses a verb of saying governs."""
    if any(c.i > verb.i for c in clauses):
        # "[In a statement released after he suspended …,] Cruz said he’s certain …": a clause after
        # the verb is what was said; the parser's other "clause" before it is a mere adjunct
        clauses = [c for c in clauses if c.i > verb.i]
    if clauses[0].i < verb.i:
        # "[Clinton had told police …], the source added": everything before the cue's subject
        subject = subject_of(verb)
        stop = min(t.i for t in subject.subtree) if subject is not None and subject.i < verb.i else verb.i
        return [t for t in verb.sent if clauses[0].left_edge.i <= t.i < stop]
    # "say they do n’t yet know …": the parser may split one clause into two complements; but in
    # "One in three said [the party doesn’t care], and one in four said …" the second is a report
    # of its own, and the words before it ("and one in four") go with it
    reports = [c for c in clauses[1:] if is_speech_verb(c)]
    content = [t for clause in clauses if clause not in reports for t in without_conjoined_speech(clause)]
    content = adjunct_set_off_before(verb, clauses[0]) + subject_read_as_an_object(verb, clauses[0]) + content
    if reports:
        joints = [t.i for t in content if t.dep_ == "cc" and t.i < reports[0].i]
        content = [t for t in content if t.i < (joints[-1] if joints else reports[0].i)]
    return content + reason_given_after(verb, content)


REASON_MARKS = {"because", "if", "unless"}


def reason_given_after(verb: Token, content: list[Token]) -> list[Token]:
    """"wrote that such a request was “futile,” [because if there were additional records …]": the
    parser hangs a reason or a condition that follows the clause said on the verb of saying; it is
    still part of what was said."""
    if not content:
        return []
    end = max(t.i for t in content)
    for child in verb.children:
        if child.dep_ == "advcl" and child.left_edge.i > end and has_mark(child, REASON_MARKS) \
                and all(t.is_punct for t in verb.doc[end + 1:child.left_edge.i]):
            return list(child.subtree)
    return []


def adjunct_set_off_before(verb: Token, clause: Token) -> list[Token]:
    """"Rubio says, [win or lose in Tuesday’s primary,] he’s staying in the race": words set off by
    commas between the verb and its clause belong to what was said."""
    doc, start = verb.doc, clause.left_edge.i
    while start < clause.i and doc[start].is_punct:
        start += 1  # the comma may hang on the clause
    if start < verb.i + 3 or doc[verb.i + 1].text != "," or doc[start - 1].text != ",":
        return []
    between = list(doc[verb.i + 2:start - 1])
    set_off = all(t.head == verb or verb.i + 2 <= t.head.i < start - 1 for t in between)
    # not "said, “…”", nor whom it was said to
    whom_or_quote = any(t.is_quote or t.pos_ in ("PROPN", "PRON") and t.head == verb for t in between)
    return between if set_off and not whom_or_quote else []


def subject_read_as_an_object(verb: Token, clause: Token) -> list[Token]:
    """"warned [a miscalculation] could have …": the parser made the clause's subject the verb's
    object; unless it is whom the words were for ("told [the council] the option was …")."""
    if any(c.dep_ in SUBJECTS for c in clause.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i]
    return list(objects[0].subtree) if objects and not is_someone(objects[0]) else []


def says_something_itself(verb: Token) -> bool:
    """"as I discussed my sentence", "as he urges conservatives to unite": the verb has words of its
    own, so "as" tells when, not "as the Post reported"."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or c.dep_ == "prep" and brings_content(verb, c)
               for c in verb.children)


def question_asked(verb: Token) -> Optional[Token]:
    """"asked workers [if they planned to attend]", "asked [what should be done]": the question."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("advcl", "ccomp"):
            continue
        if has_mark(child, {"if", "whether"}) \
                or child.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return child
    return None


def that_clause_in_adjunct(verb: Token) -> list[Token]:
    """"said during a news conference [that he may wait …]", "says in a statement [that the race
    …]": the parser hangs the clause said on the noun before it, as if "that" began a relative
    clause; "that" is then its mark, not its subject or object."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.dep_ in ("relcl", "acl") and has_mark(token, {"that"}):
                return [token]
    return []


def reports_anyway(verb: Token) -> bool:
    """An infinitive that tells what was said: "went on to say", "took to Twitter to say", "used
    the speech to warn", "were more likely to say", "was quick to point out"."""
    head = verb.head
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in REPORTING_ADJECTIVES
    if head.lemma_.lower() == "take":  # "took to Twitter to say", not "take steps to show"
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in REPORTING_INFINITIVE_HEADS:
        return True
    # "invoked Reagan's deficit in 1980 [to claim Trump's deficiencies were not permanent]": a claim
    # made by doing something, unless the head only wants or plans it
    return verb.dep_ == "advcl" and verb.lemma_.lower() in ARGUING_VERBS and head.pos_ == "VERB" \
        and head.lemma_.lower() not in NOT_SAYING and any(c.dep_ == "ccomp" for c in verb.children)


def is_infinitive(verb: Token) -> bool:
    """"to show …", and "deny" in "to ramp up pressure and deny …"."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head == verb or verb.tag_ in ("VBD", "VBZ"):
            return False  # "tried to empathize … and promised to deliver change": a finite verb
        verb = verb.head


def object_content(verb: Token) -> list[Token]:
    """What a verb's object says: "called on [Trump to stop attacking Machado]", "cited [derogatory
    comments …]", "promised [to continue supporting Clinton]", "spoke of [Clinton’s health]", but
    neither the verb's other conjuncts ("called for sanctions, but wants China to …") nor where
    or when it was said ("said in an interview")."""
    if is_passive(verb) or phones(verb) or not evidence_if_it_must_be(verb):
        return []  # "companies are found to have helped …": nobody's statement
    content: list[Token] = []
    lemma = verb.lemma_.lower()
    # "warned officials [to boost security]": with a "to" clause, the object is who was told
    told = any(c.dep_ == "xcomp" for c in verb.children)
    addressee: list[Token] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and (told or lemma in ADDRESSEE_VERBS and is_someone(child)):
            addressee = list(child.subtree)  # "told the AP", not "told the tale of …"
            continue
        if child.dep_ == "dobj" and lemma in SPEAKING_VERBS:
            continue  # "speaks fluent Spanish", "talked politics": a language or a topic, not words
        if child.dep_ == "dobj" and child.lower_ in HOW_MUCH_WAS_SAID and lemma in ("say", "tell"):
            continue  # "said little about how", "would say nothing about the senders"
        if child.dep_ in ("dobj", "xcomp", "attr", "oprd") or for_clause(child):
            content += without_when(without_asides(child))
            if child.dep_ == "xcomp" or for_clause(child):
                content = without_main_clause_parts(child, content)
        elif child.dep_ == "prep" and brings_content(verb, child) and not says_when(child):
            # "spoke [of] Clinton’s health", but "berated guards for not ejecting protesters"
            content += [t for t in without_when(without_asides(child)) if t != child or content]
        elif child.dep_ == "prep" and lemma in SPEAKING_VERBS:
            content += topic_after_audience(child)
        elif lemma in EVIDENCE_VERBS and content and (child.dep_ == "prep" and not says_when(child)
                                                      or child.dep_ == "advcl" and child.tag_ == "VBN"
                                                      and not has_mark(child, TIME_MARKS | CONTRASTS)):
            # "a poll showed [Rubio in third at 11 percent, followed closely by Kasich at 10 percent]"
            content += list(child.subtree)
    content = [t for t in content if t.i > verb.i]  # not "[which] analyses estimated to cost …"
    if told and addressee and 0 < len(content) < 3:
        return addressee + content  # "urged [him to resign]": too short without whom it asks
    return content


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


POLL_NOUNS = {"poll", "survey"}


def in_a_poll(token: Token) -> bool:
    """"[In an NBC News poll released Monday,] 50 percent chose Clinton": the poll says so."""
    # only as the sentence opens: "leads in the polls", "slid in the polls" tell a standing, not a finding
    return token.lower_ == "in" and token.dep_ == "prep" and token.i == token.sent.start \
        and token.right_edge.i + 1 < len(token.doc) and token.doc[token.right_edge.i + 1].text == "," \
        and any(c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in token.children)


def according_to(doc: Doc, according: Token, inside_direct: Spans) -> Optional[QuoteRecord]:
    """"The test was the largest yet, according to the ministry", "In a CBS News poll, she led
    Mr. Sanders 56 percent to 32 percent": the rest of the sentence."""
    sentence = according.sent
    phrase = set(according.subtree)
    # "[Clinton leads by 271 delegates], according to the AP, but Sanders has vowed to fight on": the
    # clause the phrase hangs on, not a clause the writer adds after ", but"
    later: set[Token] = set()
    for clause in according.ancestors:
        for conjunct in (c for c in clause.children if c.dep_ == "conj" and c.i > according.i and narrates_on(c)):
            later |= set(conjunct.subtree)
            later |= {c for c in clause.children if c.dep_ == "cc" and according.i < c.i < conjunct.i}
    # "(the actual number is closer to 15 percent, according to Factcheck.org)": its own aside; but
    # "— according to emails unearthed … —" comments on the sentence around it
    aside = [t for t in within_own_aside(according, list(sentence)) if t not in phrase]
    if not any(t.is_alpha for t in aside):
        aside = list(sentence)
    words = without_dateline([t for t in aside if t not in phrase and t not in later
                              and not (t.is_punct and t.text in ",;—–")])
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()  # the full stop, and the paragraph break spaCy keeps in the sentence
    if len(words) < 4 or inside_direct.contains(according.idx):
        return None
    # "While most were elevated to the “confidential” level, according to a State Department
    # official, two …": the words around the phrase, without it
    text = words_of(doc, words)
    if according.lower_ == "in":
        poll = next(c for c in according.children if c.dep_ == "pobj")
        return indirect_quote(doc, words, text, poll, f"in a {poll.lemma_.lower()}")
    return indirect_quote(doc, words, text, subject_of(according), "according to")


def indirect_quote(doc: Doc, tokens: list[Token], text: str, speaker: Optional[Token], cue: str) -> QuoteRecord:
    """The record of reported words: where they are, what they say, who said them, and the cue."""
    sentence = tokens[0].sent
    record = QuoteRecord(
        start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1].text), text=text, kind="indirect", speaker=None,
        cue=cue, sentence_start=sentence.start_char, sentence_end=sentence.end_char)
    if speaker is not None and speaker not in tokens:
        name_the_speaker(record, speaker)  # a word of what was said never names who said it
    return record
