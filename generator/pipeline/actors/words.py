"""The words that tell names apart from titles, places and documents: titles and their
modifiers, honorifics, generic nouns, organisation endings, government words."""
from __future__ import annotations

import re



POSSESSIVE_TOKENS = {"'s", "’s", "'", "’", "s"}
TITLE_HEADS = {
    "president", "minister", "secretary", "secretary-general", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "chair", "leader", "premier", "chancellor",
    "king", "queen", "prince", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
    "governor", "gov.", "mayor", "general", "gen.", "admiral", "adm.", "colonel", "col.", "col", "gen", "adm", "cdr", "cmdr", "commander", "marshal",
    "director", "director-general", "chief", "adviser", "advisor", "negotiator", "justice", "judge",
    "speaker", "officer", "representative", "counsellor", "counselor", "emperor", "dictator", "head",
    "commissioner", "prosecutor", "sheriff", "councillor", "councilor", "cllr", "cllr.", "provost", "dean",
    "rector", "vice-chancellor", "superintendent", "inspector", "constable", "sergeant", "detective", "curator",
    "vet", "coroner", "auditor", "ombudsman", "registrar", "warden", "treasurer", "attorney-general",
    "solicitor-general", "comptroller", "coordinator",
    # abbreviated titles before a name: "Cr Adrian Pettigrew", "Assoc Prof Kavitha Ramasamy", "Sgt Dwayne Mercer"
    "cr", "cr.", "prof", "prof.", "professor", "assoc", "assoc.", "sgt", "sgt.", "insp", "insp.", "supt", "supt.",
    "det", "det.", "cpl", "cpl.", "capt", "capt.", "maj", "maj.", "lt", "lt.", "brig", "brig.", "pte", "pte.",
    "hon", "hon.", "usec", "mp", "mep", "mla", "mna", "mpa", "msp", "mpp", "td", "mhk", "mlc", "mha",  # "Labour TD Niamh …"
    # police ranks of South Asian news: "Additional IG Khurram Awan", "SSP Ruwan Gunasekara"
    "ig", "igp", "dig", "aig", "ssp", "dsp", "asp", "sho",
    # British police ranks ("PC Aled Rowlands", "DCI Sian Evans") and East Africa's engineers ("Eng Rehema Msuya")
    "pc", "wpc", "pcso", "dc", "ds", "di", "dci", "dcs", "eng", "eng.", "engr", "engr.",
    # honorifics and chiefly titles of Commonwealth and Asian news ("Honourable Kgosietsile Mosweu",
    # "Kgosi Mbaakanyi Sekgoma", "Ratu Epeli", "Datuk Seri Anwar", "Shri Ramesh Kumar", "Sheikh Hasina")
    "honourable", "honorable", "kgosi", "ratu", "datuk", "dato", "datin", "tun", "khun", "shri", "smt", "smt.",
    "sheikh", "oba", "igwe",
    # Canadian abbreviations: "Coun. Aileen Kostiuk", "Ald. Ruth Kane", "Const. Jamie Boyd"
    "coun", "coun.", "ald", "ald.", "const", "const.", "atty", "atty.", "comm.", "msgr", "msgr.", "cmdr.",
    "clr", "clr.",  # Zimbabwe's and South Africa's councillors: "Clr Nyasha Chikwanha"
    # Nigeria's, Zimbabwe's, Ethiopia's and Malaysia's: "Alhaji Sani Bello", "Gogo Ennie Sibanda", "Ato Dida
    # Halake", "Comm Azman Shariff", "SAC Lim Chee Keong"
    "alhaji", "alhaja", "hajiya", "mallam", "gogo", "ato", "w/ro", "comm", "sac", "acp", "dcp",
    # Swahili's elder, a Buddhist monk's, Indonesia's religious teachers: "Mzee Joseph Okello", "Ven. …"
    "mzee", "ven", "ven.", "hadji", "haji", "ustadz",
    "councilmember", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    "assemblymember", "supervisor", "selectman", "trustee",
    # the bench and the clergy: "Magistrate Fatmata Koroma", "the Rev Sitani Mafi", "Bishop Ana Rua"
    "magistrate", "rev", "rev.", "reverend", "bishop", "archbishop", "cardinal", "pastor", "rabbi", "imam",
    # the bar, as West African and South Asian courts write it: "Lawyer Koroma", "senior advocate Darius Mehta"
    "lawyer", "barrister", "advocate",
}
# titles that mean a person and nothing else: after one, a name the model called a body is a
# person's ("[Cllr Evans]" as ORG); not "General" nor "Justice" ("General Motors", "Justice Department")
PERSONAL_TITLES = {"cllr", "cllr.", "cr", "cr.", "prof", "prof.", "sgt", "sgt.", "insp", "insp.", "supt", "supt.",
                   "det", "det.", "cpl", "cpl.", "capt", "capt.", "lt", "lt.", "pte", "pte.", "councillor",
                   "councilor", "senator", "sen.", "congressman", "congresswoman", "councilman", "councilwoman", "msp",
                   "mp", "mep", "mla", "mna", "mpa", "mpp", "ig", "igp", "dig", "aig", "ssp", "dsp", "asp", "sho",
                   "magistrate", "rev", "rev.", "reverend", "bishop", "archbishop", "pastor", "rabbi", "imam", "wpc",
                   "pcso", "dci", "eng", "eng.", "engr", "engr.", "alhaji", "alhaja", "honourable", "honorable",
                   "kgosi", "ratu", "datuk", "dato", "datin", "khun", "shri", "smt", "smt.", "oba", "igwe", "coun",
                   "coun.", "ald", "ald.", "const", "const.", "clr", "clr.", "atty", "atty.", "msgr", "msgr.",
                   "hajiya", "mallam", "gogo", "ato", "w/ro", "mzee", "ven", "ven.", "hadji", "haji", "ustadz"}
