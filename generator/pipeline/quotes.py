"""spaCy component `briefing_quotes`: direct, partial and reported quotations with their speakers.

Quote marks are paired by a scanner that knows apostrophes (North’s, don’t), straight and curly,
double and single marks, and the newspaper convention of a quote running over paragraphs (an
opening mark on each, a closing mark only at the end). An unbalanced mark is dropped and reported,
never fatal. Speakers come from the parse: the subject of the nearest speech verb ("he warned",
"said Wang", "told the council"), resolved through `briefing_actors` to a canonical actor; a quote
alone in its paragraph with no cue continues the previous speaker.

Use outside the site: `nlp.add_pipe("briefing_actors"); nlp.add_pipe("briefing_quotes")`, then read
`doc._.quotes.quotes` (a list of `generator.model.QuoteRecord`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import QuoteRecord
from .marks import PARAGRAPH, WORD, QuoteSpan, find_quote_spans
from . import extensions  # noqa: F401
from .actors import same_person as same_person_name

SPEECH_VERBS = {
    "say", "tell", "warn", "add", "state", "insist", "argue", "describe", "declare", "announce", "note",
    "stress", "ask", "reply", "urge", "claim", "accuse", "deny", "admit", "explain", "write", "tweet",
    "suggest", "acknowledge", "conclude", "continue", "recall", "predict", "promise", "pledge", "vow",
    "threaten", "complain", "caution", "remark", "respond", "answer", "reiterate", "emphasise", "emphasize",
    "observe", "maintain", "contend", "assert", "concede", "confirm", "agree", "dismiss", "call", "report",
    "comment", "testify", "quip", "joke", "shout", "cry", "plead", "appeal", "demand", "proclaim", "boast",
    "lament", "mutter", "whisper", "scoff", "counter", "retort", "propose", "charge", "allege", "brand",
    "label", "term", "hail", "praise", "condemn", "criticise", "criticize", "reject", "question", "point",
    "inform", "assure", "signal", "indicate", "blast", "slam",
}
# Verbs that report a clause ("X said that …"): a narrower set than the cues of quotations.
REPORTING_VERBS = {
    "say", "tell", "warn", "add", "state", "insist", "argue", "declare", "announce", "note", "stress",
    "reply", "claim", "deny", "admit", "explain", "write", "tweet", "suggest", "acknowledge", "conclude",
    "predict", "promise", "pledge", "vow", "threaten", "complain", "caution", "remark", "respond",
    "reiterate", "emphasise", "emphasize", "observe", "maintain", "contend", "assert", "concede", "confirm",
    "report", "testify", "allege", "inform", "assure", "indicate", "agree", "show", "find", "reveal",
    "announce", "acknowledge", "recall", "insist", "estimate", "conclude", "proclaim", "quip", "joke", "shout",
    "exclaim", "yell", "scream", "plead", "boast", "brag", "lament", "mutter", "whisper", "scoff", "counter",
    "retort", "comment", "grumble", "muse", "marvel", "concede", "warn",
}
# Reporting verbs whose object is rarely anything said: "added to her lead", "maintains the title",
# "continued the tour": they report only a clause.
CLAUSE_ONLY_VERBS = {"add", "maintain", "continue", "conclude", "estimate", "observe", "boast"}  # "boasts 108,000 residents"
# Verbs whose object is what was said: "called on Trump to stop …", "cited derogatory comments".
OBJECT_CUES = {
    "call", "cite", "urge", "describe", "accuse", "propose", "recommend", "demand", "mention", "question",
    "criticize", "criticise", "praise", "endorse", "defend", "discuss", "express", "condemn", "reject",
    "dismiss", "applaud", "welcome", "highlight", "speak", "talk", "refuse", "decline", "blame", "point",
    "ask", "offer", "attack", "echo", "charge",
    # speech acts judged by what they say about someone or something
    "denounce", "decry", "deride", "mock", "ridicule", "lambaste", "chide", "scold", "berate", "rebuke",
    "dispute", "rebut", "refute", "disavow", "repudiate", "renounce", "retract",
    "tout", "laud", "extol", "commend", "thank", "hail", "reaffirm", "affirm", "advocate", "refer", "allude",
    "characterize", "characterise", "portray", "dub", "outline", "detail", "clarify", "recount", "concede",
    "apologize", "apologise", "slam", "blast", "bash", "assail", "fault", "brand", "label",
}
# "went on to say …", "took to Twitter to say …", "used the speech to warn …": the words were said.
REPORTING_INFINITIVE_HEADS = {"go", "take", "continue", "proceed", "rush", "hasten", "pause", "stop", "call", "use",
                              "try", "stand", "rise", "write", "tweet", "return", "appear", "visit", "come", "hold"}
# "more likely to say", "quick to add", "correct to note", "eager to point out"
REPORTING_ADJECTIVES = {"likely", "quick", "careful", "first", "last", "correct", "right", "wrong", "eager", "keen"}
# Nouns that carry what was said in a clause: "his claim that …", "her promise to …".
SPEECH_NOUNS = {
    "claim", "statement", "assertion", "argument", "accusation", "allegation", "warning", "promise", "pledge",
    "vow", "suggestion", "insistence", "complaint", "charge", "denial", "admission", "demand", "call",
    "proposal", "remark", "comment", "message", "announcement", "threat", "prediction", "plea", "appeal",
    "assurance", "contention", "declaration", "reminder", "boast", "criticism", "testimony", "insinuation",
}
PROMISE_NOUNS = {"promise", "pledge", "vow", "call", "demand", "threat", "appeal", "plea", "proposal"}  # "… to act"
# "Christie repeated accusations that …": the claim is the subject's own after these verbs.
VOICING_VERBS = {"make", "repeat", "issue", "renew", "reiterate", "echo", "level", "deliver", "voice", "raise",
                 "offer", "add", "post", "tweet", "publish", "release", "send", "write"}
# Verbs with a "that" clause that report a thought, a perception or a cause, not words.
NOT_SAYING = {
    "think", "believe", "feel", "fear", "hope", "wish", "expect", "know", "understand", "realize", "realise",
    "learn", "discover", "notice", "see", "hear", "suspect", "doubt", "assume", "presume", "suppose", "guess",
    "imagine", "worry", "bet", "dream", "ensure", "insure", "mean", "require", "prove", "seem", "appear",
    "happen", "pretend", "forget", "remember", "recognize", "recognise", "decide", "determine", "trust",
    "sense", "figure", "reckon", "bear", "mind", "care", "like", "love", "hate", "prefer", "want", "need",
    "watch", "read", "make", "have", "get", "take", "be", "do", "turn", "base", "convince", "persuade",
}
# Where words are said: "groused in an interview that …", "wrote in a letter that …".
SPEECH_EVENTS = {"interview", "statement", "conference", "speech", "letter", "post", "tweet", "email", "memo",
                 "call", "appearance", "address", "briefing", "hearing", "debate", "op-ed", "column", "essay",
                 "book", "video", "message", "remark", "comment", "filing", "ruling", "report"}
CUE_VERBS = REPORTING_VERBS | OBJECT_CUES
QUESTION_VERBS = {"ask", "inquire", "enquire", "question", "wonder"}
MAKE_CLEAR = {"clear", "plain", "case", "known", "explicit"}
CONTENT_PREPOSITIONS = {"on", "for", "about", "of", "to", "as", "against", "over", "with"}  # "called on …",
# "spoke of …", "pointed to …", "described his skills as …", "warned against …", "criticised Trump over …",
# "a poll showed Trump with 40 percent" (but "spoke with reporters" is whom it was said to)
# "spoke to reporters", "complained to the council": "to" brings whom it was said to, where
# "pointed to his record" brings what was said.
AUDIENCE_NOUNS = {
    "reporter", "journalist", "crowd", "audience", "supporter", "voter", "gathering", "rally", "newspaper",
    "press", "room", "delegate", "member", "student", "worker", "leader", "official", "lawmaker", "donor",
    "group", "committee", "council", "assembly", "congress", "convention", "conference", "coalition",
    "network", "magazine", "station", "program", "show", "people", "nation", "country", "viewer",
    "listener", "reader", "follower", "fan", "colleague", "ally", "interviewer", "host", "panel", "board",
    "friend", "family", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "aide",
    "adviser", "advisor", "staff", "partner", "parent", "child", "neighbor", "neighbour", "visitor", "guest",
}
# Verbs whose direct object is who was told: "told the AP", "assured the council".
ADDRESSEE_VERBS = {"tell", "inform", "assure", "notify", "brief", "warn", "remind", "urge", "ask"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
WORDS = re.compile(r"\w+", re.UNICODE)
UNQUOTED_WORDS = 3  # a reported clause needs this many words of its own beside the quotes it holds

@dataclass
class QuoteFindings:
    quotes: list[QuoteRecord] = field(default_factory=list)
    scare_quotes: list[QuoteRecord] = field(default_factory=list)  # words in marks nobody is said to say
    problems: list[tuple[int, str]] = field(default_factory=list)  # (offset, message)


@Language.factory("briefing_quotes")
def make_quote_finder(nlp: Language, name: str):
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        findings = QuoteFindings()
        spans, findings.problems = find_quote_spans(text_of(doc))
        previous: Optional[QuoteRecord] = None
        for span in spans:
            record = self.attribute(doc, span, previous)
            if record is None:
                continue
            if is_scare_quote(record):
                findings.scare_quotes.append(record)  # a title, a nickname, a word held at arm's length
                continue
            findings.quotes.append(record)
            previous = record if record.speaker or record.speaker_text else previous
        findings.quotes += transcript_turns(doc, findings.quotes)
        findings.quotes += find_reported_speech(doc, findings.quotes)
        findings.quotes.sort(key=lambda q: q.start)
        doc._.quotes = findings
        return doc

    def attribute(self, doc: Doc, span: QuoteSpan, previous: Optional[QuoteRecord]) -> Optional[QuoteRecord]:
        text = text_of(doc)[span.start:span.end]
        content = text.strip().rstrip(",").strip()
        if not WORD.search(content):
            return None
        start = span.start + (len(text) - len(text.lstrip()))
        end = start + len(content)
        quote_tokens = doc.char_span(start, end, alignment_mode="expand")
        if quote_tokens is None or len(quote_tokens) == 0:
            return None
        sentence = frame_of(doc, quote_tokens)
        label = SPEAKER_LABEL.match(content)
        if label and not is_partial(doc, span, content):
            # a transcript quoted whole: “PENCE: Well, look, …”
            return turn_record(doc, label.group(1), start + label.end(), end, sentence.start_char, sentence.end_char)
        kind = "partial" if is_partial(doc, span, content) else "direct"
        record = QuoteRecord(start=start, end=end, text=content, kind=kind, speaker=None,
                             sentence_start=sentence.start_char, sentence_end=sentence.end_char)
        cue = find_cue(sentence, quote_tokens, governing_only=kind == "partial" and len(content.split()) <= 3)
        if cue is not None:
            record.cue = cue_text(cue)
            subject = subject_of(cue)
            if subject is not None:
                record.speaker_text = noun_phrase(subject)
                record.speaker = resolve(doc, subject)
        else:
            subject = signed_by(doc, span) or introduced_by_colon(doc, span, sentence)
            if subject is None and stands_alone(doc, span, sentence):
                subject = last_speaker_before(doc, sentence)
            if subject is not None:
                record.speaker_text = noun_phrase(subject)
                record.speaker = resolve(doc, subject)
            elif previous is not None and stands_alone(doc, span, sentence) and near(doc, previous, start):
                record.speaker, record.speaker_text = previous.speaker, previous.speaker_text
        return record


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy joins every token again on each `doc.text`, which made
    long articles quadratic."""
    cached = doc.user_data.get("briefing_text")
    if cached is None:
        cached = doc.user_data["briefing_text"] = doc.text
    return cached


