"""Vietnamese text helpers: NFC, one tone-mark style, diacritic folding, syllable tokens.

Every function here is Unicode-aware: Vietnamese letters are matched with `LETTERS`, never `[a-z]`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks (grave, acute, tilde, hook above, dot below).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
LETTERS = r"[^\W\d_]"


# C0 controls but TAB and newlines, DEL, and the bidi controls (embeddings, overrides, isolates,
# marks): never part of a notice, and an override shows stored text in another order
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e"
                      r"\u2066-\u2069]")
NAME_CONTROLS = re.compile(CONTROLS.pattern[:-1] + r"\t\n\r]")


def strip_controls(text: str) -> str:
    """`text` without control or bidi control characters (TAB and newlines kept)."""
    return CONTROLS.sub("", text)


def clean_name(name: str) -> str:
    """A file or display name without control, bidi control, TAB or newline characters."""
    return NAME_CONTROLS.sub("", name)


def nfc(text: str) -> str:
    """NFC-normalise (input may come decomposed from PDF or macOS)."""
    return unicodedata.normalize("NFC", text)


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    tones = "".join(c for c in decomposed if c in _TONES)
    if not tones:
        return match.group(0)
    bare = "".join(c for c in decomposed if c not in _TONES)
    return nfc(first + tones) + nfc(bare)


# Open syllables ending in oa / oe / uy (not "qu"+y): old style puts the tone on the first vowel
# (hòa, thủy), new style on the second (hoà, thuỷ). We canonicalise to the first-vowel style.
_OPEN_NUCLEUS = re.compile(
    r"(?<![qQ])([oOuU])((?:[aAeE]|[yY])[\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])"
)


def normalize_tones(text: str) -> str:
    """Return NFC text with one tone-mark placement (Hoà -> Hòa, uỷ -> ủy). Length is preserved."""
    split = _compose_keep_tones(unicodedata.normalize("NFD", text))
    return nfc(_OPEN_NUCLEUS.sub(_move_tone, split))


def _compose_keep_tones(decomposed: str) -> str:
    """NFC-compose everything except tone marks, so 'ở' becomes 'ơ' + hook and 'ậ' 'â' + dot."""
    return "".join(map(_compose_char, unicodedata.normalize("NFC", decomposed)))


@lru_cache(maxsize=8192)
def _compose_char(ch: str) -> str:
    """One NFC character as its tone-less base composed, then its tone marks (memoised: the
    text's characters are few distinct ones, and this ran three normalisations per character)."""
    parts = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in parts if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones


def fold(text: str) -> str:
    """Lower-case, strip every diacritic (đ -> d), collapse whitespace. For matching only."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", bare).strip().lower()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower()[:1] or char


def fold_keep(text: str) -> str:
    """`fold` one character at a time: same length as `text`, spaces kept (not collapsed), so
    that regex matches on folded text map back to original offsets."""
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=1 << 18)
def _fold_word(word: str) -> str:
    return fold(word)


def fold_text(text: str) -> str:
    """`fold`, one whitespace-separated word at a time through a cache: a corpus repeats a few
    thousand syllables, and `fold` works character by character. Equal to `fold(text)`."""
    return " ".join(f for f in map(_fold_word, text.split()) if f)


def canon(text: str) -> str:
    """Tone-exact matching key: NFC, one tone style, lower-case, whitespace collapsed."""
    return re.sub(r"\s+", " ", normalize_tones(text)).strip().lower()


def words(text: str) -> list[str]:
    """Syllables/words (letters and digits), Unicode-aware."""
    return WORD_RE.findall(text)


def slug(text: str) -> str:
    """A deterministic ASCII id fragment: folded words joined by '-'."""
    return "-".join(WORD_RE.findall(fold(text)))


def passage(text: str, headings: list[str]) -> str:
    """What search embeds and indexes for a paragraph: its nearest headings, then the text, so a
    bullet under "a) Sở Nông nghiệp và Môi trường:" carries that context."""
    context = " › ".join(h for h in headings[-2:] if h and h != text)
    return f"{context}: {text}" if context else text
