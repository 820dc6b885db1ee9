"""Regenerate src/vstrecha/schema/document.schema.json from the pydantic models.

Run after any change to vstrecha.models: ``python scripts/write_schema.py`` (``--check`` exits 1 if stale).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vstrecha.models import document_schema

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src" / "vstrecha" / "schema" / "document.schema.json"


def render_schema() -> str:
    """The schema as stored: stable key order from the models, UTF-8, 2-space indent, trailing newline."""
    return json.dumps(document_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = render_schema()
    if "--check" in argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH}: stale, run python scripts/write_schema.py", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
