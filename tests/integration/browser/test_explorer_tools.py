"""The explorer's working tools: the graph expanded one relationship type at a time, the query
words marked in the notice opened from a search, a notice's versions listed and restored."""

from __future__ import annotations

from typing import cast
from urllib.parse import quote, quote_plus

import httpx
import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.integration.browser import live
from tests.integration.browser.conftest import screenshot
from tests.integration.browser.test_explorer import get, text_of, wait_css
from tests.integration.browser.test_office import PREDECESSOR

pytestmark = pytest.mark.browser
JAN = "cao-bang-2026-01-thuong-ky"


def _edge_types(driver: WebDriver) -> list[str]:
    script = "return window.chidaoCy.edges().map((e) => e.data('type'))"
    return cast("list[str]", driver.execute_script(script))


def test_graph_expands_one_relationship_type(browser: WebDriver, base_url: str) -> None:
    meeting = get(base_url, f"/meetings/{JAN}")["meeting"]
    node = next(d["id"] for d in meeting["directives"] if d["lead"] and d["projects"])
    whole = get(base_url, f"/graph?node={quote(node)}&limit=2000")
    counts = {r["type"]: r["count"] for r in whole["relations"]}
    browser.get(f"{base_url}/#/graph/{quote(node)}?limit=1")
    buttons = wait_css(browser, "#graph-relations button[data-rel]")
    assert {str(b.get_attribute("data-rel")): b.text for b in buttons} == {
        t: f"{label} ({counts[t]})" for t, label in _labels(counts)}
    assert len(_edge_types(browser)) == 1  # the first page of all types: one relationship
    rel = next(t for t in sorted(counts, key=counts.__getitem__) if t not in _edge_types(browser))
    browser.find_element(By.CSS_SELECTOR, f"#graph-relations button[data-rel='{rel}']").click()
    WebDriverWait(browser, 30).until(lambda d: rel in _edge_types(d))
    screenshot(browser, "graph-by-type")
    assert _edge_types(browser).count(rel) == 1 and len(_edge_types(browser)) == 2
    if counts[rel] > 1:  # the cut names the type it was cut in
        want = f"Đang hiển thị 1 / {counts[rel]} quan hệ «{dict(_labels(counts))[rel]}» — xem thêm"
        assert text_of(browser, "#graph-more") == want


def _labels(counts: dict[str, int]) -> list[tuple[str, str]]:
    names = {"ISSUED": "Ban hành", "ASSIGNED_TO": "Giao việc (chủ trì, phối hợp)",
             "CONCERNS": "Về dự án", "ABOUT": "Chủ đề", "REPEATS": "Lặp lại",
             "CITES": "Căn cứ văn bản", "NEXT": "Kỳ họp trước/sau"}
    return [(t, names[t]) for t in counts]


# The marked stop words of the notice ("các", "và"), and those of them in no run of marked words
# that holds a content word (parted by spaces only).
STOP_MARKS = """
const stops = new Set(arguments[0]);
const run = (m, step) => { const out = []; let n = m[step];
  while (n && (n.nodeName === "MARK" || (n.nodeType === 3 && /^[ \u00a0]+$/.test(n.textContent)))) {
    if (n.nodeName === "MARK") out.push(n.textContent.toLowerCase()); n = n[step]; }
  return out; };
const marks = [...document.querySelectorAll("#view p mark")]
  .filter((m) => stops.has(m.textContent.toLowerCase()));
const lonely = marks.filter((m) => ![...run(m, "previousSibling"), ...run(m, "nextSibling")]
  .some((w) => !stops.has(w)));
return [marks.length, lonely.length];"""


