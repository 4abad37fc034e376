"""Entity spans and the vocabulary for reading them: the span record, the tagger's labels mapped to
reconcile's, and the words that make a name an organisation's, a place's or a date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.normalize.names import COURTESY
from reconcile.normalize.places import gazetteer

# "CITY, Country, May 4 (Agency) -": where a wire story is filed from, the day and the agency
DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[^\n—–(]{0,60})?\s*(?:\([^)\n]{1,30}\))?\s*[-—–]\s")

# Words inside a name that make it an organisation's, and nouns that introduce one ("gearbox maker Brenner"). (Not
# the trades that are also ministers' portfolios: "Mining", "Shipping", "Petroleum", "Textiles".)
ORG_WORDS = {"fc", "cf", "cd", "afc", "ac", "sc", "fk", "nk", "club", "clube", "desportivo", "deportivo", "sporting",
             "athletic", "united", "rovers", "city", "town", "wanderers", "inc", "ltd", "llc", "plc", "corp", "ag",
             "gmbh", "sa", "nv", "bv", "spa", "holdings", "group", "industries", "bank", "airlines", "airways",
             "motors", "energy", "systems", "technologies", "partners", "capital", "foundation", "institute",
             "university", "ministry", "party", "council", "commission", "agency", "authority", "association",
             "company", "railway", "railways", "metals", "cement", "appliances", "breweries", "brewery", "distillery",
             "winery", "refinery", "bakery", "shipyard", "enterprises", "ventures", "electronics", "jsc", "pjsc",
             "asa", "oyj", "tbk", "bhd", "berhad", "ltda", "sarl", "pty", "foods", "pharmaceuticals", "logistics"}
# Words that open a sentence before a name, which the tagger may take into it ("But Rathnayake said").
OPENING_CONJUNCTIONS = {"but", "and", "yet", "so", "or", "nor", "still", "meanwhile", "however"}
# Lower-case nouns right after a name that make it an organisation's: "the Jany Tilek party".
ORG_NOUNS_AFTER = {"party", "club", "company", "firm", "group", "alliance", "movement", "bloc", "coalition",
                   "union", "federation", "association", "foundation", "charity", "bank", "airline", "carrier"}


def sizeable_place(text: str) -> bool:
    place = gazetteer().by_own_name(text)
    return place is not None and (place.kind != "city" or place.population >= 50_000)


# Legal forms that are also words of people's names when written with one capital: "Siemens AG", but "Ibrahim
# Ag Tinaket" (a Tuareg name, "son of").
_CAPITALS_ONLY = {"ag", "sa", "nv", "bv"}


def org_word_in(text: str) -> bool:
    return any(w.lower() in ORG_WORDS and (w.isupper() or w.lower() not in _CAPITALS_ONLY) for w in text.split())


# Words a place is written after: "in Tunis", "at Elm Park", "near Alba" ("to" and "from" are a move's, not a place's).
PLACE_PREPOSITIONS = {"at", "in", "near", "outside", "inside"}
# Words for a ground or a building that its name opens with, in the languages that write them first (and in
# English for some): "Stade X", "Estadio Y", "Teatro Z", "Hotel W", "Arena V".
KIND_FIRST_VENUES = {"stade", "estadio", "stadio", "stadion", "stadium", "parque", "coliseo", "polideportivo",
                     "palacio", "palais", "palazzo", "teatro", "théâtre", "theatre", "hotel", "hôtel", "arena",
                     "auditorio", "gimnasio", "complexe", "maison", "salle", "sala"}
# The grounds and halls where an event is held: two of them under other names are two venues, even in one city.
# The open ground around a building, told with the building's name: "the grounds of X School", "X School grounds".
OPEN_GROUNDS = {"grounds", "premises", "compound"}
GROUND_WORDS = {"stadium", "arena", "park", "ground", "grounds", "field", "hall", "centre", "center", "square",
                "palace", "hotel", "theatre", "theater", "gymnasium", "pavilion", "dome", "oval", "velodrome",
                "courts", "complex",  # "the Orvel Courts", "the Kelvo Sports Complex"
                } | KIND_FIRST_VENUES
# Last words that make a name a place: those grounds and halls, other buildings, streets, natural features.
FACILITY_WORDS = GROUND_WORDS | {
    "meadow", "meadows", "fields", "road", "street", "avenue", "bridge", "airport", "station", "harbour", "harbor",
    "port", "lake", "river", "valley", "hill", "hills", "mountain", "bay", "beach", "island", "cathedral", "church",
    "mosque", "temple", "plaza", "boulevard", "lane", "tower", "terminal", "dock", "docks", "pier", "courthouse",
    "prison", "jail", "hospital", "mall", "market", "gardens", "garden", "forest", "dam", "canal", "pitch", "racecourse",
    "circuit", "coliseum", "colosseum", "bowl", "museum", "resort",
    # the coast's named features: "off Kelvo Head", "in the Orvel Sound", "near Marstadt Point"
    "head", "headland", "point", "sound", "reef", "cove", "lagoon", "islet", "atoll", "peninsula",
    # buildings and sites named as bodies are: "Rakvere Castle", "the Kelvo Corrections Facility"
    "castle", "fortress", "fort", "facility", "monastery", "cemetery", "chapel", "basilica", "shrine", "barracks",
    "depot", "warehouse", "wharf", "jetty", "campus", "auditorium", "manor",
}
# A clock time: "18:05", "9.30am" (not "3.5" or "2:1:0"); live blogs stamp their entries with one.
CLOCK = re.compile(r"(?<![\d.,:])(?:\d{1,2}:\d{2}(?![\d:])|\d{1,2}\.\d{2}\s?[ap]\.?m\b)", re.I)


# First words of the names of squares, streets and parks in the languages reports keep them in: "Place Orvelle",
# "Plaza Kelvo", "Avenida Arvel", "Parque Marstadt".
STREET_FIRST = {"avenida", "rue", "calle", "carrera", "jalan", "ulitsa", "ulica", "rua", "via"}
SQUARE_OR_STREET = {"place", "plaza", "praça", "praca", "piazza", "plac", "platz", "parque", "parc", "largo"} \
    | STREET_FIRST


# Buildings named by what they are "of": "the Cathedral of St Mark", "the Palace of Culture".
_BUILDINGS_OF = {"cathedral", "church", "basilica", "mosque", "temple", "shrine", "monastery", "palace", "museum",
                 "stadium"}


def named_venue(name: str) -> bool:
    """ "Elm Park", "the Riverside Stadium", "Plaza Kelvo", "Cathedral of St Mark": a name whose own words make it a
    ground, a building, a street or a square, not a town."""
    words = name.split()
    return len(words) >= 2 and (words[-1].lower() in FACILITY_WORDS or kind_first(words) == 0
                                or len(words) >= 3 and words[0].lower() in _BUILDINGS_OF and words[1] == "of")


def kind_first(words: list[str]) -> int | None:
    """Where the capitalised word for a ground, a building, a square or a street stands in a name that puts it
    before the proper words ("Stade Arvel Kelvo": 0; "the Gran Parque Orvel": 2), or None."""
    return next((i for i, w in enumerate(words[:-1]) if w[:1].isupper()
                 and w.lower() in KIND_FIRST_VENUES | SQUARE_OR_STREET), None)


# Words a ground's name adds to the town it is named after ("Riverton Municipal Sports Stadium").
_VENUE_WORDS = {"sports", "national", "international", "municipal", "city", "olympic", "memorial", "central", "main",
                # the game the ground is for ("the Kelvo Netball Courts", "the Orvel Cricket Ground")
                "netball", "tennis", "cricket", "football", "rugby", "basketball", "volleyball", "athletics",
                "aquatic", "aquatics", "community", "indoor"}


def venue_stem(name: str) -> str:
    """A venue's name without its facility words: "the Riverton Sports Stadium" -> "Riverton" ("" when nothing
    else is left)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and (words[-1].lower() in FACILITY_WORDS or words[-1].lower() in _VENUE_WORDS):
        words = words[:-1]
    return " ".join(words)


