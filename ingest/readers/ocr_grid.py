"""The ruled table of a scanned page: long dark horizontal and vertical runs of pixels are its
rules. They are erased (white) so the OCR reads the cells' words and not the lines, and they
give the grid the words are placed in (rows between horizontal rules, columns between vertical
ones, within the rules' extent). A page without at least two rules each way has no grid."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

DARK = 128
RULE_X = 150  # pixels (at 300 dpi, half an inch): a horizontal rule is at least this long
RULE_Y = 60   # a vertical rule spans at least a row of text and its padding


class Boxed(Protocol):
    @property
    def left(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def right(self) -> float: ...
    @property
    def height(self) -> float: ...


@dataclass(frozen=True)
class Grid:
    """Rule positions in points: rows between `ys`, columns between `xs`."""
    ys: list[float]
    xs: list[float]

    @property
    def columns(self) -> int:
        return len(self.xs) - 1

    @property
    def left(self) -> float:
        return self.xs[0]

    @property
    def right(self) -> float:
        return self.xs[-1]

    def holds(self, w: Boxed) -> bool:
        x, y = (w.left + w.right) / 2, w.top + w.height / 2
        return self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]

    def cell(self, w: Boxed) -> tuple[int, int]:
        x, y = (w.left + w.right) / 2, w.top + w.height / 2
        return bisect.bisect(self.ys, y) - 1, bisect.bisect(self.xs, x) - 1


def find_grid(image: Any, scale: float) -> tuple[Grid | None, Any]:
    """The page's grid (points = pixels * `scale`) and the image with its rules erased."""
    from PIL import Image

    dark = np.asarray(image) < DARK
    across, down = _runs(dark, RULE_X), _runs(dark.T, RULE_Y).T
    ys, xs = _positions(across.sum(axis=1) > RULE_X), _positions(down.sum(axis=0) > RULE_Y)
    if len(ys) < 2 or len(xs) < 2:
        return None, image
    clean = np.asarray(image).copy()
    rules = across | down
    for shift in (-2, -1, 1, 2):  # the rules' anti-aliased edges too
        rules = rules | np.roll(across, shift, axis=0) | np.roll(down, shift, axis=1)
    clean[rules] = 255
    return Grid([y * scale for y in ys], [x * scale for x in xs]), Image.fromarray(clean)


def _runs(mask: np.ndarray, length: int) -> np.ndarray:
    """The pixels lying in a run of at least `length` dark pixels along each row."""
    width = mask.shape[1]
    if width < length:
        return np.zeros_like(mask)
    c = np.cumsum(np.pad(mask, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (c[:, length:] - c[:, :-length]) == length  # the window from column j is all dark
    f = np.cumsum(np.pad(full, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    x = np.arange(width)
    hi, lo = np.minimum(x, width - length) + 1, np.maximum(0, x - length + 1)
    return np.asarray((f[:, hi] - f[:, lo]) > 0)


def _positions(lines: np.ndarray) -> list[float]:
    """The middle of each run of consecutive True indexes (a rule a few pixels thick)."""
    idx = np.flatnonzero(lines)
    out: list[list[int]] = []
    for i in idx.tolist():
        if out and i - out[-1][-1] <= 3:
            out[-1].append(i)
        else:
            out.append([i])
    return [(c[0] + c[-1]) / 2 for c in out]