TITLE_MODIFIERS = {
    "deputy", "vice", "foreign", "prime", "defense", "defence", "finance", "trade", "interior", "justice",
    "senior", "acting", "former", "first", "assistant", "under", "special", "national", "security",
    "executive", "supreme", "permanent", "state", "affairs", "homeland", "treasury", "commerce", "energy",
    "economy", "unification", "military", "top", "chief", "press", "white", "house", "general", "joint",
    "staff", "chiefs", "intelligence", "of", "for", "and", "the", "nuclear", "u.s.", "us", "un", "u.n.",
    "lieutenant", "major", "brigadier", "rear", "attorney", "public", "health", "education", "labor",
    "labour", "agriculture", "transportation", "environment",
}
# "the governor" is not the deputy governor: words that make a title another, lower one
LOWER_RANKS = {"deputy", "vice", "assistant", "under", "associate", "sub", "lieutenant"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "lord", "mme", "mme.",
              # "Sister Marcia Alleyne-Forde" (a nurse, a nun), "Father Tom Quinn", "Fr Tadhg Ó Briain" (priests)
              "sister", "father", "fr", "fr.",
              # Setswana's Mrs and Mr: "Mma Onalenna Kapinga"; Filipino uncle, aunt, grandparents: "Tito Tomas"
              "mma", "rra", "tito", "tita", "lolo", "lola", "kuya"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "to", "from", "into", "outside", "across", "around", "toward",
                         "towards", "via", "through", "inside", "throughout", "within", "between", "over"}
ATTACK_WORDS = {"attack", "strike", "hit", "bomb", "target", "invade", "invasion", "raid", "shell", "threaten",
                "missile", "destroy", "nuke"}
AGED = re.compile(r"\b\d+-year-old\b")  # "the 45-year-old", "a 24-year-old student"
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
# Where a new item of a round-up or live page begins: "___", "***", a "# " heading, "3:15 p.m."
SECTION_BREAK = re.compile(r"\n[ \t]*(?:_{3,}|-{3,}|\*{3,}|#+ |\d{1,2}(?::\d\d)? ?[ap]\.?m\.?)")
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord", "father", "fr", "fr.", "rra", "tito", "lolo", "kuya"}
FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "madam", "dame", "lady", "miss", "sister", "mme", "mme.", "mma", "tita",
                     "lola"}
