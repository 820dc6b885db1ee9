"""The command line, run as users run it: a real process over real files, every bad input of a news feed."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "001_f68d6a9b1cbf47e3.txt"

STORY = (
    " date 2025-08-15\n\n"
    "Президент России Владимир Путин и президент США Дональд Трамп встретятся в пятницу в Анкоридже.\n"
    "Ранее они встречались 16 июля 2018 года в Хельсинки, переговоры продлились более двух часов.\n"
    "В Гамбурге 7 июля 2017 года беседа заняла 2 часа 15 минут вместо запланированных 30 минут.\n"
)

# file name -> bytes; all of them are STORY and must give STORY's result
ENCODED = {
    "cp1251.txt": STORY.encode("cp1251"),
    "utf16_bom_le.txt": codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
    "utf16_bom_be.txt": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
    "utf16_le.txt": STORY.encode("utf-16-le"),
    "utf16_be.txt": STORY.encode("utf-16-be"),
    "utf8_bom.txt": codecs.BOM_UTF8 + STORY.encode("utf-8"),
    "utf8.txt": STORY.encode("utf-8"),
}
ENCODING_REPORTED = {
    "cp1251.txt": "cp1251",
    "utf16_bom_le.txt": "utf-16",
    "utf16_bom_be.txt": "utf-16",
    "utf16_le.txt": "utf-16-le",
    "utf16_be.txt": "utf-16-be",
    "utf8_bom.txt": "utf-8-sig",
    "utf8.txt": "utf-8",
}
BROKEN = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"\n   \n", "empty"),
}


# Short news items for the mechanics of the command line (names sort in this order; the last has no header)
NEWS = {
    "a_anchorage.txt": STORY,
    "b_helsinki.txt": (
        " date 2018-07-17\n\n"
        "В Хельсинки 16 июля 2018 года прошла встреча Владимира Путина и Дональда Трампа. "
        "Беседа один на один длилась более двух часов.\n"
    ),
    "c_budapest.txt": (
        "Саммит Путина и Трампа в Будапеште пока не назначен. "
        "Телефонный разговор лидеров 16 октября продлился около двух с половиной часов.\n"
    ),
}
WITH_HEADER, WITHOUT_HEADER = "a_anchorage.txt", "c_budapest.txt"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def documents(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("vstrecha: error:")]


def vstrecha(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "vstrecha", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=600,
        cwd=cwd,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def without_source(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "source"}


def assert_offsets_quote(document: dict[str, Any], text: str) -> None:
    """Every offset in the output indexes the decoded text (whatever its encoding or BOM was)."""
    for entity in document["persons"] + document["cities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["stop"]] == mention["text"]
    for value in document["dates"] + document["durations"]:
        assert text[value["span"]["start"] : value["span"]["stop"]] == value["text"]
    for event in document["events"]:
        for span in event["evidence"]:
            assert 0 <= span["start"] < span["stop"] <= len(text)


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory as a news feed delivers it: several encodings, a binary, empty files, not only .txt."""
    directory = tmp_path_factory.mktemp("feed")
    for name, data in {**ENCODED, **{name: data for name, (data, _) in BROKEN.items()}}.items():
        (directory / name).write_bytes(data)
    (directory / "notes.md").write_text("не текст новости", encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("news")
    for name, text in NEWS.items():
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "a_anchorage.gold.json").write_text("{}", encoding="utf-8")
    (directory / "notes.TXT.bak").write_text("не новость", encoding="utf-8")
    return directory


def news_paths(news: Path) -> list[str]:
    return [str(news / name) for name in sorted(NEWS)]


