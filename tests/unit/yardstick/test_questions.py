"""The gold files' search questions, asked of the folder's notices as parsed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from search_api.search.evaluate import gold_questions

SAMPLE = Path(__file__).parents[3] / "data" / "samples" / "cao-bang-2025-06-phien-hop-thuong-ky.txt"


class HashEmbedder:
    """Deterministic random vectors: the dense channel is noise, the lexical one is real."""

    name, dim = "hash", 8

    def _vec(self, text: str) -> np.ndarray:
        v = np.random.default_rng(sum(map(ord, text))).normal(size=self.dim)
        return (v / np.linalg.norm(v)).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim))


def test_answerable_and_unanswerable_questions(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    gold = {"file": SAMPLE.name, "n_directives": [1, 99], "directives": [], "questions": [
        {"q": "tiem vac xin phong benh soi", "relevant": ["tiêm vắc xin phòng bệnh sởi"]},
        {"q": "tiêm vắc xin", "relevant": ["một đoạn không có trong thông báo"]},
    ]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    table = gold_questions(tmp_path, HashEmbedder())  # type: ignore[arg-type]
    assert table["lexical"]["R@5"] == 0.5
    assert table["lexical"]["R@1"] == 0.5
