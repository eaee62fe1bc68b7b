"""Actors: who the people, countries and organisations of one article are.

spaCy's small model splits "Secretary of State Rex Tillerson" into ORG "State" and PERSON "Rex",
keeps the possessive in "North Korea’s", and tags Beijing or Washington as places where the text
means their governments. The component `briefing_actors` repairs those spans, groups every
mention of one actor under a canonical name (full name for people, the gazetteer's name for
countries and bodies), reads titles and affiliations ("Russian Deputy Foreign Minister Gennady
Gatilov"), links bare surnames (of two people who share one, the one the text means), short
forms of organisations ("the Times", "AROS") and descriptions ("the Chinese foreign minister",
"the council"). Who said what, as an actor, is the speaker sieve's work (`..attribution`),
which reads this analysis.

    gazetteer   countries, capitals, demonyms and curated actors, by every name they go by
    words       titles, honorifics, generic nouns, organisation endings
    names       span repair and name comparison ("Mr. Haddad" is Amira Haddad)
    analysis    `ActorAnalysis` (the actors of one Doc) and merging one actor's forms
    roles       titles and affiliations around a name
    resolver    the spaCy component `briefing_actors`
"""
from .analysis import ActorAnalysis, likeliest_bearer
from .gazetteer import normalise_name
from .names import (initials_of, is_acronym_of, is_first_name, name_words, names_no_actor, names_no_speaker, same_person,
                    short_form_of)
from .resolver import KOREAN_NAME, ActorResolver, age_word_before, curated_actor_config, local_actors, older_or_younger
from .words import (AGED, GENERIC_NOUNS, GOVERNMENT_HEADS, HONORIFICS, LOWER_RANKS, PERSON_NOUNS, SECTION_BREAK,
                    TITLE_HEADS)

__all__ = ["AGED", "ActorAnalysis", "ActorResolver", "KOREAN_NAME", "age_word_before", "older_or_younger",
           "curated_actor_config", "local_actors", "normalise_name",
           "likeliest_bearer", "initials_of", "is_acronym_of", "is_first_name", "name_words", "names_no_actor",
           "names_no_speaker", "same_person", "short_form_of", "GENERIC_NOUNS",
           "GOVERNMENT_HEADS", "HONORIFICS", "LOWER_RANKS", "PERSON_NOUNS", "SECTION_BREAK", "TITLE_HEADS"]
