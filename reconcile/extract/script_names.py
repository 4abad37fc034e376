"""Names in scripts the small English tagger does not read: Cyrillic names in any case, names in scripts without
capitals, and a name in another script set in brackets after a person's name."""

from __future__ import annotations

import re

from reconcile.extract.spans import Ent
from reconcile.normalize.names import cyrillic_surname
from reconcile.normalize.places import gazetteer
from reconcile.normalize.romanised import ABJAD_LETTERS, BRAHMIC_LETTERS

# Russian, Ukrainian, Belarusian, Serbian and Macedonian letters; and those Kazakh, Kyrgyz, Tajik, Uzbek, Tatar and
# Mongolian add ("Нұрлан Сейітқали").
_CYR_UPPER = "А-ЯЁЇІЄҐЈЉЊЌЃЅЏЂЋЎ" + "ӘҒҚҢӨҰҮҺӢӮҲҶӐӒӖӞӦӰ"
_CYR_LOWER = "а-яёїієґјљњќѓѕџђћў" + "әғқңөұүһӣӯҳҷӑӓӗӟӧӱ"
# Two or three words in a script without capitals (Georgian, Arabic, Hebrew, the scripts of South Asia from
# Devanagari to Sinhala) in English copy: a name.
_SCRIPTS = "\u10A0-\u10FF" + ABJAD_LETTERS + BRAHMIC_LETTERS
_CYRILLIC_NAME = re.compile(rf"\b[{_CYR_UPPER}][{_CYR_LOWER}']+(?:\s+[{_CYR_UPPER}][{_CYR_LOWER}']+){{1,2}}\b")
# Words that open a sentence with a capital in Russian and its neighbours, and so open no name: prepositions,
# conjunctions, pronouns and the like ("Для Нурлановой": "for Nurlanova").
_CYRILLIC_FUNCTION_WORDS = {
    "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "обо", "от", "ото", "до", "из", "за", "при", "для",
    "без", "под", "над", "перед", "после", "между", "через", "про", "у", "около", "против", "и", "а", "но", "или",
    "как", "что", "это", "этот", "эта", "эти", "тот", "та", "те", "он", "она", "оно", "они", "его", "её", "ее", "их",
    "ему", "ей", "им", "также", "однако", "кроме", "когда", "если", "где", "же", "ли", "не", "ни", "все", "всё",
    "уже", "еще", "ещё", "лишь", "только", "по-прежнему", "так", "там", "тут", "здесь", "вчера", "сегодня", "завтра",
}
_CYRILLIC_WORD = re.compile(rf"(?<![\w-])[{_CYR_UPPER}][{_CYR_LOWER}']+(?![\w-])")
_UNCASED_NAME = re.compile(rf"(?<!\w)[{_SCRIPTS}]+(?:\s+[{_SCRIPTS}]+){{1,3}}(?!\w)")
# A name in brackets in another script, right after a person's name: "Park Ji-hoon (박지훈)"; the scripts without
# capitals, and Greek, Cyrillic, Armenian, the scripts of South and Southeast Asia (Devanagari to Sinhala, Thai,
# Lao, Myanmar, Khmer, with the joiners they write inside words), Ethiopic, Hangul, kana and Han.
_NATIVE = _SCRIPTS + ("\u0370-\u03FF\u1F00-\u1FFF\u0400-\u04FF\u0530-\u058F\u0900-\u0DFF\u0E00-\u0EFF"
                      "\u1000-\u109F\u1780-\u17FF\u1200-\u137F\u200C\u200D\uAC00-\uD7AF\u3040-\u30FF\u4E00-\u9FFF")
_NATIVE_IN_BRACKETS = re.compile(rf"\s\(([{_NATIVE}]+(?:\s[{_NATIVE}]+){{0,3}})\)")


class ScriptNames:
    """People's names in other scripts among the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _find_names_in_other_scripts(self, ents: list[Ent]) -> list[Ent]:
        """The English tagger does not know Cyrillic: two or three capitalised words there are a name, and so are a
        few words in a script without capitals, unless the gazetteer knows them as a place."""
        found = []
        for m in _CYRILLIC_NAME.finditer(self.text):
            first = m.group(0).split()[0]
            if first.lower() in _CYRILLIC_FUNCTION_WORDS:
                found.append((m.start() + len(first) + 1, m.end()))  # "Для Нурлановой": the name after "for"
            else:
                found.append((m.start(), m.end()))
        for m in _CYRILLIC_WORD.finditer(self.text):
            # a surname alone, in any case, inside a sentence ("назначил Султанбекову"): capitalised, so a name
            if cyrillic_surname(m.group(0)) and not self._opens_a_sentence(m.start()) \
                    and not any(a <= m.start() < b for a, b in found):
                found.append((m.start(), m.end()))
        found += [(m.start(), m.end()) for m in _UNCASED_NAME.finditer(self.text)]
        for start, end in found:
            name = self.text[start:end]
            if len(name.split()) == 1 and not cyrillic_surname(name):
                continue  # the one word left after "Для": a name only when it ends as surnames do
            if gazetteer().lookup(name) is not None:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                ents = [e for e in ents if not (e.start < end and start < e.end)]
                ents.append(Ent(name, "PERSON", start, end, span.start, span.end))
        return ents

    def _opens_a_sentence(self, start: int) -> bool:
        """Whether the word at ``start`` is the first of its sentence or line."""
        before = self.text[:start].rstrip(" \t\"«„“(")
        return not before or before[-1] in ".!?:\n—–-"

    def _find_native_names(self, ents: list[Ent]) -> list[Ent]:
        """ "Park Ji-hoon (박지훈)": the name in brackets in another script right after a person's name is the same
        person's."""
        for e in [e for e in ents if e.label == "PERSON"]:
            m = _NATIVE_IN_BRACKETS.match(self.text, e.end)
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m else None
            if span is not None:
                ents = [o for o in ents if not (o.start < m.end(1) and m.start(1) < o.end)]
                ents.append(Ent(m.group(1), "PERSON", m.start(1), m.end(1), span.start, span.end))
        return ents
