"""One Extractor for the whole test session: grammars and dictionaries load once, as in production."""

from __future__ import annotations

from pathlib import Path

import pytest

from vstrecha import Extractor

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(plugins=False)
