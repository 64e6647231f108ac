"""Hand-built NoticeGraphs for graph tests (real pydantic models, no parser)."""

from __future__ import annotations

from datetime import date

from ingest.model import (
    Agency,
    AgencyRef,
    Deadline,
    Directive,
    Finding,
    Indicator,
    LegalDocument,
    Meeting,
    NoticeGraph,
    Project,
    ProjectRef,
    Theme,
)

TAI_CHINH = Agency(id="cao-bang:so-tai-chinh", name="Sở Tài chính", province="Cao Bằng", kind="sở")
KHDT = Agency(
    id="cao-bang:so-ke-hoach-va-dau-tu",
    name="Sở Kế hoạch và Đầu tư",
    province="Cao Bằng",
    kind="sở",
    active_to=date(2025, 2, 28),
    successors=["cao-bang:so-tai-chinh"],
)
XAY_DUNG = Agency(id="cao-bang:so-xay-dung", name="Sở Xây dựng", province="Cao Bằng", kind="sở")
CAO_TOC = Project(id="cao-toc-dong-dang-tra-linh", name="cao tốc Đồng Đăng - Trà Lĩnh")
DAU_TU = Theme(id="dau-tu-cong", name="Đầu tư công", description="giải ngân vốn đầu tư công")
QD = LegalDocument(id="933-qd-ubnd", number="933/QĐ-UBND", kind="Quyết định")


def _ref(a: Agency) -> AgencyRef:
    return AgencyRef(id=a.id, name=a.name, mention=a.name)


def directive(mid: str, n: int, text: str, lead: Agency = TAI_CHINH) -> Directive:
    return Directive(
        id=f"{mid}:d{n}",
        text=text,
        section=f"II.{n}",
        headings=["II. Nhiệm vụ"],
        span=(100 * n, 100 * n + len(text)),
        order=n,
        lead=[_ref(lead)],
        support=[_ref(XAY_DUNG)],
        deadline=Deadline(date=date(2025, 7, 22), precision="day", text="trước ngày 22/7/2025"),
        projects=[ProjectRef(id=CAO_TOC.id, name=CAO_TOC.name, mention="cao tốc")],
        themes=[DAU_TU.id],
        documents=[QD.id],
    )


def notice(
    period: str = "2025-06", sha: str = "a" * 64, n_directives: int = 3, province: str = "Cao Bằng"
) -> NoticeGraph:
    mid = f"{province.lower().replace(' ', '-')}-{period}-thuong-ky"
    meeting = Meeting(
        id=mid,
        title=f"Phiên họp thường kỳ tháng {period}",
        province=province,
        period=period,
        date=date(int(period[:4]), int(period[5:]), 5),
        source=f"{period}.txt",
        sha256=sha,
    )
    dirs = [
        directive(mid, i, f"Đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhiệm vụ số {i}.")
        for i in range(1, n_directives + 1)
    ]
    finding = Finding(
        id=f"{mid}:f1",
        text="Tăng trưởng GRDP đạt 6,56%.",
        kind="achievement",
        section="I.1",
        span=(10, 40),
        order=0,
        themes=[DAU_TU.id],
    )
    ind = Indicator(
        id=f"{mid}:grdp",
        name="Tăng trưởng GRDP",
        value=6.56,
        unit="%",
        period=period,
        text="Tăng trưởng GRDP đạt 6,56%",
        span=(10, 36),
    )
    return NoticeGraph(
        meeting=meeting,
        text="x" * 1000,
        directives=dirs,
        findings=[finding],
        indicators=[ind],
        documents=[QD],
        agencies=[TAI_CHINH, KHDT, XAY_DUNG],
        projects=[CAO_TOC],
        themes=[DAU_TU],
    )


def embeddings(ng: NoticeGraph, dims: int = 8) -> dict[str, list[float]]:
    units: list[Directive | Finding] = [*ng.directives, *ng.findings]
    return {
        u.id: [float((i + k) % 5) / 5.0 + 0.1 for k in range(dims)] for i, u in enumerate(units)
    }
