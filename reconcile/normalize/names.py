"""Person names: titles stripped, script folded, transliteration variants matched."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reconcile.normalize.east_asian import (
    family_name,
    korean_family_alike,
    romanised_otherwise,
    southern_chinese,
)
from reconcile.normalize.romanised import romanised_alike, skeleton, vowelless_script, written_consonants
from reconcile.normalize.text import fold

# Courtesy words written before a name in English copy and in the Englishes of other countries ("Madam Opoku",
# "Hon. Mensah", "Bapak Budi", "Ibu Sari"); never part of the name. ("Pak" is also a Korean surname.)
COURTESY = ("Mr", "Mister", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sir", "Dame", "Madam", "Madame", "Mme", "Hon", "Bapak",
            "Bu", "Ibu", "Khun", "U", "Daw")  # (Burmese "U" and "Daw": "U Tun Naing", "Daw Nu Shwe")
# The name a person goes by, in quotes inside their name: the "Tessie" of 'Teresita "Tessie" Baculio'.
NICKNAME = r"[\"“‘'][A-Z][\w.-]*[\"”’']"
HONORIFICS = {
    "miss", "professor", "lord", "lady", "rev", "sen", "rep",
    "gen", "col", "capt", "lt", "sgt", "gov", "pres", "judge", "justice", "sheikh", "imam",
    # ranks before a name, written out or cut short: "Maj Gen Ruwan Perera", "Major General Ruwan Perera"
    "maj", "brig", "adm", "cmdr", "cdr", "cpl", "major", "general", "brigadier", "colonel", "lieutenant", "admiral",
    "sergeant", "captain",
    # Malay and Bruneian titles before a name: "Haji Kertu", "Pengiran Edvin", "Dato' Seri ..."
    "haji", "hajah", "hj", "pengiran", "dato", "datuk", "datin",
    # West African titles of those who made the pilgrimage: "Alhaji Kertu ...", "Hajiya Ines ..."
    "alhaji", "alhaja", "hajiya", "hajia",
} | {c.lower() for c in COURTESY}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}
# Letter groups that transliteration systems render differently, folded to one spelling.
_TRANSLIT = [
    (r"dzh", "j"), (r"zh", "j"), (r"dj", "j"),
    # Albanian "xh" and South Slavic "dž" (folded to "dz") before a vowel: the sound English writes "j" (Xhaferi, Džaferi)
    (r"xh", "j"), (r"dz(?=[aeiou])", "j"), (r"tx", "ch"),
    # a first "x" before a vowel, as Uzbek Latin writes the sound English writes "kh" (Xadrov, Khadrov)
    (r"\bx(?=[aeiou])", "h"), (r"x", "ks"), (r"qu(?=[ei])", "k"), (r"kh", "h"), (r"ck", "k"), (r"ph", "f"), (r"w", "v"), (r"ou", "u"), (r"oo", "u"),
    (r"yy\b", "y"), (r"iy\b", "y"), (r"ii\b", "y"), (r"ij\b", "y"), (r"([aeiou])j(?![aeiou])", r"\1i"), (r"yi", "i"), (r"ie", "e"),
    (r"ye", "e"), (r"yu", "iu"), (r"ju", "iu"), (r"ya", "ia"), (r"ja", "ia"), (r"yo", "e"), (r"jo", "e"),
    # "ts" is "c" before a consonant (Tsvorek, Cvorek), not before "a", "o", "u", where "c" is read as "k" ("Mbatso"
    # is not "Mbako")
    (r"tch", "ch"), (r"tsch", "ch"), (r"sch", "sh"), (r"ts(?![aou])", "c"), (r"tz(?![aou])", "c"),
    # Hungarian "cs" and Romanian or Italian "ci" before a vowel or at the end sound as "ch": Kovács, Covaci
    (r"cs", "ch"), (r"ci(?=[aou]|\b)", "ch"),
    (r"(?<=[tdbg])h", ""),  # aspirates of South Asian names written with or without "h": Rathnapura, Ratnapura
    (r"c(?=[aou])", "k"), (r"q", "k"), (r"ey", "ei"), (r"ay", "ai"), (r"y\b", "i"), (r"h\b", ""),
    # a final "z" after a vowel, as Spanish and Portuguese say it: Veloz and Velos
    (r"(?<=[aeiou])z\b", "s"),
    (r"e\b", ""), (r"([a-z])\1", r"\1"), (r"u", "o"), (r"y(?![aeiou])", "i"),
]
_TRANSLIT_RE = [(re.compile(a), b) for a, b in _TRANSLIT]
# Particles that belong to the surname after them: "El Haddadi", "Al-Qahtani", "bin Talal", "Abu Salem" (also
# written "Abusalem"), "Ben Salah" (not first: "Ben Carter" is a given name), "van der Lingen".
# "Son of" and "daughter of", which bind to the name after them wherever they stand ("Ould Bah Ethmane").
PATRONYMIC = {"ould", "mint", "bint", "bin", "ibn"}
# "Son of" as the Gulf and the classical forms write it, read as the Maghreb writes it, which is also how a surname
# written whole spells it ("Bensalem"): one particle for the surname it begins.
_SON_OF = {"bin": "ben", "ibn": "ben"}
_ARABIC_PARTICLES = {"el", "al", "abu", "abou", "ben"} | PATRONYMIC
# The Arabic article joined to a surname by a hyphen, as written and as assimilated ("al-Jaburi", "ash-Shami").
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"}
_PARTICLES = {"ben", "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
              "ter", "ten"}
# Those that also start a surname written alone ("El Haddadi", "De Vries", "Ould Cheikh"); "Le" or "Do" first is a
# surname.
_LEADING_PARTICLES = {"el", "al", "abu", "abou", "van", "von", "de", "del", "della", "dos", "das", "du"} | PATRONYMIC


# A Russian surname declined: the endings of its other cases and the nominative each stands for ("Нурлановой" is
# "Нурланова", "Султанбекову" and "Султанбековым" are "Султанбеков", "Жуковского" is "Жуковский").
_SURNAME_STEMS, _ADJECTIVE_STEMS = "(?:ов|ев|ёв|ин|ын)", "(?:ск|цк)"
_CYRILLIC_CASES = re.compile(rf"(?<=[а-яё])(?:(?P<fem>{_SURNAME_STEMS}(?:ой|ою))|(?P<masc>{_SURNAME_STEMS}(?:ым|у|е))"
                             rf"|(?P<adj_fem>{_ADJECTIVE_STEMS}(?:ой|ую))|(?P<adj>{_ADJECTIVE_STEMS}(?:ого|ому|им|ом)))$")
# Such a surname in any case, the nominative too: "Ермекова", "Султанбекову", "Жуковский".
_CYRILLIC_SURNAME = re.compile(rf"[А-ЯЁ][а-яё]+(?:{_SURNAME_STEMS}|{_ADJECTIVE_STEMS})"
                               r"(?:а|у|ым|ом|е|ой|ою|ую|ая|ий|ого|ому|им)?")


def cyrillic_surname(word: str) -> bool:
    """Whether a capitalised Cyrillic word ends as Russian surnames do, in whatever case ("Султанбекову")."""
    return bool(_CYRILLIC_SURNAME.fullmatch(word))


def _nominative(word: str) -> str:
    """A Cyrillic surname in the nominative, from any case it is written in."""
    m = _CYRILLIC_CASES.search(word)
    if m is None or len(word) - len(m.group(0)) < 3:
        return word
    ending = m.group(0)
    if m.group("fem"):
        return word[:-len(ending)] + ending[:2] + "а"
    if m.group("masc"):
        return word[:-len(ending)] + ending[:2]
    if m.group("adj_fem"):
        return word[:-len(ending)] + ending[:2] + "ая"
    return word[:-len(ending)] + ending[:2] + "ий"


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a person's name without honorifics, suffixes or a possessive.

    A surname particle is joined to the word after it ("Karim El Haddadi" -> karim, elhaddadi); a surname in
    Cyrillic is read in the nominative, whatever case the sentence puts it in.
    """
    text = re.sub(r"['’]s\b", "", name)
    if re.search("[а-яё]", text):
        text = " ".join(_nominative(w) for w in text.split(" "))
    tokens = fold(text).split()
    raw = [t for t in re.split(r"[\W_]+", re.sub(r"['’]", "", text)) if t]
    # Which words are written in lower case; unknown for text without capitals (folded names stay as they are).
    cased = len(raw) == len(tokens) and any(c.isupper() for c in text)
    lower = [t.islower() for t in raw] if cased else [False] * len(tokens)
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens, lower = tokens[1:], lower[1:]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens, lower = tokens[:-1], lower[:-1]
    return _join_particles(tokens, lower)