def is_scare_quote(record: QuoteRecord) -> bool:
    """Words in marks that no verb, colon or earlier speaker gives to anyone, short or woven into
    the sentence: “unique” leverage, the “sex tape” reference, the film “13th”."""
    unclaimed = record.cue is None and record.speaker is None and record.speaker_text is None
    return unclaimed and (record.kind == "partial" or len(record.text.split()) <= 4)


# --- transcripts --------------------------------------------------------------------------------

# "PENCE:", "MS. PSAKI:", "PRESIDENT YOON:" at the start of a paragraph or of a quoted turn.
LABEL_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
SPEAKER_LABEL = re.compile(rf"^({LABEL_WORD}(?: {LABEL_WORD}){{0,3}}):\s+(?=\S)")
NOT_SPEAKERS = {"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "WATCH", "READ MORE", "RELATED", "PHOTO",
                "VIDEO", "CORRECTION", "CLARIFICATION", "Q", "QUESTION", "END", "SOURCE", "SOURCES"}
LABEL_TITLES = {"THE", "PRESIDENT", "VICE", "SECRETARY", "MR.", "MRS.", "MS.", "DR.", "GOV.", "SEN.", "REP.",
                "GENERAL", "GEN.", "AMBASSADOR", "MINISTER", "PRIME", "CHAIRMAN", "SPEAKER", "SENATOR", "MR", "MS"}


