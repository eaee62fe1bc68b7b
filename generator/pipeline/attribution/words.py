"""The words the speaker sieve reads: nouns for bodies, documents and spokespeople, offices
named later, pronouns by gender and number (the nouns for people are the actors' PERSON_NOUNS)."""
from __future__ import annotations

import re

from ..actors.words import SPOKESPEOPLE


RELATIVE_PRONOUNS = {"who", "which", "that"}
# "the commission said": nouns for a body the article has named
ORGANISATION_NOUNS = {
    "agency", "bank", "board", "body", "campaign", "commission", "committee", "company", "corporation",
    "council", "court", "department", "firm", "foundation", "group", "institute", "ministry", "network",
    "newspaper", "office", "organisation", "organization", "panel", "paper", "party", "union", "university",
    "website", "station", "channel", "outlet", "magazine", "association", "alliance", "coalition", "center",
    "centre", "service", "administration", "government", "regime", "team", "club", "league", "fund",
    "museum", "hospital", "school", "college", "trust", "authority", "charity", "ministry", "department",
    "office", "tribunal", "regulator", "watchdog", "airline", "insurer", "manufacturer", "retailer", "carrier",
    "secretariat", "bureau", "directorate", "inspectorate", "federation", "cooperative", "co-operative",
    "utility", "lender", "embassy", "consulate", "mission", "legation", "parliament", "assembly", "senate",
    "municipality", "police", "army", "navy", "military", "force", "prosecution",
}
# Bodies whose names seldom say what they are ("Wells Fargo" for "the bank"): the one the text is about.
UNNAMED_KINDS = {"company", "firm", "corporation", "bank", "group", "organisation", "organization", "agency",
                 "newspaper", "paper", "outlet", "magazine", "website", "network", "station", "channel",
                 "utility", "lender", "airline", "insurer", "manufacturer", "retailer", "carrier"}
# "the company said" is the company the story is about, not the analysts' firm quoted in between
BUSINESS_NOUNS = {"company", "firm", "corporation", "utility", "lender", "airline", "insurer", "manufacturer",
                  "retailer", "carrier"}
# bodies that are no company: "the company said" is not the "Market Oversight Board" that fined it
PUBLIC_BODIES = {"board", "commission", "committee", "council", "court", "department", "ministry", "institute",
                 "foundation", "party", "union", "university", "agency", "authority", "regulator", "watchdog",
                 "tribunal", "government", "administration", "office", "association", "alliance", "coalition",
                 "school", "college", "hospital", "museum", "charity", "panel", "police", "service", "bureau",
                 "secretariat", "directorate", "inspectorate", "federation"}
# Speakers a writer does not name by their nature: "the source said", "the announcer says".
NOBODY_NAMED = {"source", "person", "insider", "individual", "narrator", "announcer", "voice", "caller", "listener"}
# Offices a writer often names only after describing the holder ("A federal judge ruled …").
OFFICES_NAMED_LATER = {"judge", "justice", "commissioner", "spokesman", "spokeswoman", "spokesperson",
                       "governor", "mayor", "senator", "chairman", "chairwoman", "secretary", "minister",
                       "ambassador", "general", "prosecutor", "attorney", "sheriff", "coroner", "magistrate"}
SAME_ROLES = {"lawyer": {"attorney"}, "attorney": {"lawyer"}, "judge": {"justice"}, "justice": {"judge"},
              "congressman": {"representative", "lawmaker"}, "congresswoman": {"representative", "lawmaker"},
              "lawmaker": {"representative", "senator", "congressman", "congresswoman"}, "spokesman": {"spokesperson", "spokeswoman"},
              "spokeswoman": {"spokesperson", "spokesman"}, "spokesperson": {"spokesman", "spokeswoman"},
              "envoy": {"ambassador"}, "ambassador": {"envoy"}, "counsel": {"lawyer", "attorney"}}
