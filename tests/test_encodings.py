"""The one-byte Cyrillic code pages are told apart (cp1251, KOI8-R, cp866, mac-cyrillic), down to a headline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vstrecha.io import InputError, decode

ARTICLE = (
    "Губернатор Ярославской области Михаил Евраев встретился с послом Белоруссии Дмитрием Крутым. "
    "Стороны обсудили поставки техники и туристические маршруты. Беседа продлилась около часа."
)
HEADLINE = "Евраев и Крутой обсудили поставки техники"
LOWER = "обсудили поставки техники"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "mac_cyrillic"])
@pytest.mark.parametrize("text", [ARTICLE, HEADLINE, LOWER])
def test_each_code_page_is_read_as_itself(encoding, text):
    """Lower-case words without "я" are the same bytes in cp1251 and mac-cyrillic: then either name is right."""
    decoded, used = decode(text.encode(encoding), "x.txt")
    assert decoded == text
    assert used == encoding or text.encode(used) == text.encode(encoding)


def test_bytes_that_are_no_cyrillic_text_are_refused():
    with pytest.raises(InputError, match="not valid UTF-8, UTF-16 or Cyrillic text \\(cp1251, KOI8-R, cp866"):
        decode(bytes(range(0x80, 0x100)) * 4, "x.txt")


def test_the_cli_reads_a_koi8_file_and_says_so(tmp_path):
    (tmp_path / "koi.txt").write_bytes(ARTICLE.encode("koi8_r"))
    done = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", "--no-plugins", "-v", "--format", "table", "koi.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0
    assert done.stderr == "vstrecha: koi.txt: read as koi8_r\n"
    assert "Михаил Евраев + Дмитрий Крутой" in done.stdout