def transcript_turns(doc: Doc, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """Paragraphs of a transcript, "PENCE: Gennifer Flowers will not be attending …": each turn is
    its speaker's words."""
    taken = [(q.start, q.end) for q in quotes]
    turns = []
    for match in PARAGRAPH.finditer(text_of(doc)):
        label = SPEAKER_LABEL.match(match.group(0))
        if label is None or any(s <= match.start() + label.end() < e for s, e in taken):
            continue
        start = match.start() + label.end()
        end = match.start() + len(match.group(0).rstrip())
        record = turn_record(doc, label.group(1), start, end, match.start(), end)
        if record is not None:
            turns.append(record)
    return turns


def turn_record(doc: Doc, label: str, start: int, end: int, context_start: int,
                context_end: int) -> Optional[QuoteRecord]:
    """The words after a speaker label (from `start`) as that speaker's quote."""
    name = label.strip()
    if name.rstrip(".") in NOT_SPEAKERS:
        return None
    text = text_of(doc)[start:end].strip().rstrip("”\"").strip()
    if not WORD.search(text):
        return None
    return QuoteRecord(start=start, end=start + len(text), text=text, kind="direct", speaker=speaker_of_label(doc, name),
                       speaker_text=name.title(), cue="transcript", sentence_start=context_start,
                       sentence_end=context_end)


def speaker_of_label(doc: Doc, label: str) -> Optional[str]:
    """"PENCE" or "GOVERNOR PENCE" -> the person of the article whose name ends so."""
    words = [w for w in label.split() if w not in LABEL_TITLES]
    analysis = doc._.actors
    if not words or analysis is None:
        return None
    name = " ".join(w.title() for w in words)
    people = [k for k, a in analysis.actors.items() if a.kind == "person" and same_person_name(name, k)]
    return people[0] if len(people) == 1 else None


# --- attribution ---------------------------------------------------------------------------------


def frame_of(doc: Doc, quote: Span) -> Span:
    """The sentence(s) holding the quote, plus a short cue sentence right after it ("…,” he said.)."""
    first = quote[0].sent
    last = quote[-1].sent
    end = last.end
    # spaCy sometimes ends a sentence at the closing mark: take in "he said." after it
    nxt = end
    while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_space) and nxt - end < 3:
        nxt += 1
    if nxt < len(doc) and nxt > quote.end - 1:
        following = doc[nxt].sent
        if following.start >= end - 1 and len(following) <= 8 and any(is_speech_verb(t) for t in following) \
                and text_of(doc)[quote.end_char:following.start_char].strip(" ”\"’',") == "":
            end = following.end
    return doc[first.start:end]


