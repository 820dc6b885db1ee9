"""Reading inputs: paths to texts, and bytes to text in the encodings Russian news arrives in."""

from __future__ import annotations

import codecs
import math
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


class InputError(Exception):
    """An input that cannot be read; str() is the one-line message naming the file."""


@dataclass
class Input:
    name: str  # as given ("-" for stdin)
    path: Path | None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-16 without BOM, UTF-8, cp1251."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, encoding, name), encoding
    head = data[:4000]
    bomless = _bomless_utf16(head) if 0 in head else None
    if bomless is not None:
        return _strict(data, bomless, name), bomless
    if 0 in head or sum(byte in CONTROL for byte in head) > len(head) // 100 + 1:
        raise InputError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _cyrillic_code_page(data)
    if found is None:
        raise InputError(f"{name}: not valid UTF-8, UTF-16 or Cyrillic text (cp1251, KOI8-R, cp866, mac-cyrillic)")
    return found


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: invalid {encoding} at byte {error.start}") from error
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM, judged by what the head decodes to.

    Counting zero bytes is not enough: Cyrillic in UTF-16 is 0x04xx, so only spaces, digits and
    punctuation give zeros. Binary data decodes to scattered CJK and private-use code points instead.
    """
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        sample = head.decode(encoding, errors="replace")
        if _looks_like_text(sample):
            return encoding
    return None


def _looks_like_text(sample: str) -> bool:
    """No control characters, and nearly all Latin, Cyrillic or general punctuation (dashes, quotes)."""
    if any(ord(char) in CONTROL for char in sample):
        return False
    common = sum(char < "\u0530" or "\u2000" <= char < "\u2070" or char == "\u2116" for char in sample)
    return common >= 0.95 * len(sample)


# The one-byte Cyrillic code pages Russian text still arrives in. They share no layout: the same bytes are
# letters in one and pseudo-graphics, Serbian letters or words in the wrong case in another.
CODE_PAGES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# How often each Russian letter occurs in running text (per mille, rounded): the letters a code page reads
# the bytes as should be the common ones.
LETTER_FREQUENCY = dict(
    zip(
        RUSSIAN,
        (80, 16, 45, 17, 30, 85, 1, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 1)
        + (19, 17, 3, 6, 20),
        strict=True,
    )
)
TYPOGRAPHY = frozenset("«»—–…№“”„‘’\u00a0°±")
CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")


def _code_page_score(text: str) -> float | None:
    """How much ``text`` reads like Russian, per character outside ASCII; None when it cannot be Russian text.

    Every character outside ASCII must be a Russian letter or news typography (nine in ten at least, letters the
    majority); then the letters' frequencies count, and words in an impossible case ("пРИВЕТ", "ПрИвЕт") cost.
    """
    high = [char for char in text if ord(char) >= 0x80]
    if not high:
        return None
    letters = sum(char.lower() in LETTER_FREQUENCY for char in high)
    typography = sum(char in TYPOGRAPHY for char in high)
    if letters < 0.5 * len(high) or letters + typography < 0.9 * len(high):
        return None
    score = sum(math.log(LETTER_FREQUENCY.get(char.lower(), 0.1)) for char in high if char.lower() in RUSSIAN)
    for word in CYRILLIC_WORD.findall(text):
        if not (word.islower() or word.isupper() or word[0].isupper() and word[1:].islower()):
            score -= 4 * len(word)
    return score / len(high)


def _cyrillic_code_page(data: bytes) -> tuple[str, str] | None:
    """The text and encoding of the code page under which the bytes read most like Russian (a few kilobytes
    are enough to tell; the whole file must decode)."""
    best: tuple[float, str] | None = None
    sample = data[:20000]
    for encoding in CODE_PAGES:
        try:
            score = _code_page_score(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
        if score is not None and (best is None or score > best[0]):
            best = (score, encoding)
    if best is None:
        return None
    try:
        return data.decode(best[1]), best[1]
    except UnicodeDecodeError:
        return None


# A news article is a few hundred kilobytes; a text a hundred times longer is a dump, a log or a device.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def shown(name: str) -> str:
    """A file name as it can be printed and written as JSON: bytes that are not UTF-8 (which Python keeps as
    lone surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def too_large(name: str, limit: int) -> InputError:
    return InputError(f"{name}: larger than {limit} bytes (--max-bytes), not read")


def read_input(item: Input, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Text and encoding of one input. Only regular files are read, and at most ``max_bytes`` of them: a FIFO
    would block the run and a device (a link to /dev/zero) never ends."""
    if item.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise too_large("<stdin>", max_bytes)
        return decode(data, "<stdin>")
    try:  # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer
        descriptor = os.open(item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError) as error:
        raise InputError(f"{item.name}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{item.name}: is a directory") from error
    except OSError as error:
        raise InputError(f"{item.name}: cannot read ({error.strerror})") from error
    try:
        data = _regular_file_bytes(descriptor, item.name, max_bytes)
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:  # it grew while we read
        raise too_large(item.name, max_bytes)
    return decode(data, item.name)


def _regular_file_bytes(descriptor: int, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` + 1 bytes of an open regular file; anything else is refused by its kind."""
    info = os.fstat(descriptor)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        kind = KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise InputError(f"{name}: {kind}, not a regular file; skipped")
    if info.st_size > max_bytes:
        raise too_large(name, max_bytes)
    chunks: list[bytes] = []
    left = max_bytes + 1
    try:
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from error
    return b"".join(chunks)


def collect(paths: list[str]) -> tuple[list[Input], list[str]]:
    """Inputs in order (a directory gives its *.txt sorted), and one error line per unusable path.

    Names are kept as given for opening and made printable (``shown``) for messages and ``source``.
    """
    inputs: list[Input] = []
    errors: list[str] = []
    for name in paths:
        if name == "-":
            inputs.append(Input("-", None))
            continue
        path = Path(name)
        try:
            mode = os.stat(path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            errors.append(f"{shown(name)}: no such file or directory")
            continue
        except OSError as error:  # a path inside a directory we may not search
            errors.append(f"{shown(name)}: cannot read ({error.strerror})")
            continue
        if not stat.S_ISDIR(mode):
            inputs.append(Input(shown(name), path))  # anything else is refused, with its kind, when read
            continue
        try:
            texts = sorted(entry.name for entry in os.scandir(path) if entry.name.endswith(".txt"))
        except OSError as error:
            errors.append(f"{shown(name)}: cannot list directory ({error.strerror})")
            continue
        if not texts:
            errors.append(f"{shown(name)}: directory has no .txt files")
        inputs.extend(Input(shown(str(path / text)), path / text) for text in texts)
    return inputs, errors
