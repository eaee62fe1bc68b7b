"""What was said, as words of the sentence: the clause or object a verb of saying governs, with
the writer's asides, datelines and times of saying cut away."""
from __future__ import annotations

from typing import Optional
from spacy.tokens import Token
from .clauses import CONTRASTS, OPENING_MARKS, has_mark
from .lexicon import (ADDRESSEE_VERBS, ARGUING_VERBS, CLAUSE_ONLY_VERBS, EVIDENCE_VERBS, NOT_SAYING, OBJECT_CUES,
                      QUESTION_VERBS, REPORTING_ADJECTIVES, REPORTING_INFINITIVE_HEADS, REPORTING_VERBS, TIME_MARKS)
from .speakers import SUBJECTS, is_speech_verb, made_clear, subject_of

from .reported_trim import (HOW_MUCH_WAS_SAID, SPEAKING_VERBS, brings_content, evidence_if_it_must_be, for_clause,
                            is_someone, parenthetical_cue, phones, says_when, topic_after_audience, without_asides,
                            without_conjoined_speech, without_main_clause_parts, without_when)


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
