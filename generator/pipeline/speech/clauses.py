"""The words a report gives, trimmed: what the writer adds at their end (an aside, a participle
telling what the speaker did), a wire dateline, stray punctuation and quote marks left unmatched,
and the text of words with a left-out cue aside closed up.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..marks import DATELINE
from ..extensions import text_of
from .speakers import SUBJECTS, is_speech_verb


def has_mark(clause: Token, words: set[str]) -> bool:
    """The clause opens with one of `words` as its subordinator: "[that] it is ready", "[if] …"."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def words_of(doc: Doc, tokens: list[Token]) -> str:
    """The text of `tokens` as written, with a left-out aside (", Mr. Clarke said,") cut out:
    the pieces are joined by one space, the aside's commas dropped."""
    pieces, run = [], [tokens[0]]
    for token in tokens[1:]:
        if token.i == run[-1].i + 1 or all(t.is_punct for t in doc[run[-1].i + 1:token.i]):
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
        # the comma may sit inside the closing mark: "called the remarks “racist,”[ an extraordinary …]"
        after_quote = opener is not None and opener.text in CLOSING_MARKS and doc[opener.i - 1].text == ","
        if opener is None or opener.text not in ASIDE_OPENERS and not after_quote:
            continue
        # after the comma of a cue left out, a participle tells what the speaker did: "Sales were
        # great, he said[, wiping sweat off his face]"
        after_cue = opener.i not in members and opener.text == "," and is_participle(token)
        aside = token.dep_ in ASIDE_DEPS or token.left_edge.lower_ in ("which", "who", "whom") \
            or is_participle(token) and is_speech_verb(token) or contrasts(token)  # "[, calling them …]"
        # the comma before an aside hangs on the verb, not on the words said: "cited [the program][,] the …"
        opens_here = opener.i in members or opener.text == ","
        if (aside and opens_here or after_cue) and token.right_edge.i >= last - 1 and not in_list(token):
            return [t for t in tokens if t.i < opener.i or after_quote and t.i == opener.i]
    return tokens


def is_participle(token: Token) -> bool:
    """"[, wiping sweat off his face]": a participle with no subject or subordinator of its own."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and \
        not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in token.children)


CONTRASTS = {"while", "whereas", "though", "although"}


def contrasts(token: Token) -> bool:
    """"[, while Cruz said …]", "[, though she did not discuss their terms]": the writer sets
    another fact beside the words said."""
    return token.dep_ == "advcl" and has_mark(token, CONTRASTS) \
        and any(c.dep_ in SUBJECTS for c in token.children)


def in_list(token: Token) -> bool:
    """"Israel, the Iranian nuclear deal and …": a list the parser read as an apposition."""
    return token.dep_ == "appos" and (any(t.dep_ == "cc" for t in token.subtree)
                                      or any(c.dep_ == "conj" for c in token.head.children))


def without_dateline(tokens: list[Token]) -> list[Token]:
    """"[WASHINGTON (AP) —] Donald Trump has invested …": the wire's dateline is nobody's words."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    before = text_of(doc)[:tokens[0].idx].rstrip(" ")
    if before and not before.endswith("\n"):
        return tokens  # a dateline opens its paragraph
    head = text_of(doc)[tokens[0].idx:tokens[min(len(tokens), 14) - 1].idx + 1]
    match = DATELINE.match(head)
    if match is None:
        return tokens
    cut = tokens[0].idx + match.end()
    return [t for t in tokens if t.idx >= cut]


def trim_clause(tokens: list[Token]) -> list[Token]:
    """Leading "that" and punctuation, trailing commas and quote marks off; but a quote mark whose
    partner the clause holds stays (“personnel changes” could come; “completely unacceptable”)."""
    tokens = without_dateline(sorted(tokens, key=lambda t: t.i))
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "for") or tokens[0].is_space
                      or tokens[0].is_punct and not (tokens[0].text in OPENING_MARKS and unclosed_mark(tokens) is None)
                      or tokens[0].lower_ == "that" and tokens[0].head.pos_ in ("VERB", "AUX")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_space or tokens[-1].is_punct and tokens[-1].text != "%" and (
            tokens[-1].text not in ".?!" or len(tokens) > 1 and tokens[-2].i != tokens[-1].i - 1)):
        tokens.pop()  # a trailing comma, or a full stop cut off from the words by what was left out
    closing = unclosed_mark(tokens)
    if tokens and closing is not None:
        doc, following = tokens[-1].doc, tokens[-1].i + 1
        if following + 1 < len(doc) and doc[following].text in ".?!," and doc[following + 1].text == closing:
            tokens.append(doc[following])  # “… and divisive.”
            following += 1
        if following < len(doc) and doc[following].text == closing:
            tokens.append(doc[following])
    return tokens


OPENING_MARKS = ("“", '"', "''")
CLOSING_MARKS = ("”", '"', "''")


def opening_mark(closing: Token, sentence: Span) -> Optional[Token]:
    """The nearest mark before `closing`, within `sentence`, that can open the quotation it closes."""
    return next((t for t in reversed(closing.doc[sentence.start:closing.i - 1]) if t.text in OPENING_MARKS), None)


def unclosed_mark(tokens: list[Token]) -> Optional[str]:
    """The mark that would close a quotation the words open and do not close: ”, " or ''."""
    if sum(t.text == "“" for t in tokens) > sum(t.text == "”" for t in tokens):
        return "”"
    for mark in ('"', "''"):
        if sum(t.text == mark for t in tokens) % 2:
            return mark
    return None