# "Kertu bin Orvel", "Liisi binti Arvel": a Malay name, the person's own name and their father's, with no family
# name. Reports call the person by their own name alone ("Kertu"), as they call others by their surname.
_MALAY_PATRONYMIC = {"bin", "binti", "bte", "ibni"}


def own_name(name: str) -> str:
    """The folded own name of a Malay name ("kertu" of "Haji Kertu bin Haji Orvel"), titles dropped; "" for
    other names. (An Arabic name whose father's name runs on to a family name, "Tarvo bin Kelvo Al Arvel",
    is called by that family name instead.)"""
    tokens = fold(re.sub(r"['’]s\b", "", name)).split()
    k = next((i for i, t in enumerate(tokens) if t in _MALAY_PATRONYMIC), -1)
    if k < 1 or k == len(tokens) - 1 or any(t in ("al", "el") for t in tokens[k + 1:]):
        return ""
    own = [t for t in tokens[:k] if t not in HONORIFICS]
    return own[0] if len(own) == 1 else ""


def _join_particles(tokens: list[str], lower: list[bool]) -> list[str]:
    """Particles and the surname after them are one surname: "el haddadi", "al-qahtani", "van der lingen".

    Arabic particles join however they are written; others ("van", "de", "la") only in lower case, since a
    capitalised one inside a name is a name of its own ("Le Van Hung"). A leading particle joins when particles
    and one word make the whole name ("El Haddadi", "van der Lingen", "De Vries").
    """
    n = len(tokens)

    def particle(k: int) -> bool:
        return tokens[k] in _ARABIC_PARTICLES or tokens[k] in _PARTICLES and (lower[k] or k == 0)

    out: list[str] = []
    i = 0
    while i < n:
        j = i
        if i > 0 or tokens[0] in _LEADING_PARTICLES:
            while j < n - 1 and particle(j):
                j += 1
            if i == 0 and j != n - 1 and tokens[0] not in PATRONYMIC:
                j = i  # (a "son of" or "daughter of" binds to the next word wherever it stands: "Ould Bah Ethmane")
        # "Ben Achour" and "bin Ashour": "son of" however it is written
        out.append("".join(_SON_OF.get(t, t) if k < j else t for k, t in enumerate(tokens[i:j + 1], start=i)))
        i = j + 1
    return out


