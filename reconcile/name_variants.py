"""Names spelled differently: one person, place or organisation written in more than one way across sources
(a spelling or transliteration variant, not a conflict)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from rapidfuzz import fuzz

from reconcile.extract.lexicon import area_core
from reconcile.flagging import make_flag, sides
from reconcile.models import Claim, Entity, Flag
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.names import (
    NICKNAME,
    display_key,
    name_tokens,
    phonetic,
    run_together,
    sound_alike,
    sound_of,
)
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold, in_order, other_script
from reconcile.organisations import country_led

_NICKNAME = re.compile(" " + NICKNAME + "(?= )")
# An apostrophe inside a word ("Hauwa'u"), which the keys of names read as a space.
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ](?=\w)")


def name_variants(entities: list[Entity], labels, story_of: dict[str, str] | None = None) -> list[Flag]:
    story_of = story_of or {}
    several = len(set(story_of.values())) > 1
    flags = []
    for ent in entities:
        if ent.label == "PERSON":
            named = [m for m in ent.mentions if len(name_tokens(m.text)) >= 2 or _whole_name_unspaced(m.text)]
        else:
            named = _spelling_variants(ent)
        by_story: dict[str, list] = defaultdict(list)
        for m in named:
            by_story[story_of.get(m.source_id, "") if several else ""].append(m)
        for story, full in sorted(by_story.items()):
            flag = _name_variant(ent, full, labels, f"{story}|{ent.id}" if story else ent.id)
            if flag is not None:
                flags.append((ent.label, flag))
    return [f for label, f in flags if label == "PERSON" or not _spelt_as_another(f, [g for _, g in flags])]


def _spelt_as_another(flag: Flag, others: list[Flag]) -> bool:
    """ "Evora Court of Appeal" / "Évora Court of Appeal" beside "Evora" / "Évora": a name that differs only in
    the spelling of a shorter name already flagged; the one spelling, told once. The same two spellings flagged
    twice (a town, and the town's name in a dateline the tagger took for a body) are told by the first flag."""
    keys = [display_key(c.value) for c in flag.claims]
    mine = next(n for n, other in enumerate(others) if other is flag)
    for n, other in enumerate(others):
        if other is flag or len(other.claims) != 2:
            continue
        a, b = (display_key(c.value) for c in other.claims)
        if {a, b} == set(keys):
            if n < mine:
                return True
            continue
        if a != b and any(
                re.sub(rf"\b{re.escape(x)}\b", y, k) == keys[1 - i]
                for i, k in enumerate(keys[:2]) for x, y in ((a, b), (b, a))):
            return True
    return False


def _whole_name_unspaced(text: str) -> bool:
    """ "박정훈", "林志偉": a whole name in a script that writes it without spaces (Chinese, Japanese, Korean)."""
    return " " not in text.strip() and len(text.strip()) >= 2 and all(
        unicodedata.name(ch, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")) for ch in text.strip())


def _name_variant(ent: Entity, full: list, labels, key: str) -> Flag | None:
    """A flag when ``full`` (mentions of one entity) spells it in more than one way in two sources."""
    forms: dict[str, list] = defaultdict(list)
    length: dict[str, int] = {}  # each spelling's count of words
    for m in full:
        # 'Dionisio "Dodong" Peñaranda' is spelled as "Dionisio Peñaranda": the name he goes by is not a spelling
        text = _NICKNAME.sub("", m.text)
        forms[display_key(text)].append(m)
        # "Hauwa'u Lawal Kobi" keys as four words; it has three, the first spelled otherwise than "Hauwa"
        length[display_key(text)] = len(display_key(_IN_WORD_APOSTROPHE.sub("", text)).split())
    # "Aftab Jadoon" beside "Aftab Ahmad Jadoon", "Ali Khattan" beside "Imran Ali Khattan", "Ana Ruiz" beside "Ana
    # Ruiz Salgado": a given, middle or second family name left out, not another spelling; and "Rodrigo A.
    # Valdivieso" beside "Rodrigo Antonio Valdivieso Prat", a middle name cut to its initial.
    for short in sorted(forms, key=len):
        words = short.split()
        longer = [k for k in forms if k != short and length[k] > length[short] >= 2
                  and in_order(_initials_as_written(words, k.split()), k.split())
                  or k != short and len(k.split()) == len(words) == 2 and _turned_initial(words, k.split())
                  or k != short and sorted(k.split()) == sorted(words)]  # "Szilágyi Réka": family name first
        if longer:
            forms[longer[0]].extend(forms.pop(short))
    if len(forms) < 2 or len({m.source_id for m in full}) < 2:
        return None
    # One mention per spelling, from different sources where possible: the spellings fewest sources use choose first.
    chosen = []
    used_sources: set[str] = set()
    for _key, ms in sorted(forms.items(), key=lambda kv: (len({m.source_id for m in kv[1]}), kv[1][0].source_id)):
        ms = sorted(ms, key=lambda x: _NICKNAME.search(x.text) is not None)  # the name as usually written first
        m = next((x for x in ms if x.source_id not in used_sources), ms[0])
        used_sources.add(m.source_id)
        chosen.append(m)
    if len({m.source_id for m in chosen}) < 2:
        return None
    claims = [Claim(source_id=m.source_id, kind="name", subject=ent.name, attribute="name", value=m.text,
                    start=m.start, end=m.end, sentence="", sentence_start=m.start, value_type="name",
                    norm=display_key(m.text), subject_key=ent.id, extractor="resolve.name", confidence=0.9)
               for m in chosen]
    what = "person" if ent.label == "PERSON" else "place" if ent.label == "PLACE" else "name"
    explanation = (f"The same {what} is spelled differently: {sides(labels, claims)}; "
                   f"treated as one {what} (a spelling or transliteration variant, not a conflict).")
    return make_flag("name_variant", key, ent.name, explanation, claims, 0.85)


def _turned_initial(short: list[str], long: list[str]) -> bool:
    """ "R. Vignesh" beside "Vignesh Raghunathan": a name written the other way round, one word cut to its initial;
    a short form, not another spelling."""
    return len(short[0]) == 1 and len(long[1]) > 1 and short[1] == long[0] and long[1].startswith(short[0])


def _initials_as_written(short: list[str], long: list[str]) -> list[str]:
    """The words of a short name, with each initial after its first word replaced by the word of the long name it
    stands for ("rodrigo a valdivieso" beside "rodrigo antonio valdivieso prat")."""
    out, at = [], 0
    for i, w in enumerate(short):
        if i and len(w) == 1:
            w = next((x for x in long[at:] if x[0] == w and len(x) > 1), w)
        if w in long[at:]:
            at = long.index(w, at) + 1
        out.append(w)
    return out


_ADJECTIVE_ENDINGS = ("ese", "ian", "ean", "ish")


def _adjective_of(text: str, ent: Entity) -> bool:
    """ "Maltese" beside "Malta", "Estonian" beside "Estonia": one word with an ending of the people's adjective,
    opening as another of the entity's names does."""
    word = fold(text)
    return " " not in word and word.endswith(_ADJECTIVE_ENDINGS) and any(
        (other := fold(m.text)) != word and len(other) >= 4 and word.startswith(other[:4]) for m in ent.mentions)


def _spelling_variants(ent: Entity) -> list:
    """Mentions of a place or organisation that spell the same words differently ("Kiev" / "Kyiv").

    Short forms ("Brenner" / "Brenner Hydraulik") and abbreviations are not spelling variants.
    """
    by_len: dict[int, list] = defaultdict(list)
    for m in ent.mentions:
        if m.label == "NORP" or fold(m.text) in DEMONYMS or _adjective_of(m.text, ent):
            continue  # "Ghanaian" is Ghana's adjective, not a spelling of its name
        if m.text.isupper() and display_key(m.text) == fold(m.text) and any(
                fold(o.text) == fold(m.text) and not o.text.isupper() for o in ent.mentions):
            continue  # "PARNU" in a dateline: capitals leave out the accents, they do not spell the name otherwise
        if m.text != m.text.lower():  # "the municipal electoral commission" describes a body; it has no spelling
            by_len[len(display_key(m.text).split())].append(m)
    for ms in by_len.values():
        keys = {_legal_form_short(display_key(m.text)) for m in ms}
        if len(keys) < 2:
            continue
        first = fold(ms[0].text)
        # Alike word for word: "Kvistgaard Foods" translates "Kvistgaard Fødevarer", it does not spell it.
        alike = [m for m in ms if fuzz.ratio(fold(m.text), first) >= 70 and all(
                     fuzz.ratio(a, b) >= 60 for a, b in zip(fold(m.text).split(), first.split(), strict=False))
                 or [phonetic(w) for w in fold(m.text).split()] == [phonetic(w) for w in first.split()]
                 or _one_place_transliterated(m.text, ms[0].text)
                 or ent.label == "PLACE" and sound_alike(" ".join(sound_of(m.text)), " ".join(sound_of(first)))]
        spellings = {_without_plural_s(_legal_form_short(display_key(m.text))) for m in alike}
        if len(spellings) >= 2 and not _one_name_in_two_scripts(alike) \
                and not _names_of_one_country(alike) and not _country_or_its_people(alike):
            return alike
    if ent.label == "PLACE":
        # One place whose name one report writes as two words: "Kota Bharu" and "Kotabaru"
        named = [m for ms in by_len.values() for m in ms]
        alike = [m for m in named if _one_place_transliterated(m.text, named[0].text)]
        if len({display_key(m.text).replace(" ", "") for m in alike}) >= 2 and len(
                {len(m.text.split()) for m in alike}) >= 2 and not _one_name_in_two_scripts(alike):
            return alike
        # The very letters, written as two words and as one: "Chapai Nawabganj (district)" and "Chapainawabganj"
        joined: dict[str, list] = defaultdict(list)
        for m in named:
            joined[run_together(area_core(m.text) or m.text)].append(m)
        for ms in joined.values():
            if len({len((area_core(m.text) or m.text).split()) for m in ms}) >= 2:
                return ms
    return []


# Legal forms written out and cut short: "Orvel Smelting Berhad" is "Orvel Smelting Bhd", not another spelling.
_LEGAL_FORMS_CUT = {"berhad": "bhd", "sendirian": "sdn", "limited": "ltd", "incorporated": "inc",
                    "corporation": "corp", "company": "co", "proprietary": "pty", "terbuka": "tbk"}


def _legal_form_short(key: str) -> str:
    """A name's key with its legal form written short ("orvel smelting berhad" -> "orvel smelting bhd")."""
    return " ".join(_LEGAL_FORMS_CUT.get(w, w) for w in key.split())


def _one_place_transliterated(a: str, b: str) -> bool:
    """ "Kebili" and "Qibili", "Kota Bharu" and "Kotabaru": names that the gazetteer knows as one place, of about
    one length and alike as they sound, written without their spaces; not a name and its translation ("Cologne"
    and "Köln")."""
    x, y = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    if abs(len(x) - len(y)) > (1 if len(a.split()) == len(b.split()) else 2):
        return False
    p, q = gazetteer().lookup(a), gazetteer().lookup(b)
    return p is not None and q is not None and p.key == q.key and fuzz.ratio(phonetic(x), phonetic(y)) >= 75


def _without_plural_s(key: str) -> str:
    """ "twin otters" -> "twin otter": a name in the plural ("two Twin Otters") is not another spelling of it."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _names_of_one_country(mentions: list) -> bool:
    """ "Turkey" and "Türkiye", "Czechia" and "the Czech Republic": a country's names, not spellings of one."""
    places = [gazetteer().by_own_name(m.text) for m in mentions]
    return all(p is not None and p.kind == "country" for p in places) and len({p.key for p in places}) == 1


def _country_or_its_people(mentions: list) -> bool:
    """ "Nepal Army" and "Nepali Army": one name, led by the country or by its people's adjective; a wording,
    not a spelling."""
    return len({fold(m.text) for m in mentions}) > 1 and len({country_led(m.text) for m in mentions}) == 1


def _one_name_in_two_scripts(mentions: list) -> bool:
    """ "Рустави" and "Rustavi": the name written in the script of the report's language, letter for letter the
    same; not a spelling to check."""
    # "й" is written y, i or j in Latin: "Нор Кумайри" is "Nor Kumayri" letter for letter.
    return len({re.sub(r"[yj]", "i", fold(m.text)) for m in mentions}) == 1 and any(
        other_script(m.text) for m in mentions)
