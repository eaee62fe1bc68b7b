"""spaCy component `briefing_quotes`: direct, partial and reported quotations with their speakers.

Quote marks are paired by a scanner that knows apostrophes (North’s, don’t), straight and curly,
double and single marks, and the newspaper convention of a quote running over paragraphs (an
opening mark on each, a closing mark only at the end). An unbalanced mark is dropped and reported,
never fatal. The words naming a speaker come from the parse: the subject of the nearest speech verb
("he warned", "said Wang", "told the council"); a quote alone in its paragraph with no cue follows
on from a neighbour. Reported speech ("X said that …") is found by `reported`; the word lists are
in `lexicon`, the speaker helpers in `speakers`, and the speaker sieve (`attribution`) resolves
every quote's speaker words to an actor once all are found.

Use outside the site: `nlp.add_pipe("briefing_actors"); nlp.add_pipe("briefing_quotes")`, then read
`doc._.quotes.quotes` (a list of `generator.model.QuoteRecord`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...model import QuoteRecord
from ..marks import PARAGRAPH, WORD, QuoteSpan, find_quote_spans
from .. import extensions  # noqa: F401  (registers Doc._ attributes)
from .clauses import balanced
from .lexicon import ADDRESSEE_VERBS, REPORTING_VERBS
from .reported import find_reported_speech
from ..attribution import attribute_speakers
from .speakers import (SPEAKER_ENTITIES, SUBJECTS, cue_text, is_speech_verb, name_before_the_cue, name_the_speaker,
                       subject_of, text_of)


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
        titles: list[QuoteRecord] = []
        for span in spans:
            record = self.attribute(doc, span, previous)
            if record is None:
                continue
            title = names_a_work(doc, record)
            if title:
                titles.append(record)  # reported speech leaves its words alone too
            if title or is_scare_quote(record):
                findings.scare_quotes.append(record)  # a title, a nickname, a word held at arm's length
                continue
            findings.quotes.append(record)
            previous = record if record.speaker_text or record.resolved_by else previous
        findings.quotes += transcript_turns(doc, findings.quotes)
        findings.quotes += find_reported_speech(doc, findings.quotes, titles)
        findings.quotes.sort(key=lambda q: q.start)
        attribute_speakers(doc, findings.quotes)
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
        if SPEAKER_LABEL.match(content) and not is_partial(doc, span, content):
            return None  # a transcript quoted whole, “PENCE: Well, look, …”: its turns are read by paragraph
        kind = "partial" if is_partial(doc, span, content) else "direct"
        record = QuoteRecord(start=start, end=end, text=content, kind=kind, speaker=None,
                             sentence_start=sentence.start_char, sentence_end=sentence.end_char)
        cue = find_cue(sentence, quote_tokens, governing_only=kind == "partial" and len(content.split()) <= 3)
        subject = subject_of(cue) if cue is not None else None
        if subject is not None and quote_tokens.start <= subject.i < quote_tokens.end:
            # "“… : We will achieve justice,” Tulsa police Chief Chuck Jordan said": the parser hung
            # the verb on the quotation; a word inside the quotation never names its speaker
            subject = next(iter(name_before_the_cue(cue)), None)
        if cue is not None and kind == "partial" and describes_the_speaker_or_the_scene(cue, subject, quote_tokens):
            cue = None  # "said Ramos, whose new book features “rebellious” people": the writer's words
        if cue is not None:
            record.cue = cue_text(cue)
        else:
            subject = signed_by(doc, span) or introduced_by_colon(doc, span, sentence)
            if subject is None and stands_alone(doc, span, sentence):
                subject = last_speaker_before(doc, sentence)
                if subject is not None or previous is not None and near(doc, previous, start) \
                        or speaker_follows_in_paragraph(doc, span):
                    record.resolved_by = "follow-on"  # the sieve resolves the speaker before (or after)
        if subject is not None:
            name_the_speaker(record, subject)
        return record


def describes_the_speaker_or_the_scene(cue: Token, subject: Optional[Token], quote: Span) -> bool:
    """A partial quote inside the words that tell who the speaker (the cue's `subject`) is ("said
    Cuban, who is also a host on the TV show “Shark Tank”") or what the speaker was doing ("she
    said, showing off the “Make America Great Again” hat") belongs to the writer, not to the speaker."""
    doing = [c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and c.tag_ in ("VBG", "VBN")
             and not is_speech_verb(c) and cue.doc[c.left_edge.i - 1].text == ","]
    # not where the parser hung the cue itself on the speaker ("China's ambassador, Wang Lei, called for “…”")
    describing = subject is not None and subject.pos_ != "PRON" and cue not in subject.subtree
    around = doing + ([subject] if describing else [])
    return any(part.left_edge.i <= quote.start and quote.end - 1 <= part.right_edge.i for part in around)


def is_scare_quote(record: QuoteRecord) -> bool:
    """Words in marks that no verb, colon or earlier speaker gives to anyone, short or woven into
    the sentence: “unique” leverage, the “sex tape” reference, the film “13th”."""
    unclaimed = record.cue is None and record.speaker_text is None and record.resolved_by is None
    return unclaimed and (record.kind == "partial" or len(record.text.split()) <= 4)


# "in her memoir, “Tough Choices.”": a work named after a comma; not a speech, column or report,
# whose words are quoted that way
WORK_NOUNS = {"book", "memoir", "novel", "film", "movie", "documentary", "song", "album", "show", "series", "play",
              "poem", "podcast", "program", "programme"}
SMALL_TITLE_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with",
                     "by", "from", "as", "vs", "vs.", "is", "it"}
