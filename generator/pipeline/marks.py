"""Quote marks paired in running text: which marks open and close a quotation, which are
apostrophes (North’s, don’t), and quotations that run over paragraphs (an opening mark on each,
a closing mark only at the end). Unbalanced marks are reported with their offset, never fatal.

Used by the quote finder and by the actor resolver (a pronoun's antecedent is never inside a
quotation)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

OPENERS = {"“": "d", "„": "d", "«": "d", "‘": "s"}
CLOSERS = {"”": "d", "»": "d", "’": "s"}
WORD = re.compile(r"\w", re.UNICODE)
INLINE_CUE = re.compile(r"[,!?]\s+(?:he|she|they|we|it|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)\s+"
                        r"(?:said|says|added|adds|told|warned|asked|insisted|explained)\b")
PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")  # from its first visible character to a blank line
# "WASHINGTON (AP) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "KITWE, Aug 14 - ": a place in capitals,
# a wire, a dash, at the start of a paragraph
DATELINE = re.compile(r"[A-Z]{2,}[A-Z .'’-]*(?:,[^—–\n]{0,40})?(?:\([A-Za-z .]+\))?\s*(?:—|–|--| - )\s*")


# "By Aminata Kargbo", "By CHILUFYA BANDA, Staff Writer": the writer's line, alone in its paragraph
BYLINE = re.compile(r"By [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}(?:,[\w ]{0,40})?\s*$")


def bylines_and_datelines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the bylines and datelines that open the text's paragraphs: who
    wrote it and where it was filed from, no actors of the story."""
    found = []
    for paragraph in PARAGRAPH.finditer(text):
        if BYLINE.fullmatch(paragraph.group(0)):
            found.append(paragraph.span())
        elif dateline := DATELINE.match(text, paragraph.start()):
            found.append(dateline.span())
    return found


@dataclass
class QuoteSpan:
    """Content between a pair of marks (the marks themselves excluded)."""

    open_at: int
    close_at: int  # offset of the closing mark
    mark: str  # "d" double, "dd" double written as two apostrophes, "s" single

    @property
    def start(self) -> int:
        return self.open_at + self.width

    @property
    def width(self) -> int:
        return 2 if self.mark == "dd" else 1  # the newspaper's doubled apostrophes, ''…'', are one mark

    @property
    def end(self) -> int:
        return self.close_at


def classify_mark(text: str, i: int) -> Optional[str]:
    """"open-d", "close-d", "open-s", "close-s", "either-d" for a straight double mark with space
    on both sides, or None for an apostrophe. Two apostrophes, ''…'', are one double mark."""
    if text[i] == "'" and i > 0 and text[i - 1] == "'":
        return None  # the second half of a doubled mark
    doubled = text[i:i + 2] == "''"
    char = '"' if doubled else text[i]
    before = text[i - 1] if i > 0 else " "
    after_at = i + (2 if doubled else 1)
    after = text[after_at] if after_at < len(text) else " "
    if char in ("’", "'") and WORD.match(before) and WORD.match(after):
        return None  # North’s, don’t
    if char in OPENERS:
        if char == "‘" and WORD.match(before):
            return None
        typed_for_a_closing_one = not before.isspace() and before not in "([{—–-/:" and after.isspace()
        if char == "“" and typed_for_a_closing_one:
            return "close-d"  # "“Apparently not,“ he said."
        return "open-" + OPENERS[char]
    if char in CLOSERS:
        return "close-" + CLOSERS[char]
    kind = "d" if char == '"' else "s"
    if before in "\"'“‘’”" and i > 0:
        # "'Meh" opens inside a double mark; ",'\"" closes the single and then the double
        return "open-" + kind if WORD.match(after) else "close-" + kind
    if kind == "d" and before.isspace() and after.isspace():
        return "either-d"  # "… 'Primates of Park Avenue,' '' Ms. Ferriss noted": closes what is open
    if before.isspace() or before in "([{—–-/:" or i == 0:
        return None if (kind == "s" and not WORD.match(after)) else "open-" + kind
    if after.isspace() or after in ".,;:!?)]}—–-”’\"'":
        return "close-" + kind
    return None


def find_quote_spans(text: str) -> tuple[list[QuoteSpan], list[tuple[int, str]]]:
    spans: list[QuoteSpan] = []
    problems: list[tuple[int, str]] = []
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    carried: Optional[int] = None  # an open double mark continuing into the next paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_d: Optional[int] = None
        open_s: Optional[int] = None
        if carried is not None:
            if classify_mark(text, p_start) == "open-d":
                open_d, carried = carried, None
                skip_first = p_start
            else:
                problems.append((carried, "opening quote mark never closed: quote ignored"))
                carried, skip_first = None, -1
        else:
            skip_first = -1
        for i in range(p_start, p_end):
            if i == skip_first or text[i] not in "\"'“”‘’„«»":
                continue
            mark = classify_mark(text, i)
            if mark == "either-d":
                mark = "open-d" if open_d is None else "close-d"
            if mark == "open-d":
                if open_d is not None:
                    problems.append((open_d, "opening quote mark never closed: quote ignored"))
                open_d, open_s = i, None
            elif mark == "close-d":
                if open_d is None:
                    problems.append((i, "closing quote mark without an opening one: ignored"))
                else:
                    spans.append(QuoteSpan(open_d, i, "dd" if text[open_d:open_d + 2] == "''" else "d"))
                    open_d = None
            elif open_d is None and mark == "open-s":
                open_s = i
            elif open_d is None and mark == "close-s" and open_s is not None:
                spans.append(QuoteSpan(open_s, i, "s"))
                open_s = None
        if open_d is not None:
            next_starts_quote = index + 1 < len(paragraphs) and \
                classify_mark(text, paragraphs[index + 1][0]) == "open-d"
            # “… the quote, he said. <no closing mark>: a missing mark, not a quote going on
            has_own_cue = INLINE_CUE.search(text, open_d, p_end) is not None
            if next_starts_quote and not has_own_cue:
                carried = open_d
            else:
                problems.append((open_d, "opening quote mark never closed: quote ignored"))
        if open_s is not None and text[open_s] == "‘":
            problems.append((open_s, "opening single quote mark never closed: ignored"))
    if carried is not None:
        problems.append((carried, "opening quote mark never closed: quote ignored"))
    return spans, problems
