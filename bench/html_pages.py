"""How fast a 1 MB article becomes an HTML page, next to rendering the same Document as JSON (the reference).

    python bench/html_pages.py

Writing is timed here, in one process, best of three. Opening the page in a browser is measured by
headless Chromium's navigation timing when chromium and chromedriver are installed (as in the tests).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_outputs import big_document  # noqa: E402 - the 1 MB document the tests check

from vstrecha import Extractor  # noqa: E402
from vstrecha.html import document_page  # noqa: E402


def best(call, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def open_in_chromium(page: str) -> float | None:
    """Navigation time in ms of the page loaded from a file, or None without Chromium."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    except Exception:  # noqa: BLE001 - no browser here: report writing times only
        return None
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.html"
            path.write_text(page, encoding="utf-8")
            driver.get(path.as_uri())
            script = "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"
            return float(driver.execute_script(script))
    finally:
        driver.quit()


def main() -> None:
    extractor = Extractor(plugins=False)
    text = (ROOT / "corpus" / "001_f68d6a9b1cbf47e3.txt").read_text(encoding="utf-8")
    big = big_document(extractor.extract(text, None, "001"), 1_000_000)
    json_time = best(big.to_json)
    html_time = best(lambda: document_page([big]))
    print(f"1 MB article: JSON {json_time:.2f} s, HTML page {html_time:.2f} s ({html_time / json_time:.1f}x JSON)")
    opened = open_in_chromium(document_page([big]))
    if opened is not None:
        print(f"opened in headless Chromium in {opened:.0f} ms")


if __name__ == "__main__":
    main()
