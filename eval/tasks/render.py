"""Render eval/tasks/series.py into twelve notices and links.gold.json (run from the repo root:
`python eval/tasks/render.py`). The gold is derived from the task labels written with each
sentence: a directive continues the previous occurrence of its task, or nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from series import HERE, MONTHS

LETTERS = "abcdđeghiklmn"
HEADER = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: {no}/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lai Châu, ngày {nd:02d} tháng {nm:02d} năm {ny}

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh Lê Văn Lương tại Phiên họp UBND tỉnh thường kỳ tháng {m} năm 2024

Ngày {md:02d}/{nm:02d}/{ny}, Ủy ban nhân dân (UBND) tỉnh Lai Châu tổ chức Phiên họp UBND tỉnh \
thường kỳ tháng {m} năm 2024. Phiên họp do đồng chí Lê Văn Lương - Phó Bí thư Tỉnh ủy, Chủ tịch \
UBND tỉnh chủ trì; tham dự có các đồng chí Phó Chủ tịch UBND tỉnh, các Ủy viên UBND tỉnh, lãnh \
đạo các sở, ban, ngành và UBND các huyện, thành phố.

Sau khi nghe Sở Kế hoạch và Đầu tư báo cáo tình hình kinh tế - xã hội tháng {m} năm 2024 và ý \
kiến thảo luận của các thành viên UBND tỉnh, Chủ tịch UBND tỉnh kết luận như sau:

I. Đánh giá tình hình kinh tế - xã hội tháng {m} năm 2024
"""
FOOTER = """Chủ tịch UBND tỉnh thông báo kết luận tại Phiên họp UBND tỉnh thường kỳ tháng {m} năm \
2024 để các sở, ban, ngành, UBND các huyện, thành phố và các cơ quan, đơn vị liên quan biết, \
thực hiện./.

Nơi nhận:

- Văn phòng Chính phủ (b/c);
- Thường trực Tỉnh ủy (b/c);
- Thường trực HĐND tỉnh (b/c);
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, TH.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Nguyễn Văn Thành
"""


def notice_name(m: int) -> str:
    return f"lai-chau-2024-{m:02d}-thuong-ky.txt"


def render(m: int) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The notice text, its (label, directive text) in order, its (label, finding text)."""
    spec = MONTHS[m]
    nm, ny = (m + 1, 2024) if m < 12 else (1, 2025)
    parts = [HEADER.format(no=100 + 13 * m, nd=8, nm=nm, ny=ny, md=5, m=m)]
    parts += [text for _, text in spec["findings"]]
    parts.append(f"II. Nhiệm vụ trọng tâm tháng {nm} năm {ny}")
    directives: list[tuple[str, str]] = []
    for heading, items in spec["sections"]:
        parts.append(heading)
        for letter, (label, body) in zip(LETTERS, items, strict=False):
            if label.startswith("@"):
                parts.append(f"{letter}) {label[1:]}")
                parts += [f"- {text}" for _, text in body]
                directives += body
            else:
                parts.append(f"{letter}) {body}")
                directives.append((label, body))
    parts.append(FOOTER.format(m=m))
    return "\n\n".join(p.strip() for p in parts) + "\n", directives, spec["findings"]


def unique_substring(text: str, notice: str, width: int = 60) -> str:
    """A window of `text` (whole words) that occurs once in the notice."""
    words = text.split()
    for start in range(min(4, len(words) - 1), len(words)):
        for n in range(6, len(words) - start + 1):
            cand = " ".join(words[start:start + n])
            if len(cand) >= min(width, len(text) - 1) and notice.count(cand) == 1:
                return cand
    raise ValueError(f"no unique substring for {text[:40]!r}")


def build() -> dict[str, Any]:
    last: dict[str, dict[str, Any]] = {}
    links, done = [], []
    for m in sorted(MONTHS):
        notice, directives, findings = render(m)
        (HERE / notice_name(m)).write_text(notice, encoding="utf-8")
        for label, body in directives:
            ref = {"month": f"2024-{m:02d}", "contains": unique_substring(body, notice)}
            links.append({**ref, "task": label, "continues": last.get(label)})
            last[label] = ref
        for label, body in findings:
            if label:
                task = label.split(":")[1]
                done.append({"month": f"2024-{m:02d}", "contains": unique_substring(body, notice),
                             "task": task, "reports_done_of": last[task]})
    return {"province": "Lai Châu", "notices": [notice_name(m) for m in sorted(MONTHS)],
            "directives": links, "reported_done": done}


if __name__ == "__main__":
    gold = build()
    (HERE / "links.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(1 for d in gold["directives"] if d["continues"])
    done = len(gold["reported_done"])
    print(f"{len(gold['directives'])} directives, {n} gold links, {done} done")