def is_speech_verb(token: Token) -> bool:
    if token.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "will continue to be …" goes on, it does not speak
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


def find_cue(frame: Span, quote: Span, governing_only: bool = False) -> Optional[Token]:
    """The speech verb the quote belongs to: one governing it, else one it hangs from, else
    "according to X", else the nearest verb outside it ("“…,” Putin told Xi, according to the
    Kremlin" is Putin's). A word or two in marks takes only a governing verb: "its “unique”
    leverage" has no speaker."""
    outside = [t for t in frame if not (quote.start <= t.i < quote.end)]
    verbs = [t for t in outside if is_speech_verb(t)]
    for ancestor in quote.root.ancestors:  # a partial quote inside the clause of "warned"
        if ancestor in verbs:
            return ancestor
    if governing_only:
        return None
    for verb in verbs:  # "“…,” he said": the quote hangs from the verb
        if any(quote.start <= t.i < quote.end for t in verb.subtree):
            return verb
    according = [t for t in outside if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)]
    if according:
        return according[0]
    if not verbs:
        return None
    return min(verbs, key=lambda v: min(abs(v.i - quote.start), abs(v.i - quote.end)))


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
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] or inverted_subject(verb)
        if subjects:
            return subjects[0]
        head = verb.head
        if verb.dep_ == "conj" and not is_speech_verb(head) and head.dep_ == "ccomp" and is_speech_verb(head.head):
            # "told the council the option was … and warned …": the parser hung "warned" on "was"
            verb = head.head
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acomp") and verb.head != verb:
            # "… and warned …", "pushed back, arguing …": the subject of the verb it hangs from
            verb = verb.head
            if verb.dep_ == "relcl":
                return verb.head
        else:
            verb = None
        seen += 1
    return None


def inverted_subject(verb: Token) -> list[Token]:
    """"Said Ellis: …", "…,” said Wang.": the parser may hang the name after the verb as an object."""
    if not is_speech_verb(verb):
        return []
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN":  # parsed as a name: [Said] Ellis
        return [verb.head]
    return [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "oprd")
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")][:1]


def resolve(doc: Doc, subject: Token) -> Optional[str]:
    analysis = doc._.actors
    return analysis.resolve(subject) if analysis is not None else None


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


def is_partial(doc: Doc, span: QuoteSpan, content: str) -> bool:
    """A quote woven into the sentence ("called it “completely unacceptable”")."""
    before = text_of(doc)[max(0, span.open_at - 3):span.open_at].rstrip()
    embedded = bool(before) and (WORD.match(before[-1]) is not None)
    first_word = content.split()[0] if content.split() else ""
    return embedded and (first_word[:1].islower() or len(content.split()) <= 4)


