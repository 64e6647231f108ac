"""The explorer as an office uses it: loading states, Vietnamese errors, 1024 px, task lists,
exports, project history, the landing summary, the collapsed graph, offline /docs."""

from __future__ import annotations

from typing import cast

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tests.integration.browser.conftest import screenshot
from tests.integration.browser.test_explorer import text_of, wait_css

pytestmark = pytest.mark.browser
GATE = """const real = window.fetch;
window.chidaoGate = new Promise((r) => { window.chidaoOpen = r; });
window.fetch = async (...args) => { await window.chidaoGate; return real(...args); };"""


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
