"""One surname romanised in two systems: from Ukrainian and from Russian ("Hryhorchuk", "Grigorchuk"), letter by
letter and as it is said (Greek "Chatziorvelou", "Hadjiorvelou"), from Armenian and from Russian ("Vardgsyan",
"Vartkisyan"). Each system is known by the surname's ending, and reads both names the one way."""

from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.normalize.text import fold

# Endings of East Slavic surnames ("-enko", "-chuk", "-ov", "-sky", "-ych").
_SLAVIC_ENDING = re.compile(r"(?:enko|chuk|[iy]uk|ov|ev|iv|in|yn|sk[iy]|ych|ovich|ko)$")
# Endings of Greek surnames ("-ou", "-akis", "-idis", "-opoulos", "-as").
_GREEK_ENDING = re.compile(r"(?:ou|is|os|as|es)$")
# The ending of Armenian surnames ("-yan", "-ian", "-jan").
_ARMENIAN_ENDING = re.compile(r"(?:ya|ia|ja)n$")
# The likeness given to two Armenian surnames with the same consonants, voiced or not.
_ARMENIAN_ALIKE = 92.0


def skeleton(name: str) -> str:
    """The consonants of a name, as a script that leaves out vowels writes it: "Abdelkarim Zaidan" and
    "عبد الكريم زيدان" both give "bdlkrmzdn"."""
    t = fold(name).replace("dj", "j").replace("ph", "f").replace(" ", "")  # "Mustapha": the Arabic letter f
    t = re.sub(r"[aeiouyw']", "", t)
    return re.sub(r"([a-z])\1+", r"\1", t)


# Scripts that leave short vowels unwritten (Hebrew, Arabic), and the Brahmic scripts of South Asia, whose inherent
# vowel the romaniser drops: a name written in one of them is compared with its romanisation by its consonants.
ABJAD_LETTERS = "\u0590-\u05FF\u0600-\u06FF"
BRAHMIC_LETTERS = "\u0900-\u0DFF"  # Devanagari to Sinhala
_ABJAD = re.compile(f"[{ABJAD_LETTERS}]")
_BRAHMIC = re.compile(f"[{BRAHMIC_LETTERS}]")


def vowelless_script(name: str) -> str:
    """ "abjad" or "brahmic" for a name written in such a script, else ""."""
    return "abjad" if _ABJAD.search(name) else "brahmic" if _BRAHMIC.search(name) else ""


def written_consonants(name: str, script: str) -> str:
    """The consonants of a name as a script of that kind and its romanisations both give them. Arabic "ق" is
    romanised "q" or "k" ("Kasim", "Qasim"). Tamil writes no voicing or aspiration, and romanisers of any
    Brahmic script add an "h" or not ("Sivapalan", "Civapalan"): those are left out."""
    t = skeleton(name).replace("q", "k")
    if script == "brahmic":
        t = re.sub(r"([a-z])\1+", r"\1", t.replace("h", "").translate(str.maketrans("gdbs", "ktpc")))
    return t


def _as_russian(token: str) -> str:
    """A name romanised from Ukrainian as it is from Russian: its "h" (Г) a "g", its "y" (И) an "i" ("kh" stays)."""
    return re.sub(r"(?<!k)h", "g", token).replace("y", "i")


def _as_said_in_greek(token: str) -> str:
    """A Greek name romanised letter by letter (as passports do) written as it is said: "tz" (τζ) and "ch" (χ) as
    "j" and "h", "g" (γ) before "i" or "e" as "y", "mp" (μπ) and "nt" (ντ) opening the name as "b" and "d"."""
    t = re.sub(r"^mp", "b", re.sub(r"^nt", "d", token))
    return re.sub(r"g(?=[iey])", "y", t.replace("tz", "j").replace("dz", "j").replace("ch", "h"))


# Quechua and Aymara "w", which Spanish spelling writes "hu" before a vowel ("Huallpa", "Wallpa").
_SPANISH_W = re.compile(r"hu(?=[aei])")
_ANDEAN_W = re.compile(rf"{_SPANISH_W.pattern}|w(?=[aei])")


def _as_andean(token: str) -> str:
    return _SPANISH_W.sub("w", token)


def _devoiced(consonants: str) -> str:
    return consonants.translate(str.maketrans("gdbz", "ktps"))


def romanised_alike(a: str, b: str, similarity: Callable[[str, str], float]) -> float:
    """How alike two folded surnames are when both are read in a romanisation that each could be written in
    (``similarity`` of the two readings; 0 when no system fits both)."""
    best = 0.0
    for ending, reading in ((_SLAVIC_ENDING, _as_russian), (_GREEK_ENDING, _as_said_in_greek)):
        if ending.search(a) and ending.search(b):
            best = max(best, similarity(reading(a), reading(b)))
    if _ANDEAN_W.search(a) or _ANDEAN_W.search(b):
        best = max(best, similarity(_as_andean(a), _as_andean(b)))  # "Huallpa" in Spanish, "Wallpa" in Quechua
    if _ARMENIAN_ENDING.search(a) and _ARMENIAN_ENDING.search(b) and len(skeleton(a)) >= 4 \
            and _devoiced(skeleton(a)) == _devoiced(skeleton(b)):
        best = max(best, _ARMENIAN_ALIKE)  # a vowel put in, a stop voiced or not
    return best


def other_readings(token: str) -> list[str]:
    """A folded surname as the other systems its ending allows would write it, to find it under ("Chatziorvelou"
    under "Hadjiorvelou", "Hryhorchuk" under "Grigorchuk")."""
    return [reading(token) for ending, reading in ((_SLAVIC_ENDING, _as_russian), (_GREEK_ENDING, _as_said_in_greek))
            if ending.search(token)]