def signed_by(doc: Doc, span: QuoteSpan) -> Optional[Token]:
    """"“We can build a wall.” ― Steve Quinlan": a name after a dash right behind the quote."""
    after = text_of(doc)[span.close_at + 1:span.close_at + 4]
    dash = re.match(r"\s*[―—–-]\s*", after)
    if dash is None:
        return None
    start = span.close_at + 1 + dash.end()
    names = doc.char_span(start, min(len(text_of(doc)), start + 60), alignment_mode="expand")
    if names is None or not names[0].text[:1].isupper():
        return None
    person = [t for t in names if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    head = []
    for token in names:
        if token not in person:
            break
        head.append(token)
    return head[-1] if head else None


def last_speaker_before(doc: Doc, sentence: Span) -> Optional[Token]:
    """A quote alone in its sentence with no cue continues the speaker of the sentence just before,
    in the same paragraph or the one before: "… Schiff said. “The other factor …”"."""
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if text_of(doc)[previous.end_char:sentence.start_char].count("\n") > 2:
        return None
    for token in reversed(list(previous)):
        if is_speech_verb(token) and token.lemma_.lower() in REPORTING_VERBS:
            return subject_of(token)
    return None


def introduced_by_colon(doc: Doc, span: QuoteSpan, sentence: Span) -> Optional[Token]:
    """"Ri put it plainly: “…”", "Said Ellis: “…”" or "Ri — “…”": the speaker of the clause before the
    colon or dash (spaCy may end the sentence at the colon, so the clause may be the one before)."""
    before = text_of(doc)[sentence.start_char:span.open_at].rstrip()
    if not before.strip() and sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        before = text_of(doc)[sentence.start_char:span.open_at].rstrip()
    if not before.endswith((":", "—", "–")):
        return None
    clause = doc.char_span(sentence.start_char, sentence.start_char + len(before) - 1, alignment_mode="contract")
    if clause is None or len(clause) == 0:
        return None
    cues = [t for t in clause if is_speech_verb(t)]
    subjects = [subject_of(cues[-1])] if cues else [t for t in clause if t.dep_ in SUBJECTS and t.head.i < clause.end]
    if subjects and subjects[0] is not None:
        return subjects[0]
    names = [t for t in clause if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    return names[-1] if names else None


def stands_alone(doc: Doc, span: QuoteSpan, sentence: Span) -> bool:
    """The quote makes up its whole sentence or paragraph (a follow-on quote with no cue)."""
    outside = text_of(doc)[sentence.start_char:span.open_at] + text_of(doc)[span.close_at + 1:sentence.end_char]
    return not WORD.search(outside)


def near(doc: Doc, previous: QuoteRecord, start: int) -> bool:
    """The previous quote is in this paragraph or the one before."""
    between = text_of(doc)[previous.end:start]
    return len(re.findall(r"\n[ \t]*\n", between)) <= 1


# --- reported speech -----------------------------------------------------------------------


def find_reported_speech(doc: Doc, direct: list[QuoteRecord]) -> list[QuoteRecord]:
    """"X said (that) …", "…, the source added", "X, he said, …", "X called on Y to …",
    "according to X, …": the reported words, with their speaker."""
    found: list[QuoteRecord] = []
    quoted = Spans((q.start, q.end) for q in direct)
    inside_direct = Spans((q.start, q.end) for q in direct if q.kind == "direct" and len(q.text.split()) > 3)
    for token in doc:
        lemma = token.lemma_.lower()
        is_cue = token.lower_ == "according" or made_clear(token) is not None or \
            lemma in CUE_VERBS and token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" or \
            reports_a_that_clause(token) or is_speech_noun(token)
        if not is_cue or inside_direct.contains(token.idx):
            continue  # speech reported inside a quotation belongs to that quote
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            sentence = token.sent
            quoted_here = any(sentence.start_char <= q_start < sentence.end_char
                              for q_start, _ in quoted.near(sentence.start_char, sentence.end_char))
            record = None if quoted_here else according_to(doc, token, inside_direct)
        elif token.pos_ in ("VERB", "AUX"):
            record = reported_by(doc, token)
        elif token.pos_ == "NOUN":
            record = reported_in_noun(doc, token)
        else:
            record = None
        if record is None or quoted.mostly_covers(doc, record.start, record.end) or \
                any((q.start, q.end) == (record.start, record.end) for q in found[-3:]):
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
        clauses = [c for c in phrase.children if c.dep_ == "ccomp" and c.left_edge.i == after_noun
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if clauses:
            return clauses
    return []


def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def reported_in_noun(doc: Doc, noun: Token) -> Optional[QuoteRecord]:
    """"his promise [to build a wall]", "accusations [that Rubio recites the same points]", "Trump's
    claim [that the election is rigged]": the clause a speech noun carries, said by its owner."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i and (
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or noun.lemma_.lower() in PROMISE_NOUNS and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children))]
    if not clauses:
        clauses = clause_hung_on_the_verb(noun)
    if not clauses:
        return None
    tokens = trim_clause(without_trailing_aside(without_conjoined_speech(clauses[0])))
    if len(tokens) < 3:
        return None
    owner = owner_of_speech_noun(noun)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    sentence = noun.sent
    return QuoteRecord(
        start=start, end=end, text=balanced(words_of(doc, tokens)), kind="indirect",
        speaker=resolve(doc, owner) if owner is not None else None,
        speaker_text=noun_phrase(owner) if owner is not None else None,
        cue=noun.text, sentence_start=sentence.start_char, sentence_end=sentence.end_char)


def owner_of_speech_noun(noun: Token) -> Optional[Token]:
    """Whose claim: "his claim", "Trump’s claim", "a claim by Trump", or the subject of "Christie
    repeated accusations"; nobody's in "Clinton rejected claims that …" (the claims are others')."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in child.subtree):
            return child  # "Clinton campaign accusations"
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

    def mostly_covers(self, doc: Doc, start: int, end: int) -> bool:
        """start..end is a quotation found between marks, give or take a word or two: "he said
        “…”" is that quote again, while "said the goal was not to “make America great again”"
        reports a clause of which the marks hold only a part."""
        text = list(text_of(doc)[start:end])
        covered = 0
        for s, e in self.near(start, end):
            for offset in range(max(s, start), min(e, end)):
                text[offset - start] = " "
                covered += 1
        return covered * 2 >= end - start and len(WORDS.findall("".join(text))) < UNQUOTED_WORDS


def reported_by(doc: Doc, verb: Token) -> Optional[QuoteRecord]:
    if is_infinitive(verb) and not reports_anyway(verb):
        return None  # "to show that it is ready": an infinitive reports nothing yet
    if any(c.dep_ == "expl" for c in verb.children):
        return None  # "there have been telling responses": nobody tells
    asked_of_the_speaker = verb.tag_ == "VBN" and verb.dep_ == "advcl" and \
        not any(c.dep_ in SUBJECTS for c in verb.children)
    if asked_of_the_speaker and question_asked(verb) is None:
        return None  # "Asked about the talks, Tillerson said …": someone else asked, and about what
    tokens = trim_clause(without_trailing_aside(reported_tokens(verb)))
    if len(tokens) < 3 and not names_someone(tokens):
        return None  # "said so", "said it": nothing worth a quotation; "endorsed Hillary Clinton" is
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    subject = speaker_of_passive(verb) if is_passive(verb) or asked_of_the_speaker else subject_of(verb)
    sentence = verb.sent
    return QuoteRecord(
        start=start, end=end, text=balanced(words_of(doc, tokens)), kind="indirect",
        speaker=resolve(doc, subject) if subject is not None else None,
        speaker_text=noun_phrase(subject) if subject is not None else None,
        cue=cue_text(verb), sentence_start=sentence.start_char, sentence_end=sentence.end_char)


def names_someone(tokens: list[Token]) -> bool:
    return len(tokens) == 2 and all(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tokens)


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


def made_clear(verb: Token) -> Optional[Token]:
    """"made clear that …", "made it plain that …", "made the case that …": the clause said."""
    if verb.lemma_.lower() != "make" or not any(c.lower_ in MAKE_CLEAR for c in verb.children):
        return None
    keyword = next(c for c in verb.children if c.lower_ in MAKE_CLEAR)
    that = next((t for t in verb.subtree if t.i > keyword.i and t.lower_ == "that"), None)
    return that.head if that is not None and that.head.i > that.i else None


def reported_tokens(verb: Token) -> list[Token]:
    """The words a reporting verb reports, by the shape of the sentence."""
    said = made_clear(verb)
    if said is not None:
        return [t for t in without_conjoined_speech(said) if t.i > verb.i]
    aside = parenthetical_cue(verb)
    if aside is not None:
        # "[Lenox was a juggernaut,] Mr. Clarke said, [until it went bankrupt]": all but the aside
        return [t for t in verb.sent if not aside[0] <= t.i <= aside[1]]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] or that_clause_in_adjunct(verb)
    if any(c.i > verb.i for c in clauses):
        # "[In a statement released after he suspended …,] Cruz said he’s certain …": a clause after
        # the verb is what was said; the parser's other "clause" before it is a mere adjunct
        clauses = [c for c in clauses if c.i > verb.i]
    if clauses and clauses[0].i < verb.i:
        # "[Clinton had told police …], the source added": everything before the cue's subject
        subject = subject_of(verb)
        stop = min(t.i for t in subject.subtree) if subject is not None and subject.i < verb.i else verb.i
        return [t for t in verb.sent if clauses[0].left_edge.i <= t.i < stop]
    if clauses:
        # "say they do n’t yet know …": the parser may split one clause into two complements
        return [t for clause in clauses for t in without_conjoined_speech(clause)]
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        # "[But to prevent problems,] he said, [local officials should be vigilant]"
        aside = set(t.i for t in verb.subtree)
        return [t for t in verb.head.subtree if t.i not in aside]
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and verb.lemma_.lower() in REPORTING_VERBS and not says_something_itself(verb) and not is_passive(verb):
        # "[As the Post reported,] the inspector general issued subpoenas": the clause it comments on
        aside = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in aside]
    if is_passive(verb) and speaker_of_passive(verb) is not None:
        # "O’Malley’s move was first reported by MSNBC": what was reported is the subject
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return list(subjects[0].subtree) if subjects else []
    question = question_asked(verb)
    if question is not None:
        return list(question.subtree)
    if verb.lemma_.lower() in OBJECT_CUES | REPORTING_VERBS and verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
        return object_content(verb)
    return []