# Secretaries who are no minister: "the minister" is never the union's general secretary.
NOT_MINISTERIAL = {"general", "press", "permanent", "executive", "assistant", "deputy", "under", "private", "company"}
TITLE_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
                       "adm.": "admiral", "col.": "colonel", "pres.": "president", "lt.": "lieutenant",
                       "cllr": "councillor", "cllr.": "councillor", "ig": "inspector general",
                       "igp": "inspector general", "dig": "deputy inspector general", "aig": "inspector general",
                       "ssp": "senior superintendent", "dsp": "deputy superintendent", "asp": "superintendent",
                       "ceo": "chief executive", "cfo": "chief financial officer"}
# What a poll, study or statement is: its owner speaks through it.
DOCUMENT_NOUNS = {
    "poll", "survey", "report", "study", "analysis", "ad", "advertisement", "video", "spot", "statement",
    "letter", "tweet", "post", "memo", "complaint", "lawsuit", "filing", "release", "editorial", "article",
    "story", "transcript", "website", "blog", "email", "ruling", "audit", "commercial", "clip", "review",
    "research", "data", "datum", "figures", "estimate", "projection", "forecast", "index", "tally", "count", "model",
    "submission", "brief", "account", "testimony", "finding", "book", "memoir", "piece", "column", "essay",
    "document", "average", "database", "tracker", "slide", "presentation", "documentary", "chart", "map",
}
# what someone says, owned by its speaker: "Nwachukwu-Bello's answer was blunt: “…”"
ANSWER_NOUNS = {"answer", "response", "reply", "retort", "reaction", "verdict", "message", "advice", "warning",
                "explanation", "assessment", "comment", "remark", "words"}
OWNER_PREPOSITIONS = {"by", "from", "of", "for", "at"}
ASKING_VERBS = {"ask", "contact", "approach", "email", "query", "press"}  # "When I asked the authority why"
# "the study" may take up "a Reuters survey", "the spot" a new ad: words for one kind of document.
DOCUMENT_KINDS = [
    {"poll", "survey"},
    {"report", "study", "analysis", "survey", "research", "review", "audit", "finding", "data", "datum", "figures"},
    {"ad", "advertisement", "video", "spot", "clip", "commercial"},
    {"statement", "release"},
]
# "Clinton has a new ad", "the group released a report": the subject owns the document.
ISSUING_VERBS = {"have", "release", "publish", "issue", "unveil", "launch", "air", "run", "post", "file", "put",
                 "send", "conduct", "produce", "commission", "write", "sign", "pen", "tweet", "submit"}
SPOKESPERSON_NOUNS = SPOKESPEOPLE | {"spokesmen", "spokeswomen", "spokespeople"}
# A person's campaign or government speaks as a body of its own: "the Trump campaign".
PERSONAL_BODIES = {"campaign": "campaign", "team": "campaign", "administration": "administration"}
# "The city of Phoenix is demanding …", then "the city": a place speaking as its government.
CIVIC_NOUNS = {"city", "town", "village", "county", "state", "province", "municipality"}
# Public offices a place names in lower case: "the Saxony state economy ministry"
OFFICE_NOUNS = {"ministry", "department", "office", "agency", "directorate", "secretariat", "authority"}
# Words that stand for people nobody names: "some say", "others argued", "one noted".
UNNAMED_PRONOUNS = {"some", "others", "many", "several", "few", "one", "someone", "somebody", "nobody", "no one",
                    "everyone", "everybody", "all", "both", "most", "none", "anyone", "each", "either", "neither"}
SINGULAR_PERSON = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
ANTECEDENT_SENTENCES = 5
UNNAMED = "\0unnamed"  # what a step returns for a source it knows to be unnamed ("they" = "officials")
# Verbs of putting a question to someone: the answer after them is not the asker's.
QUESTION_VERBS = {"ask", "press", "question", "quiz", "grill", "challenge", "interrupt"}
# People whose part is to ask: what follows their words is most often someone else's answer.
ASKERS = {"questioner", "interviewer", "moderator", "host", "caller", "reporter", "journalist", "audience"}
# Verbs only a speaker is the subject of ("One fisherman … said"), unlike "a test rejected …".
SAYING_VERBS = {"say", "tell", "add", "explain", "recall", "complain", "insist", "admit", "warn", "reply", "answer",
                "shout", "whisper", "sigh", "laugh", "joke", "remark", "mutter", "confide", "testify", "speak"}
