"""The explorer as an office uses it: loading states, Vietnamese errors, 1024 px, task lists,
exports, project history, the landing summary, the collapsed graph, offline /docs."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import cast
from urllib.parse import quote
from xml.etree import ElementTree

import httpx
import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.integration.browser import live
from tests.integration.browser.conftest import screenshot
from tests.integration.browser.test_explorer import get, text_of, wait_css

pytestmark = pytest.mark.browser
GATE = """const real = window.fetch;
window.chidaoGate = new Promise((r) => { window.chidaoOpen = r; });
window.fetch = async (...args) => { await window.chidaoGate; return real(...args); };"""
AGENCY = "cao-bang:so-nong-nghiep-va-moi-truong"
JAN = "cao-bang-2026-01-thuong-ky"
PREDECESSOR = """THÔNG BÁO

Kết luận tại Phiên họp UBND tỉnh thường kỳ tháng 01 năm 2025

Ngày 05/02/2025, Ủy ban nhân dân (UBND) tỉnh Cao Bằng tổ chức Phiên họp UBND tỉnh thường kỳ tháng 01
năm 2025. Chủ tịch UBND tỉnh kết luận như sau:

I. Nhiệm vụ trọng tâm tháng 02/2025

1. Về kế hoạch đầu tư công

Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan liên quan tổng hợp danh mục dự án đầu
tư công trung hạn giai đoạn 2026 - 2030, báo cáo UBND tỉnh trước ngày 20/02/2025.
"""


def test_a_fetch_in_flight_shows_the_loading_state(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/")
    wait_css(browser, "#view h1")
    browser.execute_script(GATE + "location.hash = '#/themes';")
    wait_css(browser, "#view .loading")
    assert browser.execute_script("return document.getElementById('loading').hidden") is False
    assert "Đang tải" in (text_of(browser, "#view") or "")
    browser.execute_script("window.chidaoOpen()")
    WebDriverWait(browser, 60).until(lambda d: text_of(d, "#view h1") == "Chủ đề theo tháng")
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.getElementById('loading').hidden"))


def test_an_unknown_agency_says_so_in_vietnamese(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/agency/khong-co-co-quan-nay-qqq")
    error = wait_css(browser, "#view .error")[0].text
    assert "Không có cơ quan nào khớp với 'khong-co-co-quan-nay-qqq'" in error
    assert "no agency" not in error and "404" not in error


@pytest.mark.parametrize("route", ["#/", "#/themes", "#/graph", "#/agency/Sở Tài chính",
                                   "#/project/dong dang tra linh", "#/search?q=giải ngân"])
def test_views_fit_a_1024_px_window(browser: WebDriver, base_url: str, route: str) -> None:
    browser.set_window_size(1024, 800)
    browser.get(f"{base_url}/{route}")
    wait_css(browser, "#view h1")
    WebDriverWait(browser, 60).until(
        lambda d: not d.execute_script("return document.body.classList.contains('busy')"))
    screenshot(browser, "w1024-" + route.strip("#/").split("/")[0].split("?")[0] or "landing")
    wide = cast(int, browser.execute_script("return document.documentElement.scrollWidth"))
    assert wide <= cast(int, browser.execute_script("return window.innerWidth"))


def _xlsx_rows(data: bytes) -> list[list[str]]:
    ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = sheet.iterfind(".//s:row", ns)
    return [[t.text or "" for t in row.iterfind(".//s:t", ns)] for row in rows]


def _states(driver: WebDriver) -> list[str]:
    script = "return [...document.querySelectorAll('#tasks tbody tr')].map((r) => r.dataset.state)"
    return cast("list[str]", driver.execute_script(script))


def test_agency_overdue_tasks_filtered_and_exported(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}/#/agency/{quote('so nong nghiep va moi truong')}?as_of=2025-08-01")
    rows = wait_css(browser, "#tasks tbody tr")
    body = get(base_url, f"/agencies/{AGENCY}/tasklist?as_of=2025-08-01")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sở Nông nghiệp và Môi trường"
    assert len(rows) == len(body["tasks"]) and body["counts"]["overdue"] >= 1
    browser.execute_script("window.chidaoMarker = 1")  # survives only if the page never reloads
    browser.find_element(By.CSS_SELECTOR, "#counts button[data-state='overdue']").click()
    WebDriverWait(browser, 10).until(lambda d: set(_states(d)) == {"overdue"})
    screenshot(browser, "agency-overdue")
    assert len(_states(browser)) == body["counts"]["overdue"]
    assert browser.execute_script("return window.chidaoMarker") == 1
    assert "state=overdue" in browser.current_url
    red = browser.find_element(By.CSS_SELECTOR, "#tasks .status.overdue")
    assert red.value_of_css_property("background-color") == "rgba(192, 57, 43, 1)"
    for kind in ("xlsx", "csv"):
        href = str(browser.find_element(By.ID, f"export-{kind}").get_attribute("href"))
        assert "state=overdue" in href and "as_of=2025-08-01" in href
        r = httpx.get(href, timeout=120)
        r.raise_for_status()
        table = (_xlsx_rows(r.content) if kind == "xlsx"
                 else list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")))))
        assert table[0][0] == "Trạng thái" and len(table) == 1 + body["counts"]["overdue"]
        assert {row[0] for row in table[1:]} == {"Quá hạn"}


def _rows_shown(driver: WebDriver) -> list[str]:
    script = "return [...document.querySelectorAll('#tasks tbody tr')].map((r) => r.dataset.task)"
    return cast("list[str]", driver.execute_script(script))


def _more_rows(driver: WebDriver, more: WebElement) -> None:
    """Click "xem thêm" and wait for its rows."""
    shown = len(_rows_shown(driver))
    more.click()
    WebDriverWait(driver, 30).until(lambda d: len(_rows_shown(d)) > shown)


def test_agency_page_comes_a_page_at_a_time(browser: WebDriver, base_url: str) -> None:
    """Pages of 2 read from the server join into the agency's whole list in deadline order; a
    role count clicked reads the first page of that role again."""
    browser.get(f"{base_url}/#/agency/{quote(AGENCY)}?as_of=2025-08-01&limit=2")
    wait_css(browser, "#tasks tbody tr")
    body = get(base_url, f"/agencies/{AGENCY}/tasklist?as_of=2025-08-01&sort=deadline")
    more = browser.find_element(By.ID, "more-tasks")
    assert len(_rows_shown(browser)) == 2 < body["total"] == len(body["tasks"])
    assert more.text == f"Đang hiển thị 2 / {body['total']} — xem thêm"
    while more.is_displayed():
        _more_rows(browser, more)
    assert _rows_shown(browser) == [t["id"] for t in body["tasks"]]
    role = min(body["roles"], key=lambda r: (body["roles"][r], r))
    browser.find_element(By.CSS_SELECTOR, f"#counts button[data-role='{role}']").click()
    first = [t["id"] for t in body["tasks"] if t["role"] == role][:2]
    WebDriverWait(browser, 30).until(lambda d: _rows_shown(d) == first)
    assert f"role={role}" in browser.current_url and "limit=2" in browser.current_url


def test_renamed_agency_has_its_lineage_and_inherited_tasks(browser: WebDriver,
                                                            base_url: str) -> None:
    report = live.upload(base_url, "so-khdt-2025-01.txt", PREDECESSOR.encode())
    try:
        browser.get(f"{base_url}/#/agency/{quote('Sở Tài chính')}")
        banner = wait_css(browser, "#view .banner.lineage")[0].text
        assert banner == "Sở Kế hoạch và Đầu tư — hợp nhất vào Sở Tài chính từ 01/03/2025"
        badges = wait_css(browser, "#tasks .badge.inherited")
        screenshot(browser, "agency-lineage")
        assert [b.text for b in badges] == ["Kế thừa từ Sở Kế hoạch và Đầu tư"]
        row = badges[0].find_element(By.XPATH, "ancestor::tr")
        assert "danh mục dự án đầu tư công trung hạn" in row.text
    finally:
        live.delete(base_url, str(report["meeting_id"]))


def test_project_page_lists_every_task_with_history(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/project/" + quote("dong dang tra linh"))
    cards = wait_css(browser, "#project-tasks article.task")
    body = get(base_url, "/projects/cao-toc-dong-dang-tra-linh/tasks")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Cao tốc Đồng Đăng - Trà Lĩnh"
    assert len(cards) == len(body["tasks"]) > len([t for t in body["tasks"] if t["repeated"]])
    assert len(browser.find_elements(By.CSS_SELECTOR, "#project-timeline .tl-row:not(.tl-head)")) \
        == len(body["tasks"])
    repeated = next(c for c in cards if "lặp lại 1 lần" in c.text)
    assert repeated.find_element(By.CSS_SELECTOR, ".seen").text == "Tháng 1/2026 → Tháng 2/2026"
    assert repeated.find_elements(By.CSS_SELECTOR, ".occurrence") == []  # drawn when opened
    repeated.find_element(By.CSS_SELECTOR, "details.history summary").click()
    occurrences = WebDriverWait(browser, 10).until(
        lambda d: repeated.find_elements(By.CSS_SELECTOR, ".occurrence"))
    screenshot(browser, "project-tasks")
    months = [o.find_element(By.CSS_SELECTOR, ".meta a").text for o in occurrences]
    assert months == ["Tháng 1/2026", "Tháng 2/2026"]
    assert occurrences[0].find_elements(By.CSS_SELECTOR, "ins, del") == []
    inserted = {i.text for i in occurrences[-1].find_elements(By.TAG_NAME, "ins")}
    assert {"Tiếp", "tục", "dứt", "điểm"} <= inserted


def test_project_page_comes_a_page_at_a_time(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/project/cao-toc-dong-dang-tra-linh?limit=2")
    cards = wait_css(browser, "#project-tasks article.task")
    body = get(base_url, "/projects/cao-toc-dong-dang-tra-linh/tasks")
    more = browser.find_element(By.ID, "more-tasks")
    assert len(cards) == 2 < body["total"]
    assert f"{body['total']} nhiệm vụ" in str(text_of(browser, "#view p.meta"))
    assert more.text == f"Đang hiển thị 2 / {body['total']} nhiệm vụ — xem thêm"
    def cards_shown(d: WebDriver) -> int:
        return len(d.find_elements(By.CSS_SELECTOR, "#project-tasks article.task"))
    while more.is_displayed():
        before = cards_shown(browser)
        more.click()
        WebDriverWait(browser, 30).until(lambda d, n=before: cards_shown(d) > n)
    tasks = browser.find_elements(By.CSS_SELECTOR, "#project-tasks article.task")
    assert [c.get_attribute("data-task") for c in tasks] == [t["id"] for t in body["tasks"]]
    rows = browser.find_elements(By.CSS_SELECTOR, "#project-timeline .tl-row:not(.tl-head)")
    assert len(rows) == body["total"]


def test_landing_overdue_count_is_what_the_agency_page_lists(browser: WebDriver,
                                                             base_url: str) -> None:
    browser.get(base_url + "/")
    links = wait_css(browser, "#overdue-agencies li a")
    body = get(base_url, "/overview")
    first = body["overdue_by_agency"][0]
    assert links[0].text == first["name"] and f"{first['overdue']} nhiệm vụ quá hạn" in \
        links[0].find_element(By.XPATH, "..").text
    links[0].click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#since")
                                     and set(_states(d)) == {"overdue"})
    assert len(_states(browser)) == first["overdue"] and f"since={body['since']}" in \
        browser.current_url
    href = str(browser.find_element(By.ID, "export-csv").get_attribute("href"))
    table = list(csv.reader(io.StringIO(httpx.get(href, timeout=120).content.decode("utf-8-sig"))))
    assert len(table) == 1 + first["overdue"]
    browser.find_element(By.CSS_SELECTOR, "#since a").click()  # every month again
    WebDriverWait(browser, 30).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#since"))


def test_landing_answers_what_is_due_overdue_and_repeated(browser: WebDriver,
                                                          base_url: str) -> None:
    browser.get(base_url + "/")
    wait_css(browser, "#overview #latest")
    body = get(base_url, "/overview")
    screenshot(browser, "landing-overview")
    agencies = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#overdue-agencies li a")]
    assert agencies == [r["name"] for r in body["overdue_by_agency"]] and agencies
    shown = browser.find_elements(By.CSS_SELECTOR, "#most-repeated li")
    assert [li.get_attribute("data-task") for li in shown] == [
        t["id"] for t in body["most_repeated"]]
    for key, css in (("due_this_week", "#due-week li"), ("due_this_month", "#due-month li")):
        assert len(browser.find_elements(By.CSS_SELECTOR, css)) == len(body[key])
    latest = browser.find_element(By.ID, "latest").text
    assert body["latest_meeting"]["title"] in latest
    assert f"{body['latest_meeting']['directives']} chỉ đạo" in latest
    twin = str(browser.find_element(By.ID, "json-twin").get_attribute("href"))
    assert twin.endswith("/overview")


def _ids(driver: WebDriver, selector: str = "node") -> set[str]:
    script = ("return window.chidaoCy ? window.chidaoCy.elements(arguments[0]).map((n) => n.id())"
              " : []")
    return set(cast("list[str]", driver.execute_script(script, selector)))


def test_graph_collapses_a_meeting_and_opens_it(browser: WebDriver, base_url: str) -> None:
    meeting = get(base_url, f"/meetings/{JAN}")["meeting"]
    units = {u["id"] for u in meeting["directives"] + meeting["findings"]}
    browser.get(f"{base_url}/#/graph/{quote(JAN)}")
    group = f"group:{JAN}"
    WebDriverWait(browser, 60).until(lambda d: group in _ids(d))
    screenshot(browser, "graph-collapsed")
    assert not units & _ids(browser)  # the paragraphs are inside the one group node
    caption = browser.execute_script(
        "return window.chidaoCy.getElementById(arguments[0]).data('caption')", group)
    assert caption.startswith(f"{len(meeting['directives'])} chỉ đạo · "
                              f"{len(meeting['findings'])} đánh giá")
    browser.execute_script("window.chidaoCy.getElementById(arguments[0]).emit('tap')", group)
    WebDriverWait(browser, 30).until(lambda d: units <= _ids(d))
    assert group not in _ids(browser)
    screenshot(browser, "graph-opened")


def test_graph_edges_say_lead_or_support_and_a_cut_says_how_much(browser: WebDriver,
                                                                 base_url: str) -> None:
    browser.get(f"{base_url}/#/graph/{quote('UBND cấp xã')}")  # lead of some, support of others
    WebDriverWait(browser, 60).until(lambda d: len(_ids(d, "edge")) > 1)
    styles = cast("list[list[str]]", browser.execute_script(
        "return window.chidaoCy.edges(\"[type = 'ASSIGNED_TO']\").map((e) => "
        "[e.data('role'), e.data('caption'), e.style('line-style')])"))
    assert {"lead", "support"} <= {s[0] for s in styles}
    for role, caption, line in styles:
        want = ("chủ trì", "solid") if role == "lead" else ("phối hợp", "dashed")
        assert (caption, line) == want
    total = get(base_url, f"/graph?node={AGENCY}&limit=3")["total"]
    assert total > 6
    browser.get(f"{base_url}/#/graph/{AGENCY}?limit=3")
    more = wait_css(browser, "#graph-more:not([hidden])")[0]
    assert more.text == f"Đang hiển thị 3 / {total} quan hệ — xem thêm"
    more.click()
    WebDriverWait(browser, 30).until(
        lambda d: text_of(d, "#graph-more") == f"Đang hiển thị 6 / {total} quan hệ — xem thêm")
    screenshot(browser, "graph-more")


def test_docs_work_offline(browser: WebDriver, base_url: str) -> None:
    html = httpx.get(base_url + "/docs", timeout=60).text
    assert "//" not in html.replace("<!--", "").split("<body>")[0].replace(base_url, "")
    assert "cdn" not in html.lower() and "https://" not in html and "http://" not in html
    browser.get(base_url + "/docs")
    wait_css(browser, ".swagger-ui .info .title")
    screenshot(browser, "docs")
    loaded = cast("list[str]", browser.execute_script(
        "return performance.getEntriesByType('resource').map((e) => e.name)"))
    assert loaded and all(u.startswith(base_url) for u in loaded)


def test_filtered_search_and_no_results(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/search?q=" + quote("giải ngân vốn đầu tư công"))
    wait_css(browser, "#results .result")
    browser.execute_script("const f = document.getElementById('search-filters');"
                           "f.elements.agency.value = 'Sở Tài chính';"
                           "f.elements.role.value = 'lead';"
                           "f.requestSubmit();")
    WebDriverWait(browser, 60).until(lambda d: "agency=" in d.current_url)
    cards = wait_css(browser, "#results .result")
    screenshot(browser, "search-filtered")
    for card in cards:
        leads = [a.text for a in card.find_elements(By.CSS_SELECTOR, "a.chip.lead")]
        assert "Sở Tài chính" in leads
    browser.execute_script("const f = document.getElementById('search-filters');"
                           "f.elements.since.value = '2030-01'; f.requestSubmit();")
    empty = wait_css(browser, "#no-results")[0]
    assert empty.text == "Không có kết quả nào khớp với nội dung và bộ lọc đã chọn."
    assert "since=2030-01" in browser.current_url and not browser.find_elements(
        By.CSS_SELECTOR, "#results .result")


def test_upload_then_delete_from_the_page(browser: WebDriver, base_url: str,
                                          tmp_path: Path) -> None:
    notice = tmp_path / "so-khdt-upload.txt"
    notice.write_text(PREDECESSOR, encoding="utf-8")
    browser.get(base_url + "/#/upload")
    form = wait_css(browser, "#upload-form")[0]
    form.find_element(By.NAME, "key").clear()
    form.find_element(By.NAME, "key").send_keys(live.KEY)
    form.find_element(By.NAME, "file").send_keys(str(notice))
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    report = wait_css(browser, "#upload-report")[0]
    screenshot(browser, "upload")
    assert report.find_element(By.TAG_NAME, "h2").text == "Đã thêm: so-khdt-upload.txt"
    meeting = "cao-bang-2025-01-thuong-ky"
    assert meeting in {m["id"] for m in get(base_url, "/meetings")["meetings"]}
    report.find_element(By.CSS_SELECTOR, "a").click()
    wait_css(browser, "#delete-meeting")[0].click()
    browser.switch_to.alert.accept()
    WebDriverWait(browser, 60).until(lambda d: d.current_url.endswith("#/upload"))
    assert meeting not in {m["id"] for m in get(base_url, "/meetings")["meetings"]}


def test_upload_with_a_wrong_key_says_why(browser: WebDriver, base_url: str,
                                          tmp_path: Path) -> None:
    notice = tmp_path / "x.txt"
    notice.write_text(PREDECESSOR, encoding="utf-8")
    browser.get(base_url + "/#/upload")
    form = wait_css(browser, "#upload-form")[0]
    form.find_element(By.NAME, "key").clear()
    form.find_element(By.NAME, "key").send_keys("not-the-key")
    form.find_element(By.NAME, "file").send_keys(str(notice))
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
    assert wait_css(browser, "#view .error")[0].text == "Khóa API không đúng"


def test_notice_shows_its_facts_and_headings(browser: WebDriver, base_url: str) -> None:
    meeting = get(base_url, f"/meetings/{JAN}")["meeting"]
    browser.get(f"{base_url}/#/meeting/{quote(JAN)}")
    facts = wait_css(browser, "dl.facts > div")
    screenshot(browser, "notice-structure")
    items = {f.find_element(By.TAG_NAME, "dt").text: f.find_element(By.TAG_NAME, "dd").text
             for f in facts}
    assert items["Kỳ họp"] == "Tháng 1/2026" and items["Chủ trì"] == meeting["chair"]
    assert meeting["signer"] in items["Người ký"]
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".section-heading")]
    wanted = {d["headings"][0] for d in meeting["directives"] if d.get("headings")}
    assert wanted and wanted <= set(headings)
    assert len(headings) < len(meeting["directives"])  # a heading once, not per paragraph
    passages = browser.find_elements(By.CSS_SELECTOR, "article.passage")  # search finds them too
    shown = {p.get_attribute("id") for p in passages}
    assert meeting["passages"] and shown == {p["id"] for p in meeting["passages"]}


def _upload_in_page(driver: WebDriver, base_url: str, path: Path) -> None:
    driver.get(base_url + "/#/upload")
    form = wait_css(driver, "#upload-form")[0]
    form.find_element(By.NAME, "key").clear()
    form.find_element(By.NAME, "key").send_keys(live.KEY)
    form.find_element(By.NAME, "file").send_keys(str(path))
    form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()


def test_upload_asks_before_replacing_another_version(browser: WebDriver, base_url: str,
                                                      tmp_path: Path) -> None:
    first, second = tmp_path / "v1.txt", tmp_path / "v2.txt"
    first.write_text(PREDECESSOR, encoding="utf-8")
    second.write_text(PREDECESSOR.replace("20/02/2025", "25/02/2025"), encoding="utf-8")
    meeting = "cao-bang-2025-01-thuong-ky"
    try:
        _upload_in_page(browser, base_url, first)
        wait_css(browser, "#upload-report")
        _upload_in_page(browser, base_url, second)
        WebDriverWait(browser, 120).until(lambda d: _alert_text(d))
        assert meeting in browser.switch_to.alert.text
        browser.switch_to.alert.dismiss()
        kept = wait_css(browser, "#view p.empty[role='alert']")[0].text
        assert kept == "Chưa thay thế: thông báo đang dùng được giữ nguyên."
        stored = get(base_url, f"/meetings/{meeting}")["meeting"]["directives"][0]["text"]
        assert "20/02/2025" in stored
        _upload_in_page(browser, base_url, second)
        WebDriverWait(browser, 120).until(lambda d: _alert_text(d))
        browser.switch_to.alert.accept()
        report = wait_css(browser, "#upload-report h2")[0].text
        screenshot(browser, "upload-replaced")
        assert report == "Đã thay bản cũ: v2.txt"
        stored = get(base_url, f"/meetings/{meeting}")["meeting"]["directives"][0]["text"]
        assert "25/02/2025" in stored
    finally:
        live.delete(base_url, meeting)


def _alert_text(driver: WebDriver) -> str | None:
    try:
        return driver.switch_to.alert.text
    except NoAlertPresentException:
        return None


def _many_themes() -> tuple[dict[str, object], dict[str, object]]:
    """A store's answers with 40 months of trends and 30 discovered themes (10 k notices give
    360 months and 240 themes): what the themes view must not draw all at once."""
    months = [f"{2024 + i // 12}-{i % 12 + 1:02d}" for i in range(40)]  # 2024-01 .. 2027-04
    trends = {"themes": [{"id": f"t{k}", "name": f"Chủ đề {k}", "meetings": 40,
                          "by_period": {m: k + 1 for m in months}} for k in range(3)]}
    discovered = {"themes": [{"id": f"d{k}", "label": f"nhóm {k}", "directives": 5,
                              "meetings": 3, "first_seen": "2025-01", "last_seen": "2025-03",
                              "by_period": {"2025-01": 2, "2025-03": 3}, "members": []}
                             for k in range(30)], "params": {}}
    return trends, discovered


def test_themes_draw_recent_months_and_discovered_themes_in_turn(browser: WebDriver,
                                                                  base_url: str) -> None:
    trends, discovered = _many_themes()
    browser.get(base_url + "/")
    wait_css(browser, "#view h1")
    browser.execute_script("""const [trends, discovered] = arguments; const real = window.fetch;
      const answer = (body) => new Response(JSON.stringify(body),
        {headers: {"content-type": "application/json"}});
      window.fetch = async (url, ...rest) => String(url).startsWith("/themes/discovered")
        ? answer(discovered) : String(url) === "/themes" ? answer(trends) : real(url, ...rest);
      location.hash = "#/themes";""", trends, discovered)
    WebDriverWait(browser, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR,
                                                                   "#discovered article")) > 0)
    bars = browser.find_elements(By.CSS_SELECTOR, "#themes .card:first-child rect")
    now = browser.execute_script("const d = new Date(); return `${d.getFullYear()}-"
                                 "${String(d.getMonth() + 1).padStart(2, '0')}`;")
    held = [m for m in trends["themes"][0]["by_period"] if m <= now] or list(  # type: ignore[index]
        trends["themes"][0]["by_period"])  # type: ignore[index]
    assert len(bars) == min(24, len(held))  # the latest months held by today
    assert len(browser.find_elements(By.CSS_SELECTOR, "#discovered article")) == 24
    browser.find_element(By.CSS_SELECTOR, "#discovered button.more").click()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#discovered article")) == 30
    assert not browser.find_element(By.CSS_SELECTOR, "#discovered button.more").is_displayed()
    browser.find_element(By.ID, "themes-all-months").click()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#themes .card:first-child rect")) == 40
