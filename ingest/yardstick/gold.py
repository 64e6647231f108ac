"""The gold format of `*.gold.json` (see ../shared/corpus-dev/README.md), read strictly."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.errors import IngestError
from ingest.text import nfc

MEETING_FIELDS = ("period", "date", "issued", "number", "issuer", "province", "chair", "kind")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldDirective(_Gold):
    contains: str
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    deadline: list[str] | None = None  # acceptable ISO dates; None: no deadline (or recurring)
    deadline_text: str = ""
    project: str | None = None


class GoldFinding(_Gold):
    contains: str
    kind: str


class GoldQuestion(_Gold):
    q: str
    relevant: list[str]


class GoldNotice(_Gold):
    file: str
    layout: str = ""
    meeting: dict[str, str | None] = Field(default_factory=dict)
    n_directives: tuple[int, int]
    directives: list[GoldDirective]
    findings: list[GoldFinding] = Field(default_factory=list)
    questions: list[GoldQuestion] = Field(default_factory=list)


def load_gold(path: Path) -> GoldNotice:
    """One gold file; a malformed one is an IngestError naming the file and the place."""
    try:
        raw = json.loads(nfc(path.read_text(encoding="utf-8")))
        return GoldNotice.model_validate(raw)
    except json.JSONDecodeError as exc:
        raise IngestError(str(path), f"not JSON: {exc.msg}", where=f"line {exc.lineno}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise IngestError(str(path), f"not a gold file: {err['msg']}", where=where) from exc


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json"))
