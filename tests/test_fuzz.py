"""Property tests: whatever the text, the publication date or the bytes of a file, no exception, and every
Document valid against the shipped schema, round-tripping through JSON, every value in its documented shape.

A bounded number of examples here (seconds); bench/fuzz.py runs ten thousand and more.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from fuzzing import NEWS, ODD, check_document, published, texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vstrecha import Extractor
from vstrecha.io import Input, InputError, decode, read_input

BOUNDED = settings(
    max_examples=int(os.environ.get("VSTRECHA_FUZZ_EXAMPLES", "40")),
    deadline=None,
    database=None,
    derandomize=True,  # the same examples in every run: CI stays reproducible, bench/fuzz.py explores
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@BOUNDED
@given(text=texts(), published=published())
def test_any_text_and_publication_date_give_a_valid_document(extractor: Extractor, text: str, published) -> None:
    check_document(extractor.extract(text, published), text)


@BOUNDED
@given(text=texts(max_pieces=8).map(lambda piece: piece * 40))
def test_long_repetitive_texts_give_a_valid_document(extractor: Extractor, text: str) -> None:
    check_document(extractor.extract(text), text)


@BOUNDED
@given(data=st.binary(max_size=400) | texts().map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_any_bytes_decode_to_text_or_one_input_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.txt")
    except InputError as problem:
        assert str(problem).startswith("x.txt: ") and "\n" not in str(problem)
        return
    assert text.strip() and encoding
    text.encode("utf-8")  # no lone surrogates: it can be written as it was read


@BOUNDED
@given(data=st.binary(max_size=400), limit=st.integers(min_value=1, max_value=500))
def test_any_file_is_read_or_refused_with_one_line(data: bytes, limit: int) -> None:
    with tempfile.NamedTemporaryFile(suffix=".txt") as file:
        file.write(data)
        file.flush()
        try:
            text, _ = read_input(Input("x.txt", Path(file.name)), limit)
        except InputError as problem:
            assert str(problem).startswith("x.txt: ") and "\n" not in str(problem)
            return
        assert len(data) <= limit and text.strip()


def test_the_command_line_reads_random_files_without_a_traceback(tmp_path: Path) -> None:
    """Random bytes and random texts as files of one run: each is a document or one error line."""
    generator = random.Random(13)
    for number in range(30):
        if number % 3 == 0:
            data = bytes(generator.randrange(256) for _ in range(generator.randrange(1, 300)))
        else:
            parts = generator.choices(NEWS + ODD, k=generator.randrange(1, 40))
            data = " ".join(parts).encode("utf-8")
        (tmp_path / f"{number:02d}.txt").write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", str(tmp_path), "--format", "jsonl", "--no-plugins"],
        capture_output=True,
        timeout=600,
    )
    stderr = done.stderr.decode("utf-8")
    assert done.returncode in (0, 1) and "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("vstrecha: error:")]
    documents = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(errors) + len(documents) == 30
