"""The HTML pages in a real browser: headless Chromium (Debian's chromium and chromium-driver) through selenium.

Each page is loaded from a file: its screenshot is not blank, the DOM has one card per event and one mark per
mention, clicking a card highlights its evidence, and nothing is fetched from the network. On a developer
machine without Chromium these tests are skipped with the reason; in CI (``CI=true``, as ``.ci/run`` sets)
a missing browser is a failure.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from vstrecha import Document, Extractor, timeline
from vstrecha.html import document_page, timeline_page

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
IN_CI = os.environ.get("CI", "").lower() == "true"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
]


def _browser_paths() -> tuple[str, str] | str:
    """(chromium, chromedriver), or why they cannot be used."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install '.[test]')"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        return "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    return browser, driver


@pytest.fixture(scope="module")
def browser() -> Iterator:
    found = _browser_paths()
    if isinstance(found, str):
        if IN_CI:
            pytest.fail(f"CI=true and the browser tests cannot run: {found}")
        pytest.skip(found)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = found
    profile = tempfile.mkdtemp(prefix="vstrecha-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def load(driver, page: str, folder: Path, name: str) -> list[str]:
    """Open the page from a file; the URLs of every request it made."""
    path = folder / name
    path.write_text(page, encoding="utf-8")
    driver.get_log("performance")  # what earlier pages did
    driver.get(path.as_uri())
    return requests(driver)


def requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def remote(urls: list[str]) -> list[str]:
    """Requests that leave the machine: the page's own file and the browser's internal pages do not."""
    return [
        url
        for url in urls
        if not url.startswith(("file:", "data:", "about:", "chrome:", "chrome-extension:", "devtools:", "blob:"))
    ]


def not_blank(driver) -> None:
    from PIL import Image

    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert image.size[0] > 600 and len(colours) > 50, f"{len(colours)} colours"
    most = max(count for count, _ in colours)
    assert most < 0.95 * image.size[0] * image.size[1], "the screenshot is one colour"


def mentions(document: Document) -> int:
    return (
        sum(len(person.mentions) for person in document.persons)
        + sum(len(city.mentions) for city in document.cities)
        + len(document.dates)
        + len(document.durations)
        + len(document.meeting_words)
    )


@pytest.fixture(scope="module")
def article(extractor: Extractor) -> Document:
    name = "001_f68d6a9b1cbf47e3.txt"
    return extractor.extract((CORPUS / name).read_text(encoding="utf-8"), None, f"corpus/{name}")


def test_article_page(browser, article: Document, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    urls = load(browser, document_page([article]), tmp_path, "article.html")
    assert urls and not remote(urls), urls
    not_blank(browser)
    cards = browser.find_elements(By.CSS_SELECTOR, ".card")
    assert len(cards) == len(article.events) > 5
    assert len(browser.find_elements(By.CSS_SELECTOR, ".text mark")) == mentions(article)
    for kind in ("per", "loc", "dat", "dur", "mtg"):
        assert browser.find_elements(By.CSS_SELECTOR, f"mark.{kind}"), kind
    for card in (cards[1], cards[-1]):
        key = card.get_attribute("data-event")
        card.click()
        lit = browser.find_elements(By.CSS_SELECTOR, ".ev.hl")
        assert lit and all(key in span.get_attribute("data-events").split() for span in lit)
        expected = browser.find_elements(By.CSS_SELECTOR, f'.ev[data-events~="{key}"]')
        assert len(lit) == len(expected)
        assert "active" in card.get_attribute("class")
        colour = lit[0].value_of_css_property("background-color")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour
    assert not remote(requests(browser))


def test_timeline_page(browser, extractor: Extractor, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    names = ["000_f9bba9c19f5a63cd.txt", "001_f68d6a9b1cbf47e3.txt", "002_69461b43884e9923.txt"]
    names += ["003_eff5b0a292f1c811.txt", "004_a13b5eaf904eebac.txt", "103_dates_parts.txt"]
    documents = [extractor.extract((CORPUS / n).read_text(encoding="utf-8"), None, f"corpus/{n}") for n in names]
    line = timeline(documents)
    urls = load(browser, timeline_page(line), tmp_path, "timeline.html")
    assert not remote(urls), urls
    not_blank(browser)
    meetings = browser.find_elements(By.CSS_SELECTOR, ".meeting")
    assert len(meetings) == len(line.meetings)
    merged = [m for m in meetings if int(m.get_attribute("data-sources")) >= 3]
    assert len(merged) >= 7  # Hamburg, Da Nang, Helsinki, Paris, Buenos Aires twice, Osaka, Anchorage
    assert browser.find_elements(By.CSS_SELECTOR, ".conflict")
    details = merged[0].find_element(By.CSS_SELECTOR, ".details")
    assert not details.is_displayed()
    merged[0].click()
    assert details.is_displayed() and len(details.find_elements(By.CSS_SELECTOR, "li")) >= 3


def test_a_one_megabyte_article_opens_whole(browser, article: Document, tmp_path: Path) -> None:
    """Every mark and card of a 1 MB article is there and works; how fast it opens is bench/html_pages.py's."""
    from selenium.webdriver.common.by import By
    from test_outputs import big_document  # the same 1 MB document as the test of writing it

    big = big_document(article, 1_000_000)
    load(browser, document_page([big]), tmp_path, "big.html")
    assert browser.execute_script("return document.querySelectorAll('.text mark').length") == mentions(big)
    cards = browser.find_elements(By.CSS_SELECTOR, ".card")
    cards[-1].click()
    assert browser.find_elements(By.CSS_SELECTOR, ".ev.hl")


def test_a_page_that_fetches_is_caught(browser, tmp_path: Path) -> None:
    """The network check itself: a page with an image from a server shows a request."""
    page = '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png"></body></html>'
    assert remote(load(browser, page, tmp_path, "fetching.html"))