def test_notice_opened_from_a_search_marks_the_query_words(browser: WebDriver,
                                                           base_url: str) -> None:
    query = "các cây cổ thụ và quỹ cây xanh"
    browser.get(base_url + "/#/search?q=" + quote(query))
    card = wait_css(browser, "#results .result")[0]
    result_id = str(card.get_attribute("data-id"))
    card.find_element(By.CSS_SELECTOR, "a.open-notice").click()
    target = wait_css(browser, "article.directive.highlight")[0]
    screenshot(browser, "notice-marked")
    assert target.get_attribute("id") == result_id
    marked = [m.text.lower() for m in target.find_elements(By.TAG_NAME, "mark")]
    assert {"các", "cây", "cổ", "thụ"} <= set(marked) <= set(query.split())
    everywhere = {m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "#view p mark")}
    assert everywhere <= set(query.split())  # the words, in every paragraph, and nothing else
    assert text_of(browser, "#marking") == f"Đánh dấu các từ tìm kiếm: “{query}” — bỏ đánh dấu"
    _stop_words_only_beside_content_words(browser)
    browser.find_element(By.CSS_SELECTOR, "#marking a").click()
    WebDriverWait(browser, 30).until(lambda d: not d.find_elements(By.ID, "marking"))
    wait_css(browser, "article.directive.highlight")
    assert browser.find_elements(By.CSS_SELECTOR, "#view article mark") == []


def _stop_words_only_beside_content_words(driver: WebDriver) -> None:
    """"các" is marked in "các cây cổ thụ", not in the notice's other forty "các"."""
    marks, lonely = cast("list[int]", driver.execute_script(STOP_MARKS, ["các", "và"]))
    texts = " ".join(p.text.lower() for p in driver.find_elements(By.CSS_SELECTOR, "#view p"))
    assert 0 < marks < texts.split().count("các") and lonely == 0


def test_a_repeated_task_is_one_search_result_with_its_months(browser: WebDriver,
                                                              base_url: str) -> None:
    query = "tháo gỡ vướng mắc giải phóng mặt bằng cao tốc Đồng Đăng - Trà Lĩnh"
    browser.get(base_url + "/#/search?q=" + quote(query))
    cards = wait_css(browser, "#results .result")
    grouped = get(base_url, f"/search?q={quote_plus(query)}&group=task")["results"]
    assert [c.get_attribute("data-id") for c in cards] == [r["id"] for r in grouped]
    occurrences = {r["id"]: r.get("occurrences") or [] for r in grouped}  # findings: none
    repeated = next(c for c in cards if len(occurrences[str(c.get_attribute("data-id"))]) > 1)
    screenshot(browser, "search-grouped")
    occ = occurrences[str(repeated.get_attribute("data-id"))]
    months = [f"Tháng {int(o['period'][5:])}/{o['period'][:4]}" for o in occ]
    links = repeated.find_elements(By.CSS_SELECTOR, ".months a")
    assert [a.text for a in links] == months
    assert repeated.find_element(By.CSS_SELECTOR, ".months").text == (
        f"Giao {len(occ)} kỳ họp: " + ", ".join(months))
    links[-1].click()
    assert wait_css(browser, "article.directive.highlight")[0].get_attribute("id") == occ[-1]["id"]


def _current(driver: WebDriver) -> str:
    row = driver.find_element(By.CSS_SELECTOR, "#versions tr.current")
    return str(row.get_attribute("data-sha"))


def _key(driver: WebDriver, key: str) -> None:
    field = driver.find_element(By.CSS_SELECTOR, "#versions input[name='key']")
    field.clear()
    field.send_keys(key)


def test_notice_versions_listed_and_one_restored(browser: WebDriver, base_url: str) -> None:
    first = live.upload(base_url, "v1.txt", PREDECESSOR.encode())
    meeting = str(first["meeting_id"])
    httpx.post(f"{base_url}/documents", params={"replace": "true"}, timeout=300,
               files={"file": ("v2.txt", PREDECESSOR.replace("20/02/2025", "25/02/2025").encode())},
               headers={"X-API-Key": live.KEY}).raise_for_status()
    try:
        kept = get(base_url, f"/meetings/{meeting}/versions")
        old = next(v["sha256"] for v in kept["versions"] if not v["current"])
        browser.get(f"{base_url}/#/meeting/{quote(meeting)}")
        wait_css(browser, "#versions summary")[0].click()
        rows = wait_css(browser, "#versions tbody tr")
        shas = [r.get_attribute("data-sha") for r in rows]
        assert shas == [v["sha256"] for v in kept["versions"]]
        assert _current(browser) == kept["current"] and "v2.txt" in rows[0].text + rows[1].text
        restore = f"#versions button[data-sha='{old}']"
        _key(browser, "not-the-key")
        browser.find_element(By.CSS_SELECTOR, restore).click()
        assert "v1.txt" in browser.switch_to.alert.text
        browser.switch_to.alert.dismiss()  # asked, declined: nothing sent
        browser.find_element(By.CSS_SELECTOR, restore).click()
        browser.switch_to.alert.accept()
        assert wait_css(browser, "#versions-status .error")[0].text == "Khóa API không đúng"
        assert get(base_url, f"/meetings/{meeting}/versions")["current"] == kept["current"]
        _key(browser, live.KEY)
        browser.find_element(By.CSS_SELECTOR, f"#versions button[data-sha='{old}']").click()
        browser.switch_to.alert.accept()
        done = wait_css(browser, "#versions-status .banner")[0]
        screenshot(browser, "notice-versions")
        assert done.text == "Đã khôi phục phiên bản này." and _current(browser) == old
        assert "20/02/2025" in (text_of(browser, "#view article.directive") or "")
        assert get(base_url, f"/meetings/{meeting}/versions")["current"] == old
    finally:
        live.delete(base_url, meeting)


