"""spaCy component `briefing_paragraphs`: a blank line always starts a new sentence.

Runs before the parser, which keeps boundaries that are already set. Without it the parser can
join a quote alone in its paragraph to the next paragraph's sentence, and a cue there would be
taken for the quote's."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("briefing_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
