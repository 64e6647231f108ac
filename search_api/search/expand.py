"""Query and passage expansion: administrative abbreviations, and diacritics for bare queries.

Abbreviations: a general list of those used in Vietnamese provincial administration (not taken
from any one notice) plus every abbreviated agency alias of the gazetteer ("Sở NN&MT" -> "Sở Nông
nghiệp và Môi trường"). `expand` appends the long form after each abbreviation found (matched on
folded whole tokens), so "đẩy nhanh GPMB" also matches "giải phóng mặt bằng", in both channels.

Diacritics: e5 is weak on Vietnamese typed without marks. `Restorer` puts the marks back from the
indexed passages themselves: each folded syllable takes the marked form seen most often next to
its neighbours (syllable bigrams), else alone; syllables never seen stay as typed.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

import numpy as np

from ingest.text import fold, fold_text, nfc

GENERAL: dict[str, str] = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
    "ĐBQH": "đại biểu Quốc hội", "BCH": "Ban Chấp hành", "TW": "Trung ương",
    "NQ": "nghị quyết", "QĐ": "quyết định", "CT": "chỉ thị", "KH": "kế hoạch",
    "TB": "thông báo", "VBQPPL": "văn bản quy phạm pháp luật", "QPPL": "quy phạm pháp luật",
    "TTHC": "thủ tục hành chính", "CCHC": "cải cách hành chính", "DVC": "dịch vụ công",
    "ĐVHC": "đơn vị hành chính", "CBCCVC": "cán bộ, công chức, viên chức",
    "GPMB": "giải phóng mặt bằng", "BQLDA": "ban quản lý dự án", "QLDA": "quản lý dự án",
    "ĐTC": "đầu tư công", "ĐTXD": "đầu tư xây dựng", "NSNN": "ngân sách nhà nước",
    "NS": "ngân sách", "KT-XH": "kinh tế - xã hội", "KTXH": "kinh tế - xã hội",
    "CTMTQG": "chương trình mục tiêu quốc gia", "MTQG": "mục tiêu quốc gia",
    "NTM": "nông thôn mới", "DTTS": "dân tộc thiểu số", "GNBV": "giảm nghèo bền vững",
    "KKT": "khu kinh tế", "KCN": "khu công nghiệp", "CCN": "cụm công nghiệp",
    "XNK": "xuất nhập khẩu", "DN": "doanh nghiệp", "DNNVV": "doanh nghiệp nhỏ và vừa",
    "KH&CN": "khoa học và công nghệ", "KHCN": "khoa học và công nghệ",
    "ĐMST": "đổi mới sáng tạo", "CĐS": "chuyển đổi số", "CNTT": "công nghệ thông tin",
    "GD&ĐT": "giáo dục và đào tạo", "GDĐT": "giáo dục và đào tạo", "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở", "PTDTNT": "phổ thông dân tộc nội trú", "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội", "ATTP": "an toàn thực phẩm", "ATGT": "an toàn giao thông",
    "ANTT": "an ninh trật tự", "TTATXH": "trật tự an toàn xã hội", "QP-AN": "quốc phòng - an ninh",
    "QPAN": "quốc phòng - an ninh", "SSCĐ": "sẵn sàng chiến đấu", "PCCC": "phòng cháy chữa cháy",
    "CNCH": "cứu nạn cứu hộ", "PCTT": "phòng chống thiên tai", "TKCN": "tìm kiếm cứu nạn",
    "BĐBP": "Bộ đội Biên phòng", "TNMT": "tài nguyên và môi trường",
    "NN&MT": "nông nghiệp và môi trường",
    "NN&PTNT": "nông nghiệp và phát triển nông thôn", "PTNT": "phát triển nông thôn",
    "GRDP": "tổng sản phẩm trên địa bàn", "PCI": "chỉ số năng lực cạnh tranh cấp tỉnh",
    "PAR": "chỉ số cải cách hành chính", "FDI": "đầu tư trực tiếp nước ngoài",
    "PBGDPL": "phổ biến, giáo dục pháp luật", "CSDL": "cơ sở dữ liệu",
    "CSDLQG": "cơ sở dữ liệu quốc gia", "BIM": "mô hình thông tin công trình",
    "OCOP": "mỗi xã một sản phẩm", "TOD": "phát triển đô thị theo định hướng giao thông công cộng",
    # session 7: common ones a citizen types that "no result" would otherwise read as names
    "CCCD": "căn cước công dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "HTX": "hợp tác xã",
    "ĐBSCL": "đồng bằng sông Cửu Long", "TPHCM": "Thành phố Hồ Chí Minh",
    "ODA": "hỗ trợ phát triển chính thức", "PPP": "đối tác công tư",
    "CSGT": "cảnh sát giao thông", "VSATTP": "vệ sinh an toàn thực phẩm",
}
_TOKEN = re.compile(r"\w+(?:[&\-]\w+)*", re.UNICODE)
_SYLLABLE = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1 << 18)
def _key(token: str) -> str:
    return fold(token).replace("-", "")


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Folded abbreviation -> long form: the general list, then gazetteer agency aliases."""
    from ingest.gazetteer import agency_entries

    out = {_key(a): long for a, long in GENERAL.items()}
    for e in agency_entries():
        for alias in e.aliases + e.short:
            tail = alias.split()[-1] if alias.split() else ""
            if len(alias.split()) <= 2 and _is_abbreviation(tail):
                out.setdefault(_key(tail), e.name)
    return out


