"""Names of East Asia in the Latin alphabet: a name written family name first ("Choi Seung-min"), a Korean family
name romanised several ways ("Jeong", "Chung"), a Chinese name in Wade-Giles, in pinyin or in characters."""

from __future__ import annotations

import re

from anyascii import anyascii

from reconcile.normalize.text import fold

# "Choi Seung-min", "Kim Jae-won": one word, then a given name of two syllables joined by a hyphen, the second in
# lower case. The family name comes first, and "Choi" alone is that person.
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+-[a-z]+")


# Chinese family names as Hokkien, Teochew, Cantonese and Hakka speakers in Southeast Asia write them ("Goh Wee
# Leong", "Ng Boon Hock"): the family name first, then a given name of two syllables written as two words.
_SOUTHERN_CHINESE_FAMILIES = {
    "lim", "tan", "lee", "ng", "goh", "ong", "teo", "chua", "koh", "wong", "chan", "cheung", "leong", "yeo", "tay",
    "khoo", "lau", "low", "loh", "chong", "chew", "foo", "lai", "liew", "lum", "ang", "sim", "seah", "toh", "yap",
    "yong", "lam", "choo", "kwok", "quek", "heng", "phua", "soh", "chia", "pang", "poh", "wee", "tee", "teh", "yeoh",
    "cheong", "kok", "chin", "liow", "hew", "thong", "fong", "chee", "siew", "woon"}
_SYLLABLE = re.compile(r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|ck|n|m|k|h|p|t)?")


def family_name(name: str) -> str | None:
    """The family name of a name written family name first, as Korean names are in the Latin alphabet and Chinese
    names in Southeast Asia ("Goh Wee Leong"); None for a name whose order cannot be told from its form."""
    if _FAMILY_FIRST.fullmatch(name.strip()) is None and not southern_chinese(name):
        return None
    return fold(name.split()[0])


def southern_chinese(name: str) -> bool:
    """Whether a name is written as Chinese names are in Southeast Asia: family name, then two one-syllable words."""
    words = name.split()
    return len(words) == 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and fold(words[0]) in _SOUTHERN_CHINESE_FAMILIES \
        and all(_SYLLABLE.fullmatch(fold(w)) for w in words[1:])


# Korean family names and the ways the Latin alphabet writes each (Revised Romanization, McCune-Reischauer and the
# spellings families keep): "Jeong Min-soo" is "Chung Min-soo".
_KOREAN_FAMILY_NAMES = [
    ("lee", "yi", "rhee", "rhie", "ri"), ("jeong", "chung", "jung", "cheong", "joung"), ("park", "pak", "bak"),
    ("choi", "choe", "chey"), ("kang", "gang"), ("kim", "gim"), ("shin", "sin", "shinn"), ("cho", "jo", "joe"),
    ("yoon", "yun", "youn"), ("lim", "im", "rim"), ("seo", "suh", "so"), ("kwon", "gwon"), ("ahn", "an"),
    ("yoo", "yu", "ryu", "ryoo", "rhyu"), ("jeon", "chun", "jun", "chon"), ("ko", "go", "koh"), ("moon", "mun"),
    ("son", "sohn"), ("bae", "pae"), ("baek", "paek", "paik"), ("heo", "hur", "huh"), ("noh", "roh", "no"),
    ("kwak", "gwak"), ("seong", "sung"), ("joo", "ju", "chu", "choo"), ("koo", "ku", "gu"), ("jin", "chin"),
    ("eom", "um", "uhm"), ("byun", "byeon", "pyun"), ("yeom", "yum"), ("shim", "sim"), ("seok", "suk"),
    ("hyun", "hyeon"), ("kong", "gong"), ("oh", "o"), ("woo", "u"), ("do", "to"),
]
_KOREAN_FAMILY = {spelling: group[0] for group in _KOREAN_FAMILY_NAMES for spelling in group}


def korean_family_alike(a: str, b: str) -> tuple[str, str]:
    """Two names written family name first, the Korean way: their family names written alike when they are one
    name romanised two ways."""
    if family_name(a) is None or family_name(b) is None:
        return a, b
    fa, ra = a.strip().split(" ", 1)
    fb = b.strip().split(" ", 1)[0]
    ka, kb = _KOREAN_FAMILY.get(fold(fa)), _KOREAN_FAMILY.get(fold(fb))
    if ka is None or ka != kb or fold(fa) == fold(fb):
        return a, b
    return f"{fb} {ra}", b


# A Chinese name romanised two ways: in Wade-Giles, as Taiwan writes names ("Chou Po-wen", "Lin Chien-hung"), and in
# pinyin ("Zhou Bowen", "Lin Jianhong"); or written in Chinese characters, read in pinyin. Each system's spellings
# are brought to one coarse form: initials that differ only in the aspiration one system marks (b/p, d/t, g/k,
# zh/ch/j/q) are one, and the finals each writes its own way ("ien"/"ian", "ung"/"ong") are one.
_WADE_GILES = [(r"hs", "X"), (r"ch", "C"), (r"t[sz]", "Z"), (r"sh", "S"), (r"j", "R"), (r"k", "K"), (r"p", "P"),
               (r"t", "T"), (r"ien\b", "ian"), (r"yen\b", "yan"), (r"ung\b", "ong"), (r"ih\b", "i"), (r"eh\b", "e")]
_PINYIN = [(r"zh|ch|j|q", "C"), (r"x", "X"), (r"sh", "S"), (r"[zc]", "Z"), (r"r", "R"), (r"(?<!n)g|k", "K"),
           (r"[bp]", "P"), (r"[dt]", "T")]
_WADE_GILES_RE = [(re.compile(a), b) for a, b in _WADE_GILES]
_PINYIN_RE = [(re.compile(a), b) for a, b in _PINYIN]
# "Lin Jianhong", "Chou Po-wen": a family name of one syllable, then a given name, joined or hyphenated.
_FAMILY_THEN_GIVEN = re.compile(r"([A-Z][a-z]{0,5})\s+([A-Z][a-z]+(?:-[a-z]+)?)")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def chinese_name(name: str) -> tuple[str, str, str] | None:
    """(system, family name, given name) of a name that may be Chinese, each name in the coarse form that both
    romanisations give ("Lin Chien-hung" and "Lin Jianhong" give one); None for a name of another form."""
    text = re.sub(r"['’]s$", "", name.strip())
    if _HAN.fullmatch(text):
        syllables = re.findall(r"[A-Z][a-z]*", anyascii(text))
        if not 2 <= len(syllables) <= 4:
            return None
        system, family, given = "hanzi", syllables[0], "".join(syllables[1:])
    else:
        m = _FAMILY_THEN_GIVEN.fullmatch(text)
        if m is None:
            return None
        family, given = m.groups()
        system = "wade-giles" if _FAMILY_FIRST.fullmatch(text) else "pinyin"  # the given name hyphenated
    rules = _WADE_GILES_RE if system == "wade-giles" else _PINYIN_RE

    def coarse(word: str) -> str:
        out = []
        for syllable in word.lower().split("-"):
            for pat, rep in rules:
                syllable = pat.sub(rep, syllable)
            out.append(syllable)
        return "".join(out).lower()

    return system, coarse(family), coarse(given)


def romanised_otherwise(a: str, b: str) -> bool:
    """ "Chou Po-wen" and "Zhou Bowen", "Lin Chien-hung" and "林建宏": one Chinese name, romanised by two systems or
    written in characters."""
    ca, cb = chinese_name(a), chinese_name(b)
    return ca is not None and cb is not None and ca[0] != cb[0] and ca[1:] == cb[1:]