@lru_cache(maxsize=200_000)
def phonetic(token: str) -> str:
    """A key that is the same for common transliterations: Yevgeny/Evgeny, Vorobyev/Vorobyov."""
    t = token
    for pat, rep in _TRANSLIT_RE:
        t = pat.sub(rep, t)
    return t


def sound_of(name: str) -> tuple[str, ...]:
    """The name's words as they sound (``phonetic``), in order: one key for "Rathnapura" and "Ratnapura"."""
    return tuple(phonetic(w) for w in fold(name).split())


def sound_alike(a: str, b: str) -> bool:
    """Two one-word sounds (``phonetic``) of six letters or more that begin alike and are nearly the same: one
    name transliterated two ways ("tolvakom" and "tolvokom")."""
    return " " not in a and " " not in b and min(len(a), len(b)) >= 6 and a[:1] == b[:1] and fuzz.ratio(a, b) >= 85


def transliterated(a: str, b: str) -> bool:
    """Two one-word sounds (``phonetic``) of one name written two ways ("hodeida" / "hodaida"): alike
    (``sound_alike``), and neither is the other with an ending added ("andoran" of "andora" is a people's word)."""
    return sound_alike(a, b) and not a.startswith(b) and not b.startswith(a)


def surname_key(name: str) -> str:
    tokens = name_tokens(name)
    return phonetic(tokens[-1]) if tokens else ""


def token_similarity(a: str, b: str) -> float:
    """0-100: how alike two name tokens are after folding transliteration."""
    if a == b:
        return 100.0
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return 97.0
    if len(a) == len(b) >= _LONG_NAME and a[:2] == b[:2] and Levenshtein.distance(a, b) == 1:
        return 95.0  # one letter of a long name written otherwise: "Subramanian" and "Subramaniam"
    return max(fuzz.ratio(a, b), fuzz.ratio(pa, pb) * 0.98)


# The length from which a name with one letter written otherwise is the same name.
_LONG_NAME = 9


# The ``same_person`` score at which two names are taken for one person's.
SAME_PERSON = 84.0


