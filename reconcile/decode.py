"""Bytes to text: byte order marks, UTF-8 (with a few broken bytes, noted), detected legacy encodings.

Binary files under a text name (PDFs, images, archives, programs) are recognised by their signatures
and refused by name, so the user learns what the file is rather than seeing mojibake.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from reconcile.errors import SourceError

# Signatures of common binary formats a fact-checker's folder may hold under a text name.
_MAGIC = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
          (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
          (b"\x7fELF", "a program"), (b"MZ", "a program"), (b"SQLite format 3\x00", "an SQLite database"))
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"), (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
         (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xfe\xff", "utf-16-be", "UTF-16"),
         (b"\xff\xfe", "utf-16-le", "UTF-16"))


def decode_with_note(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and a note for the user ("" when the bytes were read as they are).

    Raises ``SourceError`` for binary files and bytes that are text in no encoding.
    """
    note = ""
    marks = [(mark, codec, label) for mark, codec, label in _BOMS if data.startswith(mark)]
    for mark, codec, label in marks:  # FF FE 00 00 starts UTF-32 and UTF-16 alike: the first that fits
        try:
            text = data[len(mark):].decode(codec)
            break
        except UnicodeDecodeError as err:
            if (mark, codec, label) == marks[-1]:
                raise SourceError(name, f"starts with a {label} byte order mark but is not valid {label} "
                                        f"(byte {err.start + len(mark)})") from err
    if not marks:
        for magic, kind in _MAGIC:
            if data.startswith(magic):
                raise SourceError(name, f"looks like {kind}, not text (a binary file)")
        if b"\x00" in data[:4096]:
            raise SourceError(name, "looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, note = _mostly_utf8(data)
            if not text:
                text = _decode_legacy(data, name)
    if _looks_binary(text):
        raise SourceError(name, "looks like a binary file, not text (it is mostly control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), note


def _mostly_utf8(data: bytes) -> tuple[str, str]:
    """UTF-8 text with a few broken bytes: the text with U+FFFD for them, and a note; else ("", "")."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and good >= 2 * bad:
        return replaced, (f"has {bad:,} byte{'s' if bad > 1 else ''} that {'are' if bad > 1 else 'is'} not valid "
                          "UTF-8; read as UTF-8 with \ufffd in their place")
    return "", ""


# The control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) other than \t \n \v \f \r.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    sample = text[:10_000]
    if not sample:
        return False
    control = len(_CONTROL.findall(sample))
    return control > max(8, len(sample) // 20)
# Detected encodings for scripts other than Latin; anything else is most likely Windows-1252 / Latin-1,
# which detection confuses with other Latin code pages on short texts.
_NON_LATIN = ("cp1251", "koi8", "cp866", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255", "cp1256",
              "iso8859_6", "iso8859_8", "gb", "big5", "shift_jis", "euc", "cp932", "cp949", "utf_16", "utf_32")


def _decode_legacy(data: bytes, name: str) -> str:
    best = from_bytes(data).best()
    if best is not None and best.encoding.lower().startswith(_NON_LATIN):
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if best is None:
        raise SourceError(name, "is not text in any encoding that could be detected")
    return str(best)