TITLE_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
BYLINE = re.compile(r"""[,.]?[”"’']*,?\s+by\s+[A-Z]""")
NOUN_ROLES = {"pobj", "appos", "poss", "compound", "nsubj", "nsubjpass", "npadvmod", "conj", "dobj", "nmod"}


def names_a_work(doc: Doc, record: QuoteRecord) -> bool:
    """A title in marks, “Meet the Press”, “The Apprentice”, “Crippled America: How to Make America
    Great Again”, or a headline with its byline: words the sentence uses as a name, not as
    something said (a slogan a speech verb governs is still said, and so is "“Your Honor,” I said")."""
    if record.text[:1].isupper() and BYLINE.match(text_of(doc), record.end):
        return True  # "—“Met accused of whitewashing baby Jesus,” by the Post's …": a story's headline
    words = TITLE_WORD.findall(record.text)
    if not 1 <= len(words) <= 12 or record.kind == "direct" and record.cue is None and record.speaker_text:
        return False
    if not all(w[0].isupper() for w in words if w.lower() not in SMALL_TITLE_WORDS) or not words[0][0].isupper():
        return False
    tokens = doc.char_span(record.start, record.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    before = text_of(doc)[:record.start].rstrip(" “\"‘'").split()
    # "NBC’s “Meet the Press”", "on “Face the Nation”", whatever the parser made of the title's words
    if before and (before[-1].endswith(("’s", "'s")) or before[-1] in ("on", "in", "of", "from")):
        return "!" not in record.text  # but "to chants of “Marco! Marco!”"
    if before and before[-1].rstrip(",").lower() in WORK_NOUNS:
        return True  # "said in his 2012 book, ''An American Son.''"
    root = tokens.root
    if root.dep_ in ("dative", "dobj") and root.head.lemma_.lower() in ADDRESSEE_VERBS:
        return True  # "told NBC's “Today”", "Fiorina told “Fox and Friends”": whom it was said to
    cut_by_cue = text_of(doc)[record.end:record.end + 1] == "," and any(
        is_speech_verb(t) for t in doc[tokens.end:tokens.end + 4])
    if cut_by_cue:
        return False  # "“Your Honor,” I said, “…”": words said, with their cue right after them
    return root.dep_ in NOUN_ROLES and not is_speech_verb(root.head) and root.head.lemma_.lower() not in REPORTING_VERBS


# "PENCE:", "MS. PSAKI:", "PRESIDENT YOON:" at the start of a paragraph or of a quoted turn.
LABEL_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"


SPEAKER_LABEL = re.compile(rf"^({LABEL_WORD}(?: {LABEL_WORD}){{0,3}}):\s+(?=\S)")
NAME_LABEL = re.compile(r"^([A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}):\s+(?=\S)")


NOT_SPEAKERS = {"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "WATCH", "READ MORE", "RELATED", "PHOTO",
                "VIDEO", "CORRECTION", "CLARIFICATION", "Q", "QUESTION", "END", "SOURCE", "SOURCES"}


LABEL_TITLES = {"THE", "PRESIDENT", "VICE", "SECRETARY", "MR.", "MRS.", "MS.", "DR.", "GOV.", "SEN.", "REP.",
                "GENERAL", "GEN.", "AMBASSADOR", "MINISTER", "PRIME", "CHAIRMAN", "SPEAKER", "SENATOR", "MR", "MS"}


STAGE_DIRECTION = re.compile(r"^[(\[][^)\]]*[)\]][.”\"]*\s*$")


def transcript_turns(doc: Doc, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """Paragraphs of a transcript, "PENCE: Gennifer Flowers will not be attending …": each turn is
    its speaker's words. Quoted over paragraphs, each turn opens with a mark ("“WALLACE: Let’s start
    …"), and a paragraph that opens with a mark but no label goes on with the turn before it. A
    label in capitals is a turn only in a transcript, where some label names a person of the
    article: "STOCKS: Shares fell …" in a market round-up is a section, not a speaker."""
    taken = [(q.start, q.end) for q in quotes]
    turns: list[QuoteRecord] = []
    turn: Optional[tuple[str, int]] = None  # the label of the turn going on, and where it stands
    for match in PARAGRAPH.finditer(text_of(doc)):
        paragraph = match.group(0)
        opening = len(paragraph) - len(paragraph.lstrip("\"“‘'"))
        if STAGE_DIRECTION.match(paragraph[opening:]):
            continue  # "(CROSSTALK.)", "[APPLAUSE]": nobody's words, and the turn goes on
        label = SPEAKER_LABEL.match(paragraph[opening:]) or named_label(doc, paragraph[opening:])
        if label is None and not (opening and turn and goes_on(paragraph)):
            turn = None  # the transcript is over
            continue
        start = match.start() + opening + (label.end() if label else 0)
        turn = (label.group(1), match.start() + opening) if label else turn
        if any(s <= start < e for s, e in taken):
            continue
        end = match.start() + len(paragraph.rstrip())
        record = turn_record(doc, turn, start, end, match.start(), end)
        if record is not None:
            turns.append(record)
    if not any(speaker_of_label(doc, record.speaker_text) for record in turns):
        return []  # no label names anyone the article speaks of: section labels, not a transcript
    return turns


def goes_on(paragraph: str) -> bool:
    """The mark opening the paragraph holds the rest of it: not "“Containment” has been policy …"."""
    body = paragraph.rstrip().rstrip("”\"")
    return body.count("“") > body.count("”") or body.count('"') % 2 == 1


def named_label(doc: Doc, paragraph: str) -> Optional[re.Match]:
    """"Chris Matthews: Seriously, …", "Matthews: Here’s the irony …": a turn labelled with the name,
    not in capitals, of someone the article names (so not "Update:" or "Washington:")."""
    label = NAME_LABEL.match(paragraph)
    if label is None or len(re.findall(r"[^\W\d]+", paragraph[label.end():])) < 3:
        return None  # "Clinton: 1,769." is a tally, not a turn
    return label if speaker_of_label(doc, label.group(1)) is not None else None


def turn_record(doc: Doc, turn: tuple[str, int], start: int, end: int, context_start: int,
                context_end: int) -> Optional[QuoteRecord]:
    """The words after a speaker label (from `start`) as that speaker's quote; the speaker sieve
    finds the person the label names."""
    label, label_at = turn
    name = label_name(label)
    if label.strip().rstrip(".") in NOT_SPEAKERS or not name:
        return None
    text = balanced(text_of(doc)[start:end])  # without the mark that closes a turn quoted whole
    if not WORD.search(text):
        return None
    return QuoteRecord(start=start, end=start + len(text), text=text, kind="direct", speaker=None,
                       speaker_text=name, speaker_head=label_at, resolved_by="label", cue="transcript",
                       sentence_start=context_start, sentence_end=context_end)


def label_name(label: str) -> str:
    """"GOVERNOR PENCE" -> "Pence", "Chris Matthews" as it is."""
    words = [w for w in label.split() if w not in LABEL_TITLES]
    return " ".join(w.title() if w.isupper() else w for w in words)


def speaker_of_label(doc: Doc, label: str) -> Optional[str]:
    """"PENCE" or "GOVERNOR PENCE" -> the person of the article whose name ends so."""
    name = label_name(label)
    analysis = doc._.actors
    if not name or analysis is None:
        return None
    people = analysis.people_named(name)
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
        opens_with_cue = any(is_speech_verb(t) for t in following[:4])  # "Trump said, looking out on …"
        if following.start >= end - 1 and (len(following) <= 8 or opens_with_cue) \
                and any(is_speech_verb(t) for t in following) \
                and text_of(doc)[quote.end_char:following.start_char].strip(" ”\"’',") == "":
            end = following.end
    return doc[first.start:end]


# Verbs that call a thing something with "as": "described the plan as “a cruel joke”"
DESCRIBING_AS = {"describe", "characterize", "characterise", "brand", "label", "portray", "paint", "dismiss", "hail",
                 "denounce", "condemn", "criticise", "criticize", "praise", "slam", "blast", "term"}


# Verbs that tell someone to do something: in the passive their subject is told, not telling
ADDRESSING_VERBS = {"ask", "tell", "urge", "order", "instruct", "direct", "advise", "request", "call"}


def told_to(verb: Token) -> bool:
    """"… said that districts had been asked to “intensify surveillance”": whoever said it asked."""
    return verb.lemma_.lower() in ADDRESSING_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "nsubjpass" for c in verb.children) and any(
            a.lemma_.lower() in ("say", "announce", "state", "add") for a in verb.ancestors)


def in_a_question_put(verb: Token) -> bool:
    """"Asked what she would tell young people, Ms Namono does not hesitate: “…”": a verb of the
    question put to the speaker is no cue of the answer."""
    def put(ask: Token) -> bool:  # "Asked …", "When asked …", with nobody asking: not "Asked by a reporter"
        return ask.lemma_.lower() == "ask" and ask.tag_ in ("VBN", "VBD") and ask.i <= ask.sent.start + 2 \
            and not any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in ask.children)
    return put(verb) or any(put(a) for a in verb.ancestors)