@pytest.fixture(scope="module")
def no_texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("no_texts")
    (directory / "readme.md").write_text("здесь нет .txt", encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def feed_run(feed: Path, no_texts: Path, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """One run over every bad input at once, as a nightly job would do it: `-v`, JSONL, missing path."""
    missing = tmp_path_factory.getbasetemp() / "missing.txt"
    return vstrecha("extract", "-v", "--format", "jsonl", str(feed), str(missing), str(no_texts))


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    run = vstrecha("extract", "--format", "json", "-", stdin=STORY.encode("utf-8"))
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_bad_inputs_make_the_run_fail_but_not_stop(feed_run: Run, feed: Path) -> None:
    assert feed_run.code != 0
    sources = [document["source"] for document in feed_run.documents()]
    assert sources == [str(feed / name) for name in sorted(ENCODED)], "every readable file, sorted, once"


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_each_encoding_gives_the_utf8_result(feed_run: Run, feed: Path, name: str, reference: dict[str, Any]) -> None:
    by_source = {document["source"]: document for document in feed_run.documents()}
    document = by_source[str(feed / name)]
    assert document["published"] == "2025-08-15", "the header is found after a BOM too"
    assert without_source(document) == without_source(reference)
    assert_offsets_quote(document, STORY)


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_verbose_names_the_encoding(feed_run: Run, feed: Path, name: str) -> None:
    assert f"vstrecha: {feed / name}: read as {ENCODING_REPORTED[name]}" in feed_run.stderr.splitlines()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_unreadable_file_is_one_error_line_naming_it(feed_run: Run, feed: Path, name: str) -> None:
    _, reason = BROKEN[name]
    lines = [line for line in feed_run.errors() if f" {feed / name}: " in line]
    assert len(lines) == 1
    assert reason in lines[0]


def test_missing_path_and_directory_without_texts_are_errors(
    feed_run: Run, tmp_path_factory: pytest.TempPathFactory, no_texts: Path
) -> None:
    missing = tmp_path_factory.getbasetemp() / "missing.txt"
    assert f"vstrecha: error: {missing}: no such file or directory" in feed_run.errors()
    assert f"vstrecha: error: {no_texts}: directory has no .txt files" in feed_run.errors()
    assert len(feed_run.errors()) == len(BROKEN) + 2
    assert "Traceback" not in feed_run.stderr


def test_failed_inputs_still_write_the_others_to_output_file(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    run = vstrecha("extract", "-o", str(out), str(feed / "binary.txt"), str(feed / "utf8.txt"), str(tmp_path / "no"))
    assert run.code != 0
    assert run.stdout == ""
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [document["source"] for document in written] == [str(feed / "utf8.txt")]
    assert len(run.errors()) == 2


def test_all_good_inputs_exit_zero_without_errors(news: Path) -> None:
    run = vstrecha("extract", "--format", "jsonl", *news_paths(news))
    assert run.code == 0, run.stderr
    assert run.errors() == []
    assert len(run.documents()) == len(NEWS)


def test_json_is_one_object_for_one_file_and_an_array_for_several(news: Path) -> None:
    one = vstrecha("extract", str(ARTICLE))
    assert one.code == 0, one.stderr
    document = json.loads(one.stdout)
    assert isinstance(document, dict)
    assert document["source"] == str(ARTICLE)
    assert document["published"] == "2025-08-15"
    assert set(document) >= {"events", "persons", "cities", "dates", "durations"}
    assert_offsets_quote(document, ARTICLE.read_text(encoding="utf-8"))

    several = vstrecha("extract", "--format", "json", str(news))
    assert several.code == 0, several.stderr
    documents = json.loads(several.stdout)
    assert isinstance(documents, list)
    assert [d["source"] for d in documents] == news_paths(news)
    single = json.loads(vstrecha("extract", str(news / WITH_HEADER)).stdout)
    assert documents[0] == single


def test_jsonl_is_one_document_per_line_in_directory_order(news: Path) -> None:
    run = vstrecha("extract", "--format", "jsonl", str(news))
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == len(NEWS)
    assert [json.loads(line)["source"] for line in lines] == news_paths(news)
    for line, name in zip(lines, sorted(NEWS), strict=True):
        assert_offsets_quote(json.loads(line), NEWS[name])


def test_table_lists_each_document_with_its_header_and_entities(news: Path) -> None:
    run = vstrecha("extract", "--format", "table", "--entities", str(news))
    assert run.code == 0, run.stderr
    assert f"== {news / WITH_HEADER}  published: 2025-08-15" in run.stdout
    assert f"== {news / WITHOUT_HEADER}  published: -" in run.stdout
    assert [line.split("  published:")[0][3:] for line in run.stdout.splitlines() if line.startswith("== ")] == (
        news_paths(news)
    )
    assert run.stdout.count("status") == len(NEWS)
    for label in ("persons:", "cities:", "dates:", "durations:"):
        assert run.stdout.count(label) == len(NEWS)


def test_output_option_writes_the_file_and_nothing_to_stdout(news: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.jsonl"
    run = vstrecha("extract", "--format", "jsonl", "-o", str(out), str(news))
    assert run.code == 0, run.stderr
    assert run.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == news_paths(news)


def test_output_into_a_missing_directory_is_one_error_line(news: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "dir" / "out.json"
    run = vstrecha("extract", "-o", str(out), str(news / WITH_HEADER))
    assert run.code != 0
    assert "Traceback" not in run.stderr
    assert len(run.errors()) == 1 and str(out) in run.errors()[0]


@pytest.mark.parametrize("published", ["2019-06-28", "2030-01-01"])
def test_published_option_overrides_the_header(news: Path, published: str) -> None:
    run = vstrecha("extract", "--published", published, str(news / WITH_HEADER))
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["published"] == published


@pytest.mark.parametrize("published", ["15.08.2025", "2025-13-01", "yesterday"])
def test_bad_published_date_is_refused(news: Path, published: str) -> None:
    run = vstrecha("extract", "--published", published, str(news / WITH_HEADER))
    assert run.code != 0
    assert len(run.errors()) == 1 and published in run.errors()[0]
    assert run.stdout == ""


def test_published_option_applies_to_texts_without_header(news: Path) -> None:
    path = str(news / WITHOUT_HEADER)
    assert json.loads(vstrecha("extract", path).stdout)["published"] is None
    assert json.loads(vstrecha("extract", "--published", "2025-10-20", path).stdout)["published"] == "2025-10-20"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "utf-16"])
def test_stdin_dash_reads_the_text(encoding: str, reference: dict[str, Any]) -> None:
    run = vstrecha("extract", "-v", "-", stdin=STORY.encode(encoding))
    assert run.code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["source"] is None
    assert document == reference
    assert f"read as {encoding}" in run.stderr


def test_empty_stdin_is_an_error() -> None:
    run = vstrecha("extract", "-", stdin=b"")
    assert run.code != 0
    assert run.errors() == ["vstrecha: error: <stdin>: empty file"]


def test_directory_input_is_sorted_and_ignores_other_files(tmp_path: Path) -> None:
    for name in ("c_last.txt", "a_first.txt", "b_middle.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "a_first.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "zz.TXT.bak").write_text("x", encoding="utf-8")
    run = vstrecha("extract", "--format", "jsonl", str(tmp_path))
    assert run.code == 0, run.stderr
    assert [d["source"] for d in run.documents()] == [
        str(tmp_path / name) for name in ("a_first.txt", "b_middle.txt", "c_last.txt")
    ]


def test_module_and_console_script_both_run(news: Path, tmp_path: Path) -> None:
    help_run = vstrecha("--help")
    assert help_run.code == 0
    assert "extract" in help_run.stdout and "eval" in help_run.stdout
    assert vstrecha().code == 2, "a command is required"
    script = Path(sys.executable).with_name("vstrecha")
    if not script.exists():
        pytest.skip("console script not installed beside this interpreter")
    path = str(news / WITH_HEADER)
    done = subprocess.run([str(script), "extract", path], capture_output=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(vstrecha("extract", path).stdout)


def test_jobs_give_identical_output_in_input_order(tmp_path: Path, feed: Path) -> None:
    """Long and short texts interleaved, a bad file among them: workers must not reorder or drop anything."""
    inputs = []
    for copy in range(4):
        for name, text in sorted(NEWS.items(), reverse=copy % 2 == 1):
            target = tmp_path / f"{copy}_{name}"
            target.write_text(text * (1 + 2 * (copy % 2)) + f"\nКопия {copy}.\n", encoding="utf-8")
            inputs.append(str(target))
    inputs.insert(4, str(feed / "binary.txt"))
    inputs.insert(9, str(feed / "cp1251.txt"))
    serial = vstrecha("extract", "--format", "jsonl", "--jobs", "1", *inputs)
    parallel = vstrecha("extract", "--format", "jsonl", "--jobs", "2", *inputs)
    assert serial.code == parallel.code == 1
    assert parallel.stdout == serial.stdout
    assert [d["source"] for d in parallel.documents()] == [name for name in inputs if "binary" not in name]
    assert parallel.errors() == serial.errors()


def _stderr_on_a_terminal(*args: str) -> str:
    """Run with stderr on a pseudo-terminal (where a progress bar belongs) and return what it showed."""
    import pty

    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "vstrecha", *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.wait(timeout=600) == 0
    return shown.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_and_quiet_turns_it_off(news: Path, tmp_path: Path) -> None:
    shown = _stderr_on_a_terminal("extract", "--format", "jsonl", "-o", str(tmp_path / "a.jsonl"), str(news))
    assert f"{len(NEWS)}/{len(NEWS)}" in shown
    quiet = _stderr_on_a_terminal("extract", "--quiet", "--format", "jsonl", "-o", str(tmp_path / "b.jsonl"), str(news))
    assert quiet.strip() == ""
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == (tmp_path / "b.jsonl").read_text(encoding="utf-8")


def test_no_progress_bar_when_stderr_is_not_a_terminal(news: Path) -> None:
    run = vstrecha("extract", "--format", "jsonl", str(news))
    assert run.code == 0
    assert run.stderr == ""
