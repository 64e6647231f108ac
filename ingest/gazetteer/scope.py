"""Whose notice it is: the scope in which agency ids are built.

A provincial notice scopes its bodies by the province ("cao-bang:so-tai-chinh"). A notice of
the Government Office or a ministry is national: its bodies are never province-scoped
("vn:bo-tai-chinh"); a ministry's notice also resolves the ministry's own departments under it
("vn:bo-xay-dung:van-phong-bo"). A commune's notice resolves the commune's bodies under the
commune ("cao-bang:xa-tra-linh:phong-kinh-te").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.gazetteer import agency_entries
from ingest.text import fold, nfc, slug

NATIONAL = "vn"
_NATIONAL_NAMES = frozenset(
    ["", "chinh phu", "viet nam", "trung uong", "quoc gia", "van phong chinh phu",
     "thu tuong chinh phu"]
)
_MINISTRY_KINDS = frozenset(["bộ", "thanh tra", "ngân hàng"])
_PROVINCE_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)
_LOCAL = re.compile(
    r"^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|đảng ủy|đảng uỷ)\s+"
    r"(xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố)\s+(.+)$"
)
_DISTRICT_WORDS = frozenset(["huyện", "quận", "thị xã", "thành phố"])


@dataclass(frozen=True)
class Scope:
    key: str  # id prefix of provincial bodies: "cao-bang", or NATIONAL
    province: str  # bare province name ("Cao Bằng"); "" in a national notice
    ministry: str = ""  # slug of the issuing ministry, e.g. "bo-xay-dung"
    commune: str = ""  # slug of the issuing commune or district, e.g. "xa-tra-linh"
    commune_name: str = ""  # e.g. "xã Trà Lĩnh", "huyện Châu Thành"
    local_unit: str = ""  # "xã" (a commune's notice) or "huyện" (a district's, before 7/2025)
    department: str = ""  # slug of the issuing provincial department, e.g. "so-y-te"
    party: bool = False  # the issuer is the commune's (district's) Party committee, "Đảng ủy xã X"
    # the issuer oversees the People's Committee from outside it (the Council or its Standing
    # Committee, the Party committee, the Fatherland Front): "UBND tỉnh" is its assignee
    outside: bool = False

    @property
    def national(self) -> bool:
        return self.key == NATIONAL


_OUTSIDE = re.compile(r"(?:(?:ban )?thuong truc )?(?:hoi dong nhan dan|hdnd) (?:tinh|thanh pho)|"
                      r"(?:ban thuong vu )?(?:tinh|thanh) uy|(?:ban thuong truc )?uy ban mat tran")


@lru_cache(maxsize=1)
def _ministries() -> dict[str, str]:
    """Folded name or alias -> slug, for the national bodies that issue notices as a ministry."""
    out: dict[str, str] = {}
    for e in agency_entries():
        if e.level == "national" and e.kind in _MINISTRY_KINDS and not e.collective:
            for name in (e.name, *e.aliases):
                out.setdefault(fold(name), e.slug)
    return out


@lru_cache(maxsize=1)
def _departments() -> dict[str, str]:
    """Folded name or alias of a provincial department (Sở) -> slug."""
    out: dict[str, str] = {}
    for e in agency_entries():
        if e.level == "province" and e.head == "Sở":
            for name in (e.name, *e.aliases):
                out.setdefault(fold(name), e.slug)
    return out


def department_of(issuer: str, province: str) -> str:
    """The slug of the Sở that issues a notice ("Sở Y tế", "SỞ Y TẾ TỈNH QUẢNG TRỊ"), or ""."""
    bare = fold(issuer)
    if province:
        bare = re.sub(rf"\s+(?:(?:tinh|thanh pho)\s+)?{re.escape(fold(province))}$", "", bare)
    return _departments().get(re.sub(r"\s+(?:tinh|thanh pho)$", "", bare), "")


def ministry_of(name: str) -> str:
    """The slug of the ministry (or ministry-level body) `name` is, or ""."""
    return _ministries().get(fold(name), "")


def _local(issuer: str, province: str) -> tuple[str, str, str]:
    """(slug, name, unit) of a commune or district issuer; empty when the issuer is not one
    (a centrally-run city's "UBND thành phố X" is the province)."""
    found = _LOCAL.match(nfc(issuer).strip().lower())
    if not found or slug(found.group(2)) == slug(province):
        return "", "", ""
    words = nfc(issuer).strip().split()[-len(found.group(2).split()) :]
    name = f"{found.group(1)} {' '.join(w[:1].upper() + w[1:].lower() for w in words)}"
    return slug(name), name, "huyện" if found.group(1) in _DISTRICT_WORDS else "xã"


@lru_cache(maxsize=256)
def scope_of(province: str, issuer: str = "") -> Scope:
    """The scope of a notice from its province (as the meeting reader gives it) and issuer."""
    bare = _PROVINCE_PREFIX.sub("", nfc(province).strip())
    ministry = ministry_of(issuer) or ministry_of(bare)
    if ministry or fold(bare) in _NATIONAL_NAMES:
        return Scope(NATIONAL, "", ministry)
    party = fold(issuer).startswith("dang uy ")
    return Scope(slug(bare), bare, "", *_local(issuer, bare), department_of(issuer, bare), party,
                 bool(_OUTSIDE.match(fold(issuer))))
