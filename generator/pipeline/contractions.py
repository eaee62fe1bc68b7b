"""spaCy component `briefing_contractions`: contractions written with the typographic apostrophe
read as those written with the straight one.

The English model tags and lemmatizes "it's", "don't", "they're" well, but "it’s", "don’t" and
"they’re", which UN documents, White House transcripts and most newspapers print, it leaves with
their own text as lemma ("’s", "n’t") and odd tags ("n’t" a number, "’m" a verb): every rule that
asks for "be", "have" or "not" would miss them. The parse itself is sound ("n’t" is still a "neg"),
so the words get the lemma, tag and part of speech of their straight twins; the text is untouched."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# straight form -> (lemma, tag, part of speech) of the auxiliary, as the model gives them
AUXILIARIES = {"'re": ("be", "VBP", "AUX"), "'m": ("be", "VBP", "AUX"), "'ve": ("have", "VBP", "AUX"),
               "'ll": ("will", "MD", "AUX"), "n't": ("not", "RB", "PART")}


@Language.component("briefing_contractions")
def straighten_contractions(doc: Doc) -> Doc:
    for token in doc:
        if "’" not in token.text or token.i == 0 or doc[token.i - 1].whitespace_:
            continue  # (a contraction is glued to the word before it)
        straight = token.lower_.replace("’", "'")
        if straight in AUXILIARIES:
            token.lemma_, token.tag_, token.pos_ = AUXILIARIES[straight]
        elif straight == "'s" and (token.tag_ == "POS" or token.dep_ == "case"):
            token.lemma_ = straight  # "Obama’s plan"
        elif straight == "'s":
            token.lemma_, token.tag_, token.pos_ = "be", "VBZ", "AUX"  # "it’s", "he’s done it"
        elif straight == "'d":
            token.lemma_, token.tag_, token.pos_ = ("would", "MD", "AUX") if token.tag_ == "MD" else ("have", "VBD", "AUX")
    return doc