# A lone capitalised word among these is a reference or a common noun, not a named actor.
GENERIC_NOUNS = {
    "government", "governments", "state", "states", "council", "assembly", "committee", "organization", "organisation",
    "treaty", "house", "cabinet", "secretariat", "ministry", "department", "agency", "commission", "court",
    "parliament", "party", "union", "office", "administration", "group", "forum", "conference", "summit",
    "board", "bank", "army", "navy", "police", "secretary", "president", "chair", "chairman", "media",
    "defense", "defence", "allies", "countries", "resolutions", "disputes", "peace", "agenda", "laughter",
    "applause", "north", "south", "east", "west", "next", "coherence", "human", "security", "mission",
    "applause", "herein", "thank", "thanks", "madam", "sir", "republic", "kingdom", "federation", "nations",
    "god", "progress", "covid", "quad", "levant", "supreme",
}
# An ORG entity ending in one of these names a document or a programme, not an actor.
DOCUMENT_WORDS = {
    "treaty", "framework", "statement", "goals", "charter", "agreement", "resolution", "resolutions",
    "declaration", "agenda", "accord", "accords", "protocol", "convention", "act", "plan", "programme",
    "program", "constitution", "outcome", "record", "compact", "actions", "line", "initiative", "process",
    "policy", "strategy", "goal", "fta",
}
# A name ending in one of these is a body, whatever the model's label: "Clinton Foundation".
ORGANISATION_ENDINGS = {
    "foundation", "institute", "institution", "university", "college", "center", "centre", "fund", "trust",
    "group", "inc", "inc.", "corp", "corp.", "company", "co.", "association", "society", "party", "council",
    "committee", "club", "network", "news", "times", "post", "journal", "campaign", "administration",
    # the trades in companies' names: "Brightfield Dairy", "Halvorsen Foods" are firms, not places or people
    "dairy", "creamery", "foods", "motors", "airlines", "airways", "holdings", "industries", "mining",
    "pharma", "pharmaceuticals", "securities", "technologies", "systems", "labs", "insurance", "brewery",
    "logistics", "shipping", "telecom", "ltd", "ltd.", "llc", "plc", "gmbh", "limited",
    # "Mazaruni Gold Corporation", "Harbourline Residential Partners": what firms call themselves
    "corporation", "partners", "enterprises", "ventures", "investments", "properties", "associates", "consulting",
    "consultants", "realty",
    # companies' suffixes abroad: "Pelabuhan Tanjung Seri Berhad", "Litio Altiplano SpA", "Nordavind Energi AS"
    "berhad", "bhd", "bhd.", "sdn", "spa", "s.p.a.", "s.a.", "ag", "nv", "n.v.", "bv", "asa", "oyj", "tbk", "pte",
    "pty", "srl", "sarl",
    # clubs: "Portmore Rovers FC"
    "fc", "f.c.", "afc", "rfc", "rugby", "cc", "gaa", "rlfc",
    # institutions named after people: "the Queen Elizabeth Hospital" is no Elizabeth
    "hospital", "school", "academy", "museum", "library", "clinic", "infirmary", "stadium",
    # public bodies: "the Disaster Relief Secretariat" is no Mr Relief
    "secretariat", "directorate", "inspectorate", "ministry", "department", "agency", "authority", "commission",
    "bureau", "federation", "cooperative", "tribunal",
}
# Nouns for a body: a name in apposition with one is the body's, whatever the model's label
# ("Śląska Spółka Węglowa, the state-controlled company that operates the mine,")
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
BODY_NOUNS = {  # not "publisher", "operator" nor "miner": a person's trades too
    "company", "firm", "corporation", "group", "agency", "utility", "bank", "lender", "insurer", "airline",
    "manufacturer", "retailer", "party", "union", "charity", "organisation", "organization", "association",
    "ministry", "department", "council", "regulator", "watchdog", "club", "subsidiary", "conglomerate",
    "venture", "consortium", "cooperative", "startup",
    # businesses named after their owners: "The bakery, Panaderia Dimaculangan, was flattened"
    "bakery", "shop", "store", "restaurant", "cafe", "café", "diner", "hotel", "factory", "brewery", "pharmacy",
    "garage", "salon", "supermarket",
}
# What ends a company's name and nothing else's: "Meghna Knitwear Ltd", "Delta Crest Drilling Ltd"
CORPORATE_SUFFIXES = {"ltd", "ltd.", "limited", "inc", "inc.", "plc", "llc", "corp", "corp.", "co", "co.", "gmbh", "ag",
                      "sa", "s.a.", "pty", "bhd", "bhd.", "berhad", "nv", "bv", "spa", "s.p.a.", "asa", "oyj", "tbk"}
# A name ending in one of these is a place, whatever the model's label: "Midway Atoll", "Pike County".
PLACE_WORDS = {
    "atoll", "island", "islands", "river", "mountain", "mountains", "county", "bay", "lake", "valley", "beach",
    "park", "street", "avenue", "square", "bridge", "airport", "station", "hospital", "peninsula", "strait",
    "colony", "road", "lane", "estate", "township", "district", "province", "courts",
}
# Words a name of a site or an event ends in, that are surnames too: "General Assembly Hall",
# "Yongsan Garrison", "Indo-Pacific region", "Nuclear Security Summit", "Winter Olympics".
SITE_WORDS = {"hall", "garrison", "base", "memorial", "temple", "islet", "islets", "region", "zone", "palace", "harbor",
              "harbour", "port", "shrine", "cemetery"}