def find_cue(frame: Span, quote: Span, governing_only: bool = False) -> Optional[Token]:
    """The speech verb the quote belongs to: one governing it, else one it hangs from, else
    "according to X", else the nearest verb outside it ("“…,” Putin told Xi, according to the
    Kremlin" is Putin's). A word or two in marks takes only a governing verb: "its “unique”
    leverage" has no speaker."""
    outside = [t for t in frame if not (quote.start <= t.i < quote.end)]
    analysis = frame.doc._.actors
    # not a verb inside another quotation ("“That,” he added, “promises …”": "added", not "promises")
    verbs = [t for t in outside if is_speech_verb(t) and not (analysis is not None and analysis.is_quoted(t))
             and not in_a_question_put(t)]
    asked = next((v for v in verbs if v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children)
                  and v.right_edge.i < quote.start and quote.start - v.right_edge.i <= 3), None)
    if asked is not None:
        return asked  # "Asked by a reporter, “Are you …?”, Mr Tan replied": the asker's question
    ancestors = list(quote.root.ancestors)
    for at, ancestor in enumerate(ancestors):  # a partial quote inside the clause of "warned"
        if ancestor.lower_ == "as" and ancestor.dep_ == "prep":
            # "described the measures announced by the government as “a cruel joke”": the parser hung
            # "as" on the nearer verb; the verb that describes something as something says it
            describing = next((v for v in ancestors[at + 1:] if v in verbs and v.lemma_.lower() in DESCRIBING_AS), None)
            if describing is not None:
                return describing
        if ancestor in verbs and not told_to(ancestor):
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