HELD_SEARCH = """const real = window.fetch;
window.chidaoOpen = null;
const held = new Promise((r) => { window.chidaoOpen = r; });
window.fetch = async (path, ...rest) => {
  if (String(path).startsWith('/health')) {
    const body = await (await real(path, ...rest)).json();
    body.problems = ['index_building'];
    body.index_progress = {done: 50, total: 120};
    return new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}});
  }
  if (String(path).startsWith('/search')) await held;
  return real(path, ...rest);
};
location.hash = '#/search?q=' + encodeURIComponent('giải ngân');"""


def test_a_search_waiting_on_the_index_build_says_how_far_it_is(browser: WebDriver,
                                                                base_url: str) -> None:
    """The page's reading of /health's index_progress (the build itself: test_views): the search
    held back, /health answering as during a build."""
    browser.get(base_url + "/")
    wait_css(browser, "#view h1")
    browser.execute_script(HELD_SEARCH)
    WebDriverWait(browser, 30).until(
        lambda d: text_of(d, "#search-wait") == "Đang xây chỉ mục tìm kiếm: 50/120 phiên họp…")
    screenshot(browser, "search-index-building")
    browser.execute_script("window.chidaoOpen()")
    wait_css(browser, "#results .result")
    assert browser.find_elements(By.ID, "search-wait") == []


LANG_SON = live.ROOT / "tests" / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"


def test_landing_answers_for_the_province_chosen(browser: WebDriver, base_url: str) -> None:
    report = live.upload(base_url, LANG_SON.name, LANG_SON.read_bytes())
    try:
        browser.get(base_url + "/")
        wait_css(browser, "#overview #latest")
        options = [o.text for o in browser.find_elements(By.CSS_SELECTOR, "#province option")]
        assert options == ["Tất cả các tỉnh", "Cao Bằng", "Lạng Sơn"]
        Select(browser.find_element(By.ID, "province")).select_by_value("Lạng Sơn")
        WebDriverWait(browser, 30).until(lambda d: "province=" in d.current_url)
        WebDriverWait(browser, 60).until(
            lambda d: text_of(d, "#view h1") == "Thông báo kết luận của UBND tỉnh Lạng Sơn")
        wait_css(browser, "#overview #latest")
        WebDriverWait(browser, 60).until(
            lambda d: not d.execute_script("return document.body.classList.contains('busy')"))
        screenshot(browser, "landing-province")
        body = get(base_url, "/overview?province=" + quote("Lạng Sơn"))
        assert body["latest_meeting"]["id"] == report["meeting_id"]
        assert body["latest_meeting"]["title"] in (text_of(browser, "#latest") or "")
        listed = browser.find_elements(By.CSS_SELECTOR, "#meeting-list a")
        assert [a.get_attribute("href").split("#/meeting/")[1] for a in listed] == [
            quote(str(report["meeting_id"]))]
        twin = str(browser.find_element(By.ID, "json-twin").get_attribute("href"))
        assert twin.endswith("/overview?province=" + quote_plus("Lạng Sơn"))
    finally:
        live.delete(base_url, str(report["meeting_id"]))