def says_something_itself(verb: Token) -> bool:
    """"as I discussed my sentence", "as he urges conservatives to unite": the verb has words of its
    own, so "as" tells when, not "as the Post reported"."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS
               for c in verb.children)


def question_asked(verb: Token) -> Optional[Token]:
    """"asked workers [if they planned to attend]", "asked [what should be done]": the question."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("advcl", "ccomp"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children) \
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
            if token.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
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
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in REPORTING_INFINITIVE_HEADS


def is_infinitive(verb: Token) -> bool:
    """"to show …", and "deny" in "to ramp up pressure and deny …"."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head == verb:
            return False
        verb = verb.head


def object_content(verb: Token) -> list[Token]:
    """What a verb's object says: "called on [Trump to stop attacking Machado]", "cited [derogatory
    comments …]", "promised [to continue supporting Clinton]", "spoke of [Clinton’s health]", but
    neither the verb's other conjuncts ("called for sanctions, but wants China to …") nor where
    or when it was said ("said in an interview")."""
    if is_passive(verb):
        return []  # "companies are found to have helped …": nobody's statement
    content: list[Token] = []
    lemma = verb.lemma_.lower()
    # "warned officials [to boost security]": with a "to" clause, the object is who was told
    told = any(c.dep_ == "xcomp" for c in verb.children)
    for child in verb.children:
        if child.i < verb.i or child.dep_ == "dobj" and (told or lemma in ADDRESSEE_VERBS and is_someone(child)):
            continue  # "told the AP", not "told the tale of …"
        if child.dep_ in ("dobj", "xcomp", "attr", "oprd") or for_clause(child):
            content += without_when(without_asides(child))
            if child.dep_ == "xcomp" or for_clause(child):
                content = without_main_clause_parts(child, content)
        elif child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS and not addresses_someone(child) \
                and not says_when(child):
            # "spoke [of] Clinton’s health", but "berated guards for not ejecting protesters"
            content += [t for t in without_when(without_asides(child)) if t != child or content]
    return content


TIME_MARKS = {"after", "before", "when", "while", "as", "until", "once"}


def without_main_clause_parts(infinitive: Token, content: list[Token]) -> list[Token]:
    """An infinitive said without what the parser hung on it from the main clause: "urged the party
    [to coalesce around them] and tried to make the case …" (a finite verb is not the infinitive's
    conjunct), "telling women [to stop nagging] when women speak up" (when it happened)."""
    last = max(t.i for t in content)
    for part in infinitive.subtree:
        finite_conjunct = part.head == infinitive and part.dep_ == "conj" and part.tag_ in ("VBD", "VBZ")
        timing = part.dep_ == "advcl" and part.i > infinitive.i and part.right_edge.i >= last and \
            any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in part.children)
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
    """An object without the date the parser hung on it: "announced [his candidacy] in June 2015"."""
    members = {t.i for t in tokens}
    cut = {t.i for token in tokens if token.i in members and says_when(token) for t in token.subtree}
    return [t for t in tokens if t.i not in cut]


def addresses_someone(preposition: Token) -> bool:
    """"to reporters", "to the Republican Jewish Coalition", "with him": whom the words were for."""
    return preposition.lower_ in ("to", "with") and any(c.dep_ == "pobj" and is_someone(c) for c in preposition.children)


def is_someone(noun: Token) -> bool:
    """A person, a body or an audience, as one is told something: "him", "the AP", "reporters"."""
    return noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or noun.lemma_.lower() in AUDIENCE_NOUNS


def for_clause(token: Token) -> bool:
    """"calling for [the United States to step up …]": the parser makes "for" the mark of a clause."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def without_asides(token: Token) -> list[Token]:
    """A phrase without a relative clause set off by a comma: "[the reality of climate change],
    which makes him an outlier" reports only the first part."""
    aside = {t.i for c in token.subtree if c.dep_ in ("relcl", "acl") and c.i > 0 and c.doc[c.left_edge.i - 1].text == ","
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
    while after < sentence.end and verb.doc[after].head == verb and (
            verb.doc[after].dep_ in ("prt", "advmod", "npadvmod")
            or verb.doc[after].dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSEE_VERBS
            and is_someone(verb.doc[after])):
        after = verb.doc[after].right_edge.i + 1  # "he said yesterday,", "he told reporters."
    opens = first > sentence.start + 2 and verb.doc[first - 1].text == ","
    closes = after >= sentence.end or verb.doc[after].text in (",", ".", ";") or \
        verb.doc[after].is_punct and verb.doc[after].text != ":"  # "X said: “…”" introduces a quote
    if not (opens and closes) or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    last = after if after < sentence.end and verb.doc[after].text == "," else after - 1
    return first - 1, last


def without_conjoined_speech(clause: Token) -> list[Token]:
    """A reported clause without a speech verb the parser coordinated into it: in "Merrill says
    Machado promised … and said she would …", "and said …" is Merrill's, not Machado's words."""
    cut: set[int] = set()
    for child in clause.children:
        if child.dep_ == "conj" and (is_speech_verb(child) or narrates_on(child)):
            cut |= {t.i for t in child.subtree}
            cut |= {c.i for c in clause.children if c.dep_ == "cc" and c.i < child.i}
    return [t for t in clause.subtree if t.i not in cut]


def narrates_on(conjunct: Token) -> bool:
    """"Rubio said [the real extremist is Clinton], and he railed against …": after a comma and
    "and" or "but", a clause with a subject of its own is the writer's again."""
    doc = conjunct.doc
    joint = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    if not joint or joint[-1].i == 0 or doc[joint[-1].i - 1].text != ",":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conjunct.children):
        return False  # ", and that many will be receptive": a second clause said
    subjects = [c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "“… on the court, and we will see our rights taken away”": I, we and you are the speaker's words
    return bool(subjects) and subjects[0].lower_ not in ("i", "we", "you")


def words_of(doc: Doc, tokens: list[Token]) -> str:
    """The text of `tokens` as written, with a left-out aside (", Mr. Clarke said,") cut out:
    the pieces are joined by one space, the aside's commas dropped."""
    pieces, run = [], [tokens[0]]
    for token in tokens[1:]:
        if token.i == run[-1].i + 1:
            run.append(token)
        else:
            pieces.append(run)
            run = [token]
    pieces.append(run)
    return " ".join(text_of(doc)[p[0].idx:p[-1].idx + len(p[-1].text)].strip(" ,") for p in pieces)


def balanced(text: str) -> str:
    """The clause without a quote mark left unmatched at either end."""
    text = text.strip()
    if text[:1] == "“" and text.count("“") > text.count("”") or text[:1] == '"' and text.count('"') % 2:
        text = text[1:].lstrip()
    if text[-1:] == "”" and text.count("”") > text.count("“") or text[-1:] == '"' and text.count('"') % 2:
        text = text[:-1].rstrip()
    return text


ASIDE_DEPS = ("relcl", "appos", "acl")
ASIDE_OPENERS = {",", "—", "–", "--", "("}


def without_trailing_aside(tokens: list[Token]) -> list[Token]:
    """The reported words without what the writer adds after a comma or a dash at their end: "to
    repeal the Hyde Amendment[, a longstanding federal provision …]", "he was being “sarcastic”[,
    which raised concerns …]", "the baby[ — a play on words …]"."""
    if not tokens:
        return tokens
    tokens = sorted(tokens, key=lambda t: t.i)
    doc, last = tokens[0].doc, tokens[-1].i
    members = {t.i for t in tokens}
    for token in tokens:
        opener = doc[token.left_edge.i - 1] if token.left_edge.i > tokens[0].i else None
        aside = token.dep_ in ASIDE_DEPS or token.left_edge.lower_ in ("which", "who", "whom") \
            or token.dep_ == "advcl" and token.tag_ == "VBG" and is_speech_verb(token)  # "[, calling them …]"
        if aside and opener is not None and opener.text in ASIDE_OPENERS \
                and opener.i in members and token.right_edge.i >= last - 1 and not in_list(token):
            return [t for t in tokens if t.i < opener.i]
    return tokens


def in_list(token: Token) -> bool:
    """"Israel, the Iranian nuclear deal and …": a list the parser read as an apposition."""
    return token.dep_ == "appos" and (any(t.dep_ == "cc" for t in token.subtree)
                                      or any(c.dep_ == "conj" for c in token.head.children))


# "WASHINGTON (AP) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —": a place in capitals, a wire, a dash
DATELINE = re.compile(r"^[A-Z]{2,}[A-Z .'’-]*(?:,[^—–\n]{0,40})?(?:\([A-Za-z .]+\))?\s*(?:—|–|--)\s*")


def without_dateline(tokens: list[Token]) -> list[Token]:
    """"[WASHINGTON (AP) —] Donald Trump has invested …": the wire's dateline is nobody's words."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    if text_of(doc)[:tokens[0].idx].rstrip(" ") not in ("",) and not text_of(doc)[:tokens[0].idx].rstrip(" ").endswith("\n"):
        return tokens  # a dateline opens its paragraph
    head = text_of(doc)[tokens[0].idx:tokens[min(len(tokens), 14) - 1].idx + 1]
    match = DATELINE.match(head)
    if match is None:
        return tokens
    cut = tokens[0].idx + match.end()
    return [t for t in tokens if t.idx >= cut]


def trim_clause(tokens: list[Token]) -> list[Token]:
    """Leading "that" and punctuation, trailing commas and quote marks off; a closing mark kept
    where the clause holds its opening one (“completely unacceptable”)."""
    tokens = without_dateline(sorted(tokens, key=lambda t: t.i))
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "for") or tokens[0].is_punct
                      or tokens[0].is_space or tokens[0].lower_ == "that" and tokens[0].head.pos_ in ("VERB", "AUX")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and (
            tokens[-1].text not in ".?!" or len(tokens) > 1 and tokens[-2].i != tokens[-1].i - 1)):
        tokens.pop()  # a trailing comma, or a full stop cut off from the words by what was left out
    if tokens and sum(t.text == "“" for t in tokens) > sum(t.text == "”" for t in tokens):
        doc, following = tokens[-1].doc, tokens[-1].i + 1
        if following + 1 < len(doc) and doc[following].text in ".?!," and doc[following + 1].text == "”":
            tokens.append(doc[following])  # “… and divisive.”
            following += 1
        if following < len(doc) and doc[following].text == "”":
            tokens.append(doc[following])
    return tokens


def according_to(doc: Doc, according: Token, inside_direct: Spans) -> Optional[QuoteRecord]:
    """"The test was the largest yet, according to the ministry": the rest of the sentence."""
    sentence = according.sent
    phrase = list(according.subtree)
    words = without_dateline([t for t in sentence if t not in phrase and not (t.is_punct and t.text in ",;—–")])
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()  # the full stop, and the paragraph break spaCy keeps in the sentence
    if len(words) < 4 or inside_direct.contains(according.idx):
        return None
    source = subject_of(according)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return QuoteRecord(
        start=start, end=end, text=text_of(doc)[start:end], kind="indirect",
        speaker=resolve(doc, source) if source is not None else None,
        speaker_text=noun_phrase(source) if source is not None else None,
        cue="according to", sentence_start=sentence.start_char, sentence_end=sentence.end_char)