def is_partial(doc: Doc, span: QuoteSpan, content: str) -> bool:
    """A quote woven into the sentence ("called it “completely unacceptable”")."""
    before = text_of(doc)[max(0, span.open_at - 3):span.open_at].rstrip()
    embedded = bool(before) and (WORD.match(before[-1]) is not None)
    first_word = content.split()[0] if content.split() else ""
    return embedded and (first_word[:1].islower() or len(content.split()) <= 4)


def signed_by(doc: Doc, span: QuoteSpan) -> Optional[Token]:
    """"“We can build a wall.” ― Steve Quinlan": a name after a dash right behind the quote; in a
    headline or a paragraph the quote opens, after a colon too ("'We owe commuters an
    explanation': Koh Wei Ming on the rail disruption")."""
    after = text_of(doc)[span.close_at + 1:span.close_at + 4]
    dash = re.match(r"\s*[―—–-]\s*", after) or (
        re.match(r":\s+", after) if starts_a_paragraph(doc, span.open_at) else None)
    if dash is None:
        return None
    start = span.close_at + 1 + dash.end()
    names = doc.char_span(start, min(len(text_of(doc)), start + 60), alignment_mode="expand")
    if names is None or not names[0].text[:1].isupper():
        return None
    person = [t for t in names if (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN")
              and not (t.is_punct or t.is_space)]  # the model may take the next quote's mark into the name
    head = []
    for token in names:
        if token not in person:
            break
        head.append(token)
    return head[-1] if head else None


def starts_a_paragraph(doc: Doc, at: int) -> bool:
    """Nothing but blanks between the character at `at` and the line break (or the text's start) before it."""
    before = text_of(doc)[:at]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


def last_speaker_before(doc: Doc, sentence: Span) -> Optional[Token]:
    """A quote alone in its sentence with no cue continues the speaker of the sentence just before,
    in the same paragraph or the one before: "… Schiff said. “The other factor …”"."""
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if text_of(doc)[previous.end_char:sentence.start_char].count("\n") > 2:
        return None
    quoted = doc._.actors.is_quoted if doc._.actors is not None else (lambda token: False)
    for token in reversed(list(previous)):
        # not "… but nobody said it out loud.”": a verb inside the quotation before is its words
        if is_speech_verb(token) and token.lemma_.lower() in REPORTING_VERBS and not quoted(token):
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
    cues = [t for t in clause if is_speech_verb(t) and not in_a_question_put(t)]
    subjects = [subject_of(cues[-1])] if cues else [t for t in clause if t.dep_ in SUBJECTS and t.head.i < clause.end
                                                    and not in_a_question_put(t)]
    if subjects and subjects[0] is not None:
        return subjects[0]
    names = [t for t in clause if t.ent_type_ in SPEAKER_ENTITIES]
    if names:
        return names[-1]
    return clause[-1] if is_a_turn_label(doc, clause) else None


def is_a_turn_label(doc: Doc, clause: Span) -> bool:
    """"Mr Koh: “That's a fair question …”", "Reporter: “Will commuters be compensated?”": a
    paragraph of a question-and-answer excerpt opens with its speaker's name or role, capitalised,
    then a colon and the quotation."""
    words = [t for t in clause if not t.is_punct]
    # not "SENIOR ADMINISTRATION OFFICIAL:", a transcript's turn (transcript_turns)
    return starts_a_paragraph(doc, clause.start_char) and 1 <= len(words) <= 4 \
        and all(t.text[:1].isupper() for t in words) and not clause.text.isupper()


def stands_alone(doc: Doc, span: QuoteSpan, sentence: Span) -> bool:
    """The quote makes up its whole sentence or paragraph (a follow-on quote with no cue)."""
    outside = text_of(doc)[sentence.start_char:span.open_at] + text_of(doc)[span.close_at + 1:sentence.end_char]
    return not WORD.search(outside)


def speaker_follows_in_paragraph(doc: Doc, span: QuoteSpan) -> bool:
    """Another quotation follows in the same paragraph ("“You went on television …” “It is
    gutless,” Warren said."): the sieve may give this one the speaker named there."""
    return re.match(r"[ \t]*[“\"]", text_of(doc)[span.close_at + 1:span.close_at + 8]) is not None


def near(doc: Doc, previous: QuoteRecord, start: int) -> bool:
    """The previous quote is in this paragraph or the one before."""
    between = text_of(doc)[previous.end:start]
    return len(re.findall(r"\n[ \t]*\n", between)) <= 1