def expand(text: str) -> str:
    """The text, each known abbreviation followed by its long form in parentheses."""
    table = abbreviations()
    longs = [table[k] for k in dict.fromkeys(_key(t) for t in _TOKEN.findall(text)) if k in table]
    return f"{text} ({'; '.join(longs)})" if longs else text


def is_bare(query: str) -> bool:
    """Typed without any diacritic."""
    return fold(query) == " ".join(query.lower().split())


Pair = tuple[str, str]


class Restorer:
    """Puts diacritics back on a bare query from the marked syllables of a corpus. Texts can be
    added and removed (the search cache does, block by block); the counts, and so every
    restoration, are then those of a Restorer built from the texts present. Ties go to the
    smallest form, so the order the texts came in does not matter."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.single: dict[str, Counter[str]] = defaultdict(Counter)
        self.pair: dict[Pair, Counter[Pair]] = defaultdict(Counter)
        self._lock = threading.Lock()
        self.add(texts)

    def add(self, texts: Iterable[str], sign: int = 1) -> None:
        """Count the texts in (sign 1) or out (sign -1, texts added before)."""
        singles, pairs = _counts(texts)
        with self._lock:
            for (f, m), n in singles.items():
                _bump(self.single, f, m, sign * n)
            for (fa, fb, a, b), n in pairs.items():
                _bump(self.pair, (fa, fb), (a, b), sign * n)

    def remove(self, texts: Iterable[str]) -> None:
        self.add(texts, -1)

    def table(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The counts as plain data (the search cache's snapshot): the syllables, then rows of
        their indices with a count: singles (folded, marked, n), pairs (folded a, folded b,
        marked a, marked b, n)."""
        names: dict[str, int] = {}
        with self._lock:
            singles = [(names.setdefault(f, len(names)), names.setdefault(m, len(names)), n)
                       for f, forms in self.single.items() for m, n in forms.items()]
            pairs = [(*(names.setdefault(x, len(names)) for x in (fa, fb, a, b)), n)
                     for (fa, fb), forms in self.pair.items() for (a, b), n in forms.items()]
        return (list(names), np.asarray(singles, dtype=np.int64).reshape(-1, 3),
                np.asarray(pairs, dtype=np.int64).reshape(-1, 5))

    @classmethod
    def of_table(cls, syllables: list[str], singles: np.ndarray, pairs: np.ndarray) -> Restorer:
        """The Restorer whose `table()` this was (ValueError when the rows are not counts)."""
        if (singles.shape[1:] != (3,) or pairs.shape[1:] != (5,)
                or (len(singles) and singles[:, 2].min() <= 0)
                or (len(pairs) and pairs[:, 4].min() <= 0)):
            raise ValueError("not a restorer's counts")
        out, s = cls(), syllables
        for f, m, n in singles.tolist():
            out.single[s[f]][s[m]] = n
        for fa, fb, a, b, n in pairs.tolist():
            out.pair[(s[fa], s[fb])][(s[a], s[b])] = n
        return out

    def _choose(self, prev: str | None, word: str, nxt: str | None) -> str:
        votes: Counter[str] = Counter()
        for (a, _), n in self.pair.get((word, nxt or ""), Counter()).items():
            votes[a] += 1000 * n  # a neighbour seen together outweighs any single count
        for (_, b), n in self.pair.get((prev or "", word), Counter()).items():
            votes[b] += 1000 * n
        votes.update(self.single.get(word, Counter()))
        return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if votes else word

    def restore(self, query: str) -> str:
        words = _SYLLABLE.findall(fold(query))
        pad = [None, *words, None]
        with self._lock:
            return " ".join(self._choose(pad[i], w, pad[i + 2]) for i, w in enumerate(words))


def _counts(texts: Iterable[str]) -> tuple[Counter[Pair], Counter[tuple[str, str, str, str]]]:
    """(folded, marked) syllables and neighbour pairs of the texts."""
    singles: Counter[Pair] = Counter()
    pairs: Counter[tuple[str, str, str, str]] = Counter()
    for text in texts:
        marked = _SYLLABLE.findall(nfc(text).lower())
        folded = _SYLLABLE.findall(fold_text(" ".join(marked)))
        if len(folded) != len(marked):  # fold changed the syllable split: skip the text
            continue
        singles.update(zip(folded, marked, strict=True))
        pairs.update(zip(folded, folded[1:], marked, marked[1:], strict=False))
    return singles, pairs


K = TypeVar("K")
V = TypeVar("V")


def _bump(table: dict[K, Counter[V]], key: K, form: V, n: int) -> None:
    """Add n to table[key][form], dropping what reaches zero (as if never counted)."""
    counter = table[key]
    counter[form] += n
    if counter[form] <= 0:
        del counter[form]
        if not counter:
            del table[key]
