"""Speech: the quotations of an article and the words that say who spoke them.

The component `briefing_quotes` finds direct quotations by their marks, partial quotations
inside the writer's sentences, and reported speech off the parse; for each it finds the cue and
the words naming the speaker. Who those words mean, as an actor, is the speaker sieve's work
(`..attribution`), which the component calls last.

    lexicon            verbs, nouns and adjectives of saying, by how they report
    speakers           the cue's subject: who the words name, however the parse hung them
    clauses            clause edges: datelines, asides, balanced marks
    quotes             the component `briefing_quotes`: direct and partial quotations
    reported           reported speech, found from every cue of the text
    reported_common    what the reported-speech finders share (spans, the indirect record)
    reported_trim      asides, times, audiences and media cut from what was said
    reported_content   the clause or object a verb of saying governs
    reported_verbs     speech reported by a verb ("X said that …")
    reported_nouns     speech carried by a noun ("his claim that …")
"""
from .quotes import find_quote_spans

__all__ = ["find_quote_spans"]
