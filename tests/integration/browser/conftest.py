"""One real app (uvicorn + create_app, embedded store, samples ingested) and one headless Chromium
(Debian chromium + chromedriver, no selenium-manager) for the whole session; for the test that runs
on both engines, a second app over a Neo4j server of its own (`engine_base_url`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.conftest import ENGINES
from tests.integration.browser import live

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[3] / "tests" / "artifacts"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi")


def need_chromium() -> None:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("chromium/chromedriver absent: apt-get install -y chromium chromium-driver")


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need_chromium()
    with live.serve(tmp_path_factory.mktemp("browser-store")) as url:
        yield url


@pytest.fixture(scope="session", params=ENGINES)
def engine_base_url(request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on each engine: the session's embedded one (`base_url`), or the same app and
    notices over a Neo4j server of its own (the Neo4j variant carries the `neo4j` marker)."""
    if request.param != "neo4j":
        yield request.getfixturevalue("base_url")
        return
    need_chromium()
    target = request.getfixturevalue("neo4j_servers")("browser")
    with live.serve(tmp_path_factory.mktemp("browser-neo4j"), store="neo4j", **target) as url:
        yield url


def chromium() -> Iterator[webdriver.Chrome]:
    """A headless Chromium with a fresh profile, quit (and the profile removed) on close."""
    os.environ["SE_OFFLINE"] = "true"
    profile = tempfile.mkdtemp(prefix="chidao-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def _session_browser() -> Iterator[webdriver.Chrome]:
    need_chromium()
    yield from chromium()


@pytest.fixture()
def browser(_session_browser: webdriver.Chrome) -> webdriver.Chrome:
    """The session's browser, on a blank page with the default window size."""
    _session_browser.get("about:blank")
    _session_browser.set_window_size(1280, 900)
    return _session_browser


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """Save the page under tests/artifacts/NAME.png (git-ignored) and return the path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