# ... and those that never end a person's name
NEVER_SURNAMES = {"memorial", "garrison", "islet", "islets", "shrine", "cemetery", "zone", "region", "monument"}
EVENT_WORDS = {"summit", "olympics", "games", "exercise", "exercises", "drill", "drills", "festival", "expo"}
# A name whose head is one of these is several bodies at once: "Foreign Ministries of Russia [and China]".
PLURAL_BODIES = {"heads", "ministries", "states", "nations", "countries", "governments", "powers", "members", "parties",
                 "leaders", "officials", "agencies", "departments"}
# A body's name ending in one of these is an office holder's title: "TSA Administrator".
OFFICE_TITLES = {"administrator", "advisor", "adviser", "secretary", "minister", "spokesman", "spokeswoman",
                 "spokesperson", "director", "ambassador", "envoy", "chairman", "president"}
GOVERNMENT_HEADS = {"administration", "government", "regime", "authorities", "leadership", "cabinet"}
GOVERNMENT_WORDS = {"government", "of", "the", "administration", "regime", "authorities", "my", "our", "its"}
# Nouns for a person: "the senator said", "His daughter, Akosua Asante-Darko,"
PERSON_NOUNS = {
    "nominee", "candidate", "businessman", "businesswoman", "billionaire", "mogul", "lawmaker", "politician",
    "official", "executive", "economist", "analyst", "lawyer", "attorney", "activist", "author", "writer",
    "actor", "actress", "singer", "star", "host", "anchor", "moderator", "woman", "man", "mother", "father",
    "veteran", "officer", "professor", "scholar", "expert", "researcher", "strategist", "aide", "pollster",
    "congressman", "congresswoman", "senator", "governor", "mayor", "president", "democrat", "republican",
    "teenager", "boy", "girl", "child", "student", "teacher", "doctor", "nurse", "chef", "cook", "farmer",
    "worker", "owner", "founder", "player", "coach", "manager", "captain", "striker", "goalkeeper", "defendant",
    "victim", "suspect", "witness", "resident", "architect", "engineer", "scientist", "artist", "musician",
    "pilot", "driver", "soldier", "councillor", "councilman", "councilwoman", "prosecutor", "judge", "detective",
    "investor", "entrepreneur", "journalist", "reporter", "editor", "novelist", "poet", "filmmaker", "director",
    "priest", "pastor", "bishop", "survivor", "patient", "refugee", "migrant", "protester", "voter", "fan",
    "neighbour", "neighbor", "widow", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother",
    "grandfather", "athlete", "champion", "chairman", "chairwoman", "chief", "minister", "member",
    # trades and walks of life: "Another fisherman, Thato Tjipura, said"
    "fisherman", "fisherwoman", "fisher", "trader", "vendor", "hawker", "miner", "herder", "labourer", "laborer",
    "carpenter", "mechanic", "tailor", "seamstress", "shopkeeper", "clerk", "accountant", "banker", "baker",
    "butcher", "plumber", "electrician", "builder", "welder", "villager", "pensioner", "retiree", "commuter",
    "passenger", "customer", "tenant", "landlord", "homeowner", "parent", "pupil", "lecturer", "headteacher",
    "headmaster", "headmistress", "principal", "pharmacist", "paramedic", "midwife", "surgeon", "dentist",
    "firefighter", "policeman", "policewoman", "ranger", "waiter", "waitress", "merchant", "cousin", "uncle", "aunt",
    "niece", "nephew", "grandson", "granddaughter", "boyfriend", "girlfriend", "fiancé", "fiancée", "partner",
    "deckhand", "skipper", "crewman", "boatman",
    # the positions of a team's players: "Winger Sione Fonoti, 21, scored twice"
    "winger", "midfielder", "defender", "forward", "fullback", "full-back", "flanker", "hooker", "scrum-half",
    "fly-half", "keeper", "batsman", "batter", "bowler", "spinner", "opener", "all-rounder", "sprinter", "jockey",
}


# the English words after a hyphen that make a name an adjective: "Nobel Prize-winning", "Los Angeles-area",
# "Clinton-backing" (not a Korean given name's second syllable: "Han Mi-rae")
HYPHENED_ADJECTIVE_ENDINGS = {"area", "winning", "backing", "backed", "based", "born", "led", "owned", "run", "funded",
                              "leaning", "friendly", "style", "like", "era", "bound", "wide", "elect", "designate",
                              "made", "linked", "related", "affiliated", "sponsored", "controlled"}
