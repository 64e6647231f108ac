"""Every setting is documented in the README's configuration table (datasette's habit)."""

from pathlib import Path

from pydantic import AliasChoices

from search_api.settings import Settings

README = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")


def _env_names(name: str) -> list[str]:
    alias = Settings.model_fields[name].validation_alias
    if isinstance(alias, AliasChoices):
        return [str(choice) for choice in alias.choices]
    return [f"CHIDAO_{name.upper()}"]


def test_every_setting_has_a_row_in_the_readme_table() -> None:
    rows = [line for line in README.splitlines() if line.startswith("| `")]
    missing = [env for name in Settings.model_fields for env in _env_names(name)
               if not any(f"`{env}`" in row for row in rows)]
    assert not missing, f"settings without a README row: {missing}"
