from pathlib import Path

import pytest
from pydantic import ValidationError

from search_api.settings import Settings


def test_relative_data_dir_becomes_absolute(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    # The embedded server runs with its own cwd: a relative data dir would point elsewhere there.
    monkeypatch.chdir(tmp_path)
    cfg = Settings(data_dir=Path(".chidao")).store_config()
    assert cfg.data_dir == tmp_path / ".chidao" and cfg.data_dir.is_absolute()


def test_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIDAO_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    monkeypatch.setenv("CHIDAO_API_KEY", "k")
    s = Settings()
    cfg = s.store_config()
    assert (cfg.kind, cfg.neo4j_uri, cfg.neo4j_password) == ("neo4j", "bolt://db:7687", "s3cret")
    assert s.api_key is not None and s.api_key.get_secret_value() == "k"
    assert "s3cret" not in repr(s)


def test_the_engine_heap_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIDAO_ARCADEDB_HEAP", "4096m")
    assert Settings().store_config().arcadedb_heap == "4096m"
    monkeypatch.setenv("CHIDAO_ARCADEDB_HEAP", "lots")
    with pytest.raises(ValidationError, match="arcadedb_heap"):
        Settings()