HONORIFIC = re.compile(r"^(?:" + "|".join(COURTESY) + r")\.?\s+")
POSSESSIVE = re.compile(r"['’]s$")


@dataclass
class Ent:
    """An entity span with a repaired label."""

    text: str
    label: str
    start: int
    end: int
    token_start: int
    token_end: int


def ent_root(doc, ent: Ent):
    """The syntactic root of an entity's span: its token whose head lies outside the span (or is itself)."""
    return next((t for t in doc[ent.token_start: ent.token_end]
                 if t.head.i < ent.token_start or t.head.i >= ent.token_end or t.head.i == t.i), doc[ent.token_end - 1])


def name_words(tok) -> list:
    """The proper nouns of the name ending at ``tok``: its compounds before it and itself."""
    return [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]


# Nouns of a matter, not of a site: "judgment in the Viljandi port bribery case" is not given in Viljandi.
_MATTERS = {"case", "scandal", "affair"}


def names_a_matter(doc, ent: Ent) -> bool:
    """Whether a place only names a matter ("the X bribery case"), as a word before its noun."""
    root = tok = ent_root(doc, ent)
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok.i != root.i and tok.lemma_.lower() in _MATTERS


# A company's legal form after its name ("Carraway Home Inc", "Havfor ASA").
LEGAL_FORMS = (r"Inc|Ltd|LLC|PLC|Plc|plc|AG|GmbH|S\.A\.S\.|S\.A\.|SAS|SpA|S\.p\.A\.|ASA|A/S|Oyj|JSC|PJSC|"
               r"N\.V\.|B\.V\.|Corp|Tbk|Bhd|Berhad|Ltda|SARL|Pty")
