"""Who said it, as an actor: the speaker sieve.

The quote finders (`quotes`, `reported`) find the words that name each speaker: a name, a pronoun,
a description, a transcript label, or nothing for a quotation that follows on from the one before.
This module resolves those words to an actor of the article, in a fixed order of steps, the most
precise first, each step only filling what the steps before it left (the design of deterministic
coreference and quote-attribution sieves):

1. label       a transcript label ("WALLACE:") is the person of that name (a new actor if none)
2. name        a name of an actor, whole or in part ("Haddad", "Mr. Haddad", "Haddad’s"), or a
               title headed by one ("Foreign Minister Wang Yi"), or named in apposition
               ("an attorney for Pagliano, Mark MacDougall,"); "who" and "which" are the noun
               their clause hangs on; a name the model missed becomes an actor ("Politifact")
3. owner       a poll, report, ad or statement is its owner's ("a Bloomberg poll", "a video by
               the RNC"), and "the poll" is the last poll's owner; "a spokesman for the ministry"
               is the ministry, with the role; "the Trump campaign" is a body of its own
4. description "the minister", "the agency", "the 45-year-old": the actor the article
               introduced with that title, role or name, found as a pronoun's antecedent
5. pronoun     he, she, they, it: the most salient compatible antecedent by gender and number
               (a speaker, then a person just introduced, then subjects), never a name inside a
               quotation, never across a section break; a speaker resolved here becomes a
               mention the next pronoun can look back to
6. follow-on   a quotation with no cue of its own continues the previous speaker when nothing
               intervenes, or opens the words of the speaker named next in its paragraph
7. unnamed     "a senior official", "critics", "Republicans": left unnamed on purpose, never a
               guessed name; `resolved_by` says so, and the site groups them apart

Every quote gets `speaker` (an actor key or None), `resolved_by` (the step that decided it) and,
where the words give one, `speaker_role`.

    words       the nouns and pronouns the steps read
    tokens      small questions about one token (definite? owned? a title?)
    documents   documents and their owners
    bodies      the bodies a text names ("the Charlotte-Mecklenburg police") and whom it introduces how
    antecedents the antecedent search the steps share
    sieve       `attribute_speakers` and the `SpeakerSieve`, its steps in order
"""
from .sieve import attribute_speakers

__all__ = ["attribute_speakers"]
