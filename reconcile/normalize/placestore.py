"""The gazetteer kept between runs, in a file that is read in milliseconds and looked up as it is used.

A pickled gazetteer is half a million Python objects: most of a second to read back, and about as long again
for the interpreter to free at exit, while a run looks up a few thousand names. This file holds the same
tables, cut into small JSON buckets that are decoded when a lookup first needs one:

- the places, each once, in blocks of ``PLACE_BLOCK`` by number;
- for each folded name, and for each division key, the numbers of its places in the gazetteer's order, in
  buckets chosen by a CRC-32 of the key;
- the countries and the capitals.

So a name finds the same places, in the same order, as in the gazetteer that was written.

The file is a header line, the SHA-256 of the rest, then one line of JSON (the table sizes, the countries and
capitals, and where each bucket starts) and the buckets one after another. A file that is damaged, cut short
or of another format is not read: the caller builds the gazetteer again and writes it anew.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reconcile.normalize.places import Gazetteer, Place

HEADER = b"reconcile gazetteer 1\n"
_DIGEST = 64  # hex characters of a SHA-256, then a newline
PLACE_BLOCK = 128  # places per block
KEYS_PER_BUCKET = 100  # about this many keys share a bucket
_TABLES = ("names", "divisions")


def write_gazetteer(gaz: Gazetteer, path: Path) -> None:
    """Keep ``gaz`` at ``path`` (written at once: readers see the whole file or none); errors are ignored."""
    body = pack(gaz)
    content = HEADER + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(content)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk costs the next run time, not this run its results


def read_gazetteer(path: Path) -> Gazetteer | None:
    """The gazetteer kept at ``path``, or None when the file is missing, damaged or of another format."""
    from reconcile.normalize.places import Gazetteer

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    start = len(HEADER) + _DIGEST + 1
    if not data.startswith(HEADER) or data[start - 1:start] != b"\n":
        return None
    body = data[start:]
    if hashlib.sha256(body).hexdigest().encode("ascii") != data[len(HEADER):start - 1]:
        return None
    try:
        packed = _Packed(body)
        return Gazetteer.from_tables(by_name=StoredPlaces(packed, "names"), divisions=StoredPlaces(packed, "divisions"),
                                     countries={iso: packed.place(n) for iso, n in packed.index["countries"].items()},
                                     capitals=dict(packed.index["capitals"]))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):  # well-formed, yet not what we wrote
        return None


def bucket_of(key: str, buckets: int) -> int:
    """The bucket of ``key`` among ``buckets`` (the same on every run and machine)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def pack(gaz: Gazetteer) -> bytes:
    """The body of the file that keeps ``gaz``."""
    for table in (gaz.by_name, gaz.divisions):
        if isinstance(table, StoredPlaces):
            return table.packed.body  # read from a file already: the same tables
    numbers: dict[int, int] = {}  # id() of each place (all alive here) -> its number
    places: list[Place] = []

    def number(place: Place) -> int:
        found = numbers.get(id(place))
        if found is None:
            found = numbers[id(place)] = len(places)
            places.append(place)
        return found

    parts: list[bytes] = []
    sizes: dict[str, int] = {}
    for name, table in zip(_TABLES, (gaz.by_name, gaz.divisions), strict=True):
        # A bucket is [its keys, the numbers of each key's places]: "3,17|5" for two keys. Strings, not a list
        # per key, so that building it leaves the garbage collector nothing to scan.
        size = sizes[name] = max(1, len(table) // KEYS_PER_BUCKET)
        keys: list[list[str]] = [[] for _ in range(size)]
        values: list[list[str]] = [[] for _ in range(size)]
        for key, found in table.items():
            n = bucket_of(key, size)
            keys[n].append(key)
            values[n].append(",".join([str(number(p)) for p in found]))
        parts.extend(_json([k, "|".join(v)]) for k, v in zip(keys, values, strict=True))
    countries = {iso: number(p) for iso, p in gaz.countries.items()}
    sizes["places"] = -(-len(places) // PLACE_BLOCK)
    for i in range(0, len(places), PLACE_BLOCK):
        parts.append(_json([[p.key, p.name, p.kind, p.country, p.population, p.region, p.district]
                            for p in places[i:i + PLACE_BLOCK]]))
    starts = [0]
    for part in parts:
        starts.append(starts[-1] + len(part))
    index = {"sizes": sizes, "starts": starts, "countries": countries, "capitals": gaz.capitals}
    return _json(index) + b"\n" + b"".join(parts)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


class _Packed:
    """The body of a kept gazetteer: its index read, each bucket decoded when first needed."""

    def __init__(self, body: bytes):
        end = body.index(b"\n")
        self.body = body
        self.index = json.loads(body[:end])
        sizes, starts = self.index["sizes"], self.index["starts"]
        self._first = {"names": 0, "divisions": sizes["names"], "places": sizes["names"] + sizes["divisions"]}
        self.sizes = sizes
        self._base = end + 1
        self._starts = starts
        if len(starts) != sum(sizes[t] for t in self._first) + 1 or self._base + starts[-1] != len(body):
            raise ValueError("the index does not match the buckets")
        self._buckets: dict[int, Any] = {}
        self._places: dict[int, Place] = {}

    def _decoded(self, at: int) -> Any:
        a, b = self._starts[at], self._starts[at + 1]
        return json.loads(self.body[self._base + a:self._base + b])

    def bucket(self, table: str, n: int) -> dict[str, str]:
        """The keys of bucket ``n`` of ``table``, each with the numbers of its places ("3,17")."""
        at = self._first[table] + n
        found = self._buckets.get(at)
        if found is None:
            keys, values = self._decoded(at)
            found = self._buckets[at] = dict(zip(keys, values.split("|"), strict=True)) if keys else {}
        return found

    def place(self, n: int) -> Place:
        from reconcile.normalize.places import Place

        found = self._places.get(n)
        if found is None:
            at = self._first["places"] + n // PLACE_BLOCK
            block = self._buckets.get(at)
            if block is None:
                block = self._buckets[at] = self._decoded(at)
            found = self._places[n] = Place(*block[n % PLACE_BLOCK])
        return found


class StoredPlaces(Mapping):
    """The places of each key of one table (folded names, or division keys), read as they are asked for."""

    def __init__(self, packed: _Packed, table: str):
        if table not in _TABLES:
            raise ValueError(table)
        self.packed = packed
        self.table = table
        self._size = packed.sizes[table]
        self._found: dict[str, list[Place] | None] = {}

    def get(self, key: str, default: Any = None) -> Any:
        try:
            found = self._found[key]
        except KeyError:
            numbers = self.packed.bucket(self.table, bucket_of(key, self._size)).get(key)
            found = self._found[key] = (None if numbers is None else
                                        [self.packed.place(int(n)) for n in numbers.split(",") if n])
        return default if found is None else found

    def __getitem__(self, key: str) -> list[Place]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return (key for n in range(self._size) for key in self.packed.bucket(self.table, n))

    def __len__(self) -> int:
        return sum(len(self.packed.bucket(self.table, n)) for n in range(self._size))
