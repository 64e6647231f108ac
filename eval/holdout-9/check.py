"""Consistency check of the ninth held-out gold set (never runs the parser): eval/holdout's
checker on this folder.

    .venv/bin/python eval/holdout-9/check.py
"""
from __future__ import annotations

import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = runpy.run_path(os.path.join(HERE, "..", "holdout", "check.py"))

if __name__ == "__main__":
    sys.exit(CHECK["main"](HERE))