@lru_cache(maxsize=65536)
def same_person(a: str, b: str, threshold: float = 82.0) -> float:
    """Score 0-100 that two names refer to one person; 0 when they cannot.

    Surnames must match (after transliteration folding); given names must
    match, or one must be an initial of the other, or one name is surname-only.
    """
    if romanised_otherwise(a, b):
        return 90.0
    a, b = korean_family_alike(a, b)
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    if (len(ta) == 1) != (len(tb) == 1) and (own := own_name(b if len(ta) == 1 else a)) \
            and phonetic(own) == phonetic((ta if len(ta) == 1 else tb)[0]):
        return 95.0  # "Kertu" for "Haji Kertu bin Haji Orvel": a Malay name is called by the person's own name
    if (len(ta) == 1) != (len(tb) == 1) and family_name(b if len(ta) == 1 else a) is not None:
        # "Huang" and "Lin Chien-hung": a name written family name first is called by its first word alone
        single, family = (ta[0], family_name(b)) if len(ta) == 1 else (tb[0], family_name(a))
        return 95.0 if phonetic(single) == phonetic(family) else 0.0
    if ta != tb and southern_chinese(a) and southern_chinese(b):
        # "Goh Wee Leong" and "Goh Wee Liong": one family name, written first, and the given name written alike;
        # "Teo Boon Kiat" and "Teh Boon Kiat": the very given name, the family name with a letter written otherwise
        if phonetic(ta[0]) != phonetic(tb[0]):
            alike = ta[1:] == tb[1:] and ta[0][0] == tb[0][0] and Levenshtein.distance(ta[0], tb[0]) == 1
            return 88.0 if alike else 0.0
        return 90.0 if token_similarity("".join(ta[1:]), "".join(tb[1:])) >= threshold else 0.0
    script = vowelless_script(a) or vowelless_script(b)
    if script and vowelless_script(a) != vowelless_script(b):
        # A name in Arabic, Hebrew or a South Asian script beside its romanisation: compare what both write, the
        # consonants.
        sa, sb = written_consonants(a, script), written_consonants(b, script)
        return 90.0 if len(sa) >= 4 and fuzz.ratio(sa, sb) >= 90 else 0.0
    score = _same_tokens(ta, tb, threshold)
    long, short = (ta, tb) if len(ta) > len(tb) else (tb, ta)
    tail = long[-len(short):]
    if score == 0.0 and len(short) >= 2 and tail[0] == short[0] and all(
            token_similarity(x, y) >= threshold for x, y in zip(tail, short, strict=True)):
        # The last names of a longer name: "Ruiz Salgado" of "Ana Ruiz Salgado", "Ali Khattan" of "Imran Ali
        # Khattan"; and spelled otherwise: "Rahman Talukder" of "Mizanur Rahman Talukdar".
        return 90.0 if tail == short else 88.0
    if score == 0.0:
        # One name written as two words or as one: "Abdel-Karim" and "Abdelkarim", "Mac Leod" and "MacLeod",
        # "Ben Salah" alone and "Youssef Bensalah".
        for x, y in ((ta, tb), (tb, ta)):
            sounds = {phonetic(t) for t in y}
            for k in range(len(x) - 1):
                joined = _SON_OF.get(x[k], x[k]) + x[k + 1]
                # written whole in the other name, as it sounds or all but a letter ("Kamal Eldin", "Kamaleddin")
                if phonetic(joined) in sounds or len(x) == len(y) + 1 and min(len(x[k]), len(x[k + 1])) >= 3 \
                        and token_similarity(joined, y[k]) >= 85:
                    whole = x[:k] + [joined] + x[k + 2:]
                    score = max(score, _same_tokens(whole, y, threshold),
                                88.0 if _surname_vowels_otherwise(whole, y, threshold) else 0.0)
    if score < 90.0:
        # "Obaidi" of "Haidar al-Obaidi": the Arabic article before a surname dropped.
        na, nb = _ARTICLE_BEFORE_SURNAME.sub("", a), _ARTICLE_BEFORE_SURNAME.sub("", b)
        if (na, nb) != (a, b) and bare_surname(na) == bare_surname(nb):  # the same word, not merely alike
            score = max(score, _same_tokens(name_tokens(na), name_tokens(nb), threshold))
    if score == 0.0 and len(ta) == len(tb) == 2:
        # The family name first in one and last in the other: "Chen Meiling" and "Meiling Chen", "Gantulgyn
        # Batbayar" and "Batbayar Gantulga". One word must be the same, not merely alike ("Peter Johns" is
        # not "John Peters").
        if phonetic(ta[0]) == phonetic(tb[1]) or phonetic(ta[1]) == phonetic(tb[0]):
            # either name may be the one turned round: "R. Vignesh" and "Vignesh Raghunathan" either way
            score = max(_same_tokens(ta[::-1], tb, threshold), _same_tokens(ta, tb[::-1], threshold)) * 0.95
    if score == 0.0 and _surname_vowels_otherwise(ta, tb, threshold):
        score = 88.0
    if score == 0.0 and len(ta) != len(tb):
        # Two surnames, the second dropped: "Ana Ruiz Salgado" is "Ana Ruiz" and "Ruiz".
        long, short = (ta, tb) if len(ta) > len(tb) else (tb, ta)
        if len(long) >= 3 and len(long[-2]) >= 4:
            score = _same_tokens(long[:-1], short, threshold) * 0.98
    return score


