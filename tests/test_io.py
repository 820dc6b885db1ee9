"""Reading inputs: the encodings Russian news arrives in, bad bytes, and what paths expand to."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from vstrecha import Extractor
from vstrecha.io import Input, InputError, collect, decode, read_input

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

HEADLINE = "Путин — «да», Трамп — «нет»: № 5"
PARAGRAPH = (
    " date 2025-08-15\n\n"
    "Президент России Владимир Путин и президент США Дональд Трамп встретятся в пятницу в Анкоридже. "
    "Переговоры продлятся «около трёх часов», сообщил помощник президента Юрий Ушаков…\n"
    "Ранее лидеры встречались 16 июля 2018 года в Хельсинки.\n"
)
LATIN = "Putin and Trump met in Helsinki on 16 July 2018."
TEXTS = {
    "headline": HEADLINE,
    "paragraph": PARAGRAPH,
    "latin": LATIN,
    "article": (CORPUS / "002_69461b43884e9923.txt").read_text(encoding="utf-8"),
}

# (how the bytes are made, the encoding decode() must report)
ENCODINGS = {
    "utf-8": (lambda text: text.encode("utf-8"), "utf-8"),
    "utf-8 with BOM": (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
    "utf-16 LE with BOM": (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16"),
    "utf-16 BE with BOM": (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16"),
    "utf-16 LE without BOM": (lambda text: text.encode("utf-16-le"), "utf-16-le"),
    "utf-16 BE without BOM": (lambda text: text.encode("utf-16-be"), "utf-16-be"),
    "cp1251": (lambda text: text.encode("cp1251"), "cp1251"),
}


def _cp1251_safe(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("text_name", sorted(TEXTS))
@pytest.mark.parametrize("encoding_name", sorted(ENCODINGS))
def test_decode_round_trips_each_encoding(encoding_name: str, text_name: str) -> None:
    text = TEXTS[text_name]
    encode, reported = ENCODINGS[encoding_name]
    if encoding_name == "cp1251" and not _cp1251_safe(text):
        pytest.skip("text has characters cp1251 cannot hold")
    if encoding_name == "cp1251" and text.isascii():
        reported = "utf-8"  # pure ASCII is the same bytes in both; either reading is right
    decoded, used = decode(encode(text), "in.txt")
    assert decoded == text
    assert used == reported
    assert "\ufeff" not in decoded


@pytest.mark.parametrize("encoding_name", sorted(ENCODINGS))
def test_offsets_index_the_decoded_text(extractor: Extractor, encoding_name: str) -> None:
    """A BOM is gone before segmentation, so the header is still found and token spans quote the decoded text."""
    encode, _ = ENCODINGS[encoding_name]
    decoded, _ = decode(encode(PARAGRAPH), "in.txt")
    doc = extractor.analyze(decoded)
    assert doc.published is not None and doc.published.isoformat() == "2025-08-15"
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert tokens, "the paragraph has tokens"
    for token in tokens:
        assert decoded[token.span.start : token.span.stop] == token.value
    assert all("date" != token.value for token in tokens), "the header is not part of the sentences"


@pytest.fixture(scope="module")
def paragraph_output(extractor: Extractor) -> dict:
    return extractor.extract(PARAGRAPH).to_dict()


@pytest.mark.parametrize("encoding_name", sorted(ENCODINGS))
def test_output_does_not_depend_on_the_encoding(
    extractor: Extractor, encoding_name: str, paragraph_output: dict
) -> None:
    encode, _ = ENCODINGS[encoding_name]
    decoded, _ = decode(encode(PARAGRAPH), "in.txt")
    assert extractor.extract(decoded).to_dict() == paragraph_output


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + _random_bytes(500, 1),
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + _random_bytes(500, 2),
    "all bytes": bytes(range(256)) * 8,
    "random": _random_bytes(4000, 3),
    "elf": b"\x7fELF\x02\x01\x01" + bytes(9) + _random_bytes(300, 4),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_is_refused_with_a_message_naming_the_file(kind: str) -> None:
    with pytest.raises(InputError) as refused:
        decode(BINARIES[kind], f"photo.{kind}.txt")
    message = str(refused.value)
    assert message.startswith(f"photo.{kind}.txt: ")
    assert "\n" not in message


@pytest.mark.parametrize(
    "data",
    [b"", b" \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF8 + b"\n\n", " \n".encode("utf-16")],
    ids=["zero bytes", "whitespace", "utf-8 BOM only", "utf-16 BOM only", "BOM and newlines", "utf-16 whitespace"],
)
def test_empty_input_is_an_error(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^news\.txt: empty"):
        decode(data, "news.txt")


def test_truncated_utf16_names_the_file() -> None:
    data = codecs.BOM_UTF16_LE + PARAGRAPH.encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(InputError, match=r"^cut\.txt: invalid utf-16"):
        decode(data, "cut.txt")


def test_read_input_reports_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        read_input(Input("gone.txt", tmp_path / "gone.txt"))
    with pytest.raises(InputError, match=r"is a directory"):
        read_input(Input(str(tmp_path), tmp_path))


def test_collect_expands_directories_sorted_and_reports_bad_paths(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in ("b.txt", "a.txt", "c.txt", "notes.md", "a.gold.json"):
        (texts / name).write_text("Текст.", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.md").write_text("no texts here", encoding="utf-8")
    single = tmp_path / "z.txt"
    single.write_text("Текст.", encoding="utf-8")

    inputs, errors = collect([str(single), str(texts), str(tmp_path / "missing.txt"), "-", str(empty)])

    assert [item.name for item in inputs] == [str(single)] + [str(texts / n) for n in ("a.txt", "b.txt", "c.txt")] + [
        "-"
    ]
    assert inputs[-1].path is None
    assert errors == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{empty}: directory has no .txt files",
    ]
