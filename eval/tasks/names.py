"""The names the hand-written series' sentences share, and the shapes of its parts."""

from __future__ import annotations

PROJECT = "Dự án đường nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai"
NN = "Sở Nông nghiệp và Phát triển nông thôn"
Item = tuple[str, str]  # (task label, text); a label starting with "@" is a bullet-group heading
Finding = tuple[str | None, str]  # (None or "done:<task label>", text)
Section = tuple[str, list]  # (section heading, its items and bullet groups)