def _surname_vowels_otherwise(ta: list[str], tb: list[str], threshold: float) -> bool:
    """The same given names (eight letters or more, or written alike) and a surname whose vowels are written
    otherwise: "Imtiaz Ali Baig" and "Imtiaz Ali Beg", "Asad Ali Mahar" and "Asad Ali Mehar", "Sidi Mohamed Ould Bah
    Ethmane" and "Sidi Muhammad Ould Bah Othman", "Abdikarim Jama Hersi" and "Abdikarim Jama Hirsi"."""
    return len(ta) == len(tb) >= 3 and (len("".join(ta[:-1])) >= 8 or ta[:-1] == tb[:-1]) \
        and all(token_similarity(x, y) >= threshold for x, y in zip(ta[:-1], tb[:-1], strict=True)) \
        and (_vowels_written_otherwise(ta[-1], tb[-1]) or _one_vowel_for_another(ta[-1], tb[-1]))


def _one_vowel_for_another(x: str, y: str) -> bool:
    """ "hersi" and "hirsi", "haque" and "hoque": a surname of five letters or more with one vowel written for
    another, as transliterations do (not "hill" and "hall"); the caller checks the given names."""
    return len(x) == len(y) >= 5 and x[0] == y[0] and skeleton(x) == skeleton(y) \
        and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _vowels_written_otherwise(x: str, y: str) -> bool:
    """ "baig" and "beg", "ethmane" and "othman": the same consonants, the vowels written with more letters or fewer
    (not "hill" and "hall", one vowel for another), from the same first letter or from a vowel each."""
    return len(x) != len(y) and skeleton(x) == skeleton(y) and (x[0] == y[0] or x[0] in "aeiou" and y[0] in "aeiou")


_ARTICLE_BEFORE_SURNAME = re.compile(r"(?<![\w-])[AaEe]l[-‐ ](?=\w{4,}$)")


def bare_surname(name: str) -> str:
    """The surname's phonetic key without an Arabic article before it ("Haidar al-Obaidi" -> "obaidi"); the
    surname's key for other names."""
    tokens = name_tokens(_ARTICLE_BEFORE_SURNAME.sub("", name))
    return phonetic(tokens[-1]) if tokens else ""


def _same_tokens(ta: list[str], tb: list[str], threshold: float) -> float:
    sur = token_similarity(ta[-1], tb[-1])
    if sur < 97.0:
        # "Grigorchuk" and "Hryhorchuk", "Chatziorvelou" and "Hadjiorvelou": one surname romanised two ways
        sur = max(sur, romanised_alike(ta[-1], tb[-1], token_similarity))
    if sur < threshold:
        return 0.0
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:
        return sur * 0.95
    first_a, first_b = ga[0], gb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return sur * 0.9 if first_a[0] == first_b[0] else 0.0
    short, long = sorted((first_a, first_b), key=len)
    if len(short) == 2 and long.startswith(short):
        return sur * 0.9  # an initial of two letters: "Ts." of "Tsogtyn", "Sh." of "Shagdaryn"
    given = token_similarity(first_a, first_b)
    if given < 70 and len(short) >= 3 and len(long) > len(short) and long.startswith(short):
        given = 85.0  # a given name cut short: "Alex" of "Alexander", "Rey" of "Reynaldo"
    if given < 70 and ga[1:] and ga[1:] == gb[1:] and _voiced(skeleton(first_a)) == _voiced(skeleton(first_b)) \
            and len(skeleton(first_a)) >= 3:
        # "Mahamat Zene Adam" and "Mohamed Zene Adam": a given name spelled by other vowels (and a final "t" for
        # "d"), before the same middle name and surname.
        given = 85.0
    if given < 70:
        return 0.0
    return (sur + given) / 2


def _voiced(consonants: str) -> str:
    return consonants[:-1] + "d" if consonants.endswith("t") else consonants


def run_together(name: str) -> str:
    """A name's letters without its spaces, hyphens and accents: "Chapai Nawabganj" and "Chapainawabganj" alike."""
    return re.sub(r"[\W_]+", "", fold(name))


def display_key(name: str) -> str:
    """Case- and spacing-insensitive form that keeps spelling and script, to tell variants apart.

    "Nikolai" and "Nikolay" differ, and so do "Николай" and "Nikolai".
    """
    text = re.sub(r"['’]s\b", "", name).casefold()
    tokens = [t for t in re.split(r"[\W_]+", text) if t]
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)
