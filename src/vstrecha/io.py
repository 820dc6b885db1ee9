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
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        evens, odds = head[0::2].count(0), head[1::2].count(0)
        if odds > evens * 4:
            return _strict(data, "utf-16-le", name), "utf-16-le"
        if evens > odds * 4:
            return _strict(data, "utf-16-be", name), "utf-16-be"
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


def _looks_cp1251(data: bytes) -> bool:
    """Mostly Cyrillic letters (0xC0-0xFF, Ёё) among the high bytes, and no undefined byte 0x98."""
    high = [byte for byte in data if byte >= 0x80]
    if 0x98 in high:
        return False
    letters = sum(byte >= 0xC0 or byte in (0xA8, 0xB8) for byte in high)
    return letters >= 0.7 * len(high)


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
