"""Screenshots of the HTML pages for the README: an article of the corpus and the corpus timeline.

    python scripts/screenshots.py          # writes docs/article.png and docs/timeline.png

Needs chromium and chromium-driver (Debian packages) and the test extras (selenium).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from vstrecha import Extractor, timeline
from vstrecha.html import document_page, timeline_page

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1280,860",
]


def main() -> int:
    browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not browser or not driver_path:
        print("needs chromium and chromium-driver", file=sys.stderr)
        return 2
    extractor = Extractor(plugins=False)
    names = ["000_f9bba9c19f5a63cd", "001_f68d6a9b1cbf47e3", "002_69461b43884e9923", "003_eff5b0a292f1c811"]
    names += ["004_a13b5eaf904eebac", "103_dates_parts", "401_lavrov_rubio_postponed"]
    documents = [
        extractor.extract((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), None, f"corpus/{name}.txt")
        for name in names
    ]
    profile = tempfile.mkdtemp(prefix="vstrecha-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "article.html"
            page.write_text(document_page([documents[2]]), encoding="utf-8")
            driver.get(page.as_uri())
            driver.find_elements(By.CSS_SELECTOR, ".card")[0].click()
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(ROOT / "docs" / "article.png"))
            page = Path(folder) / "timeline.html"
            page.write_text(timeline_page(timeline(documents)), encoding="utf-8")
            driver.get(page.as_uri())
            first = driver.find_element(By.CSS_SELECTOR, '.meeting[data-sources="3"]')
            first.click()
            driver.execute_script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60)", first)
            driver.save_screenshot(str(ROOT / "docs" / "timeline.png"))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
