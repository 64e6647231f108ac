"""The explorer page driven in real headless Chromium."""

from __future__ import annotations

from typing import cast

import pytest
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.integration.browser.conftest import screenshot
from tests.integration.browser.fixture_api import HOSTILE

pytestmark = pytest.mark.browser


def wait_css(driver: WebDriver, css: str) -> list[WebElement]:
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, css))
    return driver.find_elements(By.CSS_SELECTOR, css)


def test_search_shows_results_with_highlighted_terms(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/")
    box = wait_css(browser, "#q")[0]
    box.send_keys("giải ngân cao tốc")
    browser.find_element(By.CSS_SELECTOR, "#search-form button").click()
    cards = wait_css(browser, "#results .result")
    screenshot(browser, "search")
    assert len(cards) == 2
    marks = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "#results mark")]
    assert "giải" in marks and "cao" in marks
    assert cards[0].find_element(By.CSS_SELECTOR, "a.chip.lead").text == "Sở Tài chính"


def test_open_result_highlights_paragraph_in_notice(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/search?q=" + "giải ngân")
    link = wait_css(browser, "#results .result[data-id='d3'] a.open-notice")[0]
    link.click()
    target = wait_css(browser, "article.directive.highlight")
    screenshot(browser, "notice")
    assert [t.get_attribute("id") for t in target] == ["d3"]
    assert "hoàn thành giải phóng mặt bằng" in target[0].text


def node_count(driver: WebDriver) -> int:
    return cast(
        int, driver.execute_script("return window.chidaoCy ? window.chidaoCy.nodes().length : 0")
    )


def test_graph_node_expands_neighbours(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/graph/m-2026-01")
    WebDriverWait(browser, 20).until(lambda d: node_count(d) > 0)
    before = node_count(browser)
    browser.execute_script("window.chidaoCy.getElementById('d3').emit('tap')")
    WebDriverWait(browser, 20).until(lambda d: node_count(d) > before)
    screenshot(browser, "graph")
    assert node_count(browser) > before
    assert "Chỉ đạo" in browser.find_element(By.ID, "side").text


def test_agency_timeline_groups_by_month_with_status(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/agency/a-stc")
    months = wait_css(browser, "#timeline section.month")
    screenshot(browser, "agency")
    assert [m.find_element(By.TAG_NAME, "h2").text for m in months] == [
        "Tháng 06/2025",
        "Tháng 01/2026",
    ]
    statuses = [s.text for s in browser.find_elements(By.CSS_SELECTOR, "#timeline .status")]
    assert statuses == ["Quá hạn", "Đang thực hiện", "Không thời hạn"]


def test_project_thread_shows_word_diff(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/project/p-cao-toc")
    inserted = wait_css(browser, ".thread ins")
    screenshot(browser, "project")
    assert "Tiếp" in [i.text for i in inserted]
    assert (
        browser.find_elements(By.CSS_SELECTOR, ".thread .occurrence")[0].find_elements(
            By.TAG_NAME, "ins"
        )
        == []
    )


def test_themes_chart_renders_bars(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/themes")
    charts = wait_css(browser, "#themes svg.chart")
    screenshot(browser, "themes")
    assert len(charts) == 2
    heights = [
        int(r.get_attribute("height") or 0)
        for r in browser.find_elements(By.CSS_SELECTOR, "#themes rect")
    ]
    assert max(heights) == 60 and min(heights) == 0


def test_script_in_document_text_renders_as_text(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/meeting/m-2025-06")
    paragraph = wait_css(browser, "article#d2 p")[0]
    screenshot(browser, "escaping")
    assert paragraph.text == HOSTILE
    assert browser.execute_script("return window.pwned === undefined") is True
    assert browser.find_elements(By.CSS_SELECTOR, "#view script") == []


def test_graph_period_and_type_filters_hide_nodes(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url + "/#/graph/m-2026-01")
    WebDriverWait(browser, 20).until(lambda d: node_count(d) > 0)
    browser.execute_script("window.chidaoCy.getElementById('d3').emit('tap')")
    WebDriverWait(browser, 20).until(lambda d: node_count(d) > 2)
    browser.find_element(By.ID, "since").send_keys("2026-01\t")
    hidden = "return window.chidaoCy.getElementById(arguments[0]).hasClass('hidden')"
    WebDriverWait(browser, 20).until(lambda d: d.execute_script(hidden, "d1"))
    assert browser.execute_script(hidden, "d3") is False
    browser.find_element(By.CSS_SELECTOR, "input[data-type='Meeting']").click()
    assert browser.execute_script(hidden, "m-2026-01") is True
    screenshot(browser, "graph-filter")
