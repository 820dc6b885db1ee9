"""Reading inputs: paths to texts, and bytes to text in the encodings Russian news arrives in."""

from __future__ import annotations

import codecs
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
    text = data.decode("cp1251", errors="strict") if _looks_cp1251(data) else None
    if text is None:
        raise InputError(f"{name}: not valid UTF-8 or cp1251 text")
    return text, "cp1251"


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


# cp1251 typography a news text uses besides letters: … – — « » № “ ” ‘ ’ nbsp ° ±
CP1251_TYPOGRAPHY = frozenset((0x85, 0x96, 0x97, 0xAB, 0xBB, 0xB9, 0x93, 0x94, 0x91, 0x92, 0xA0, 0xB0, 0xB1))


def _looks_cp1251(data: bytes) -> bool:
    """High bytes are Cyrillic letters (0xC0-0xFF, Ёё) or news typography, letters the majority; no 0x98.

    Typography counts so that a short headline full of quotes and dashes is still recognised.
    """
    high = [byte for byte in data if byte >= 0x80]
    if 0x98 in high:
        return False
    letters = sum(byte >= 0xC0 or byte in (0xA8, 0xB8) for byte in high)
    typography = sum(byte in CP1251_TYPOGRAPHY for byte in high)
    return letters >= 0.5 * len(high) and letters + typography >= 0.9 * len(high)


def read_input(item: Input) -> tuple[str, str]:
    if item.path is None:
        return decode(sys.stdin.buffer.read(), "<stdin>")
    try:
        data = item.path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{item.name}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{item.name}: is a directory") from error
    except OSError as error:
        raise InputError(f"{item.name}: cannot read ({error.strerror})") from error
    return decode(data, item.name)


def collect(paths: list[str]) -> tuple[list[Input], list[str]]:
    """Inputs in order (a directory gives its *.txt sorted), and one error line per unusable path."""
    inputs: list[Input] = []
    errors: list[str] = []
    for name in paths:
        if name == "-":
            inputs.append(Input("-", None))
            continue
        path = Path(name)
        if path.is_dir():
            texts = sorted(path.glob("*.txt"))
            if not texts:
                errors.append(f"{name}: directory has no .txt files")
            inputs.extend(Input(str(text), text) for text in texts)
        elif path.exists():
            inputs.append(Input(name, path))
        else:
            errors.append(f"{name}: no such file or directory")
    return inputs, errors
