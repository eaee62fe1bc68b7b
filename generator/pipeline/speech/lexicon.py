"""The words that tell speech in news: verbs of saying and of reporting, speech nouns, who is told.

Word lists only, shared by the quote finder (`quotes`) and the reported-speech finder (`reported`);
each list says in a comment what it is for, with an example from news.
"""
from __future__ import annotations

SPEECH_VERBS = {
    "say", "tell", "warn", "add", "state", "insist", "argue", "describe", "declare", "announce", "note",
    "stress", "ask", "reply", "urge", "claim", "accuse", "deny", "admit", "explain", "write", "tweet",
    "suggest", "acknowledge", "conclude", "continue", "recall", "predict", "promise", "pledge", "vow",
    "threaten", "complain", "caution", "remark", "respond", "answer", "reiterate", "emphasise", "emphasize",
    "observe", "maintain", "contend", "assert", "concede", "confirm", "agree", "dismiss", "call", "report",
    "comment", "testify", "quip", "joke", "shout", "cry", "plead", "appeal", "demand", "proclaim", "boast",
    "lament", "mutter", "whisper", "scoff", "counter", "retort", "propose", "charge", "allege", "brand",
    "label", "term", "hail", "praise", "condemn", "criticise", "criticize", "reject", "question", "point",
    "inform", "assure", "signal", "indicate", "blast", "slam", "chant", "sing", "read",
    # how the words came out: "“Go back to Univision,” Trump barked", "“This is fantastic!” beamed X"
    "yell", "scream", "exclaim", "bark", "snap", "interject", "interrupt", "gush", "sigh", "groan", "thunder",
    "roar", "bellow", "holler", "growl", "murmur", "grumble", "muse", "marvel", "sniff", "snarl", "crow",
    "opine", "posit", "intone", "implore", "beg", "rant", "fume", "protest", "tease", "beam", "laugh",
    "chuckle", "brag", "jeer", "heckle", "recount", "reason", "wonder", "chime", "echo",
    # "reminded voters that …", "repeated his claim", "bemoaned the climate", "railed against the deal"
    "remind", "repeat", "bemoan", "reaffirm", "rail", "congratulate", "reference",
    # "voiced concern that …", "credited Merkel with …", "painted Trump as …", "emailed reporters that …"
    "voice", "credit", "paint", "email",
    # the bench and the bar: "“…,” the magistrate ruled", "“…,” counsel submitted"
    "rule", "submit",
}
# Verbs that speak only with "back": "shot back", "fired back", "hit back" (see `answers_back`).
RETORT_VERBS = {"shoot", "fire", "hit", "push", "snap"}
# Verbs that report a clause ("X said that …"): a narrower set than the cues of quotations.
REPORTING_VERBS = {
    "say", "tell", "warn", "add", "state", "insist", "argue", "declare", "announce", "note", "stress",
    "reply", "claim", "deny", "admit", "explain", "write", "tweet", "suggest", "acknowledge", "conclude",
    "predict", "promise", "pledge", "vow", "threaten", "complain", "caution", "remark", "respond",
    "reiterate", "emphasise", "emphasize", "observe", "maintain", "contend", "assert", "concede", "confirm",
    "report", "testify", "allege", "inform", "assure", "indicate", "agree", "show", "find", "reveal",
    "recall", "estimate", "proclaim", "quip", "joke", "shout", "exclaim", "yell", "scream", "plead", "boast",
    "brag", "lament", "mutter", "whisper", "scoff", "counter", "retort", "comment", "grumble", "muse", "marvel",
    "remind", "repeat", "bemoan", "reaffirm", "email",
}
# Reporting verbs whose object is rarely anything said: "added to her lead", "maintains the title",
# "continued the tour", "boasts 108,000 residents": they report only a clause.
CLAUSE_ONLY_VERBS = {"add", "maintain", "continue", "conclude", "observe", "boast"}
# Verbs of evidence: their object is a finding only when a poll, a study or an inquiry finds or
# shows it ("the poll shows her with a lead", "the inquiry found nothing"), not in "Clinton found a
# way" or "Syracuse showed an awkward transition"; a "that" clause is a finding whoever has it.
EVIDENCE_VERBS = {"find", "show"}
EVIDENCE_NOUNS = {
    "poll", "survey", "study", "report", "inquiry", "investigation", "review", "audit", "analysis", "data",
    "record", "figure", "number", "statistic", "research", "result", "document", "filing", "email", "count",
    "tally", "estimate", "model", "investigator", "researcher", "probe", "panel", "commission", "test",
    "autopsy", "census", "pollster", "exam", "examination", "evidence", "finding", "memo", "video",
    "footage", "photo", "image", "transcript", "log", "chart", "map", "graph", "table", "index", "ranking",
    "average", "judge", "court", "jury", "ad", "advertisement", "spot", "commercial", "clip", "film",
    "documentary", "tape", "recording", "picture", "graphic", "page", "website", "site", "story", "article",
    "book", "letter", "message", "post", "tweet", "search", "inspector", "auditor", "examiner", "expert",
}
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
    "rail", "congratulate", "reference", "bemoan", "repeat", "voice", "credit", "paint", "email",
}
# Verbs that make a claim even in a purpose infinitive: "invoked Reagan to claim that …".
ARGUING_VERBS = {"argue", "claim", "insist", "say", "suggest", "warn", "declare", "note", "stress", "emphasize",
                 "emphasise", "assert", "contend", "point", "maintain", "announce"}
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
# Nouns of speech and the preposition that names what the words were about, said by the noun's
# owner: "his critique [of] his opponents", "her attacks [on] Sanders", "their calls [for] a ban".
TOPIC_NOUNS = {
    "question": {"about"}, "concern": {"about", "over"}, "attack": {"on", "against"}, "criticism": {"of"},
    "critique": {"of"}, "call": {"for"}, "comment": {"about", "on"}, "remark": {"about", "on"},
    "endorsement": {"of"}, "warning": {"about", "against", "of"}, "accusation": {"of", "against"},
    "denial": {"of"}, "mention": {"of"}, "complaint": {"about"}, "denunciation": {"of"}, "praise": {"for"},
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
    "arise", "emerge", "grow", "spread", "become",
}
# Where words are said: "groused in an interview that …", "wrote in a letter that …".
SPEECH_EVENTS = {"interview", "statement", "conference", "speech", "letter", "post", "tweet", "email", "memo",
                 "call", "appearance", "address", "briefing", "hearing", "debate", "op-ed", "column", "essay",
                 "book", "video", "message", "remark", "comment", "filing", "ruling", "report"}
# Every verb the reported-speech finder starts from (beside any verb with a "that" clause).
CUE_VERBS = REPORTING_VERBS | OBJECT_CUES
# "asked workers if …", "wondered whether …": verbs that put a question.
QUESTION_VERBS = {"ask", "inquire", "enquire", "question", "wonder"}
# "made clear that …", "made it plain that …", "made the case that …"
MAKE_CLEAR = {"clear", "plain", "case", "known", "explicit"}
# Prepositions that bring what was said after a verb: "called on …", "spoke of …", "pointed to …",
# "described his skills as …", "warned against …", "criticised Trump over …", "a poll showed Trump
# with 40 percent". "to" and "with" bring whom it was said to when they name someone ("spoke to
# reporters", "joked with his friend"): see AUDIENCE_NOUNS.
CONTENT_PREPOSITIONS = {"on", "for", "about", "of", "to", "as", "against", "over", "with"}
# Nouns for people one speaks to, beside names and pronouns.
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
ADDRESSEE_VERBS = {"tell", "inform", "assure", "notify", "brief", "warn", "remind", "urge", "ask", "email"}
# Subordinators that tell when it happened: "telling women to stop nagging [when women speak up]".
TIME_MARKS = {"after", "before", "when", "while", "as", "until", "once"}
