"""Settings are validated once, from the environment, with the setting named in the error."""

import pytest

from argkg.config import Settings
from argkg.errors import InputError


@pytest.mark.parametrize(
    "uri", ["bolt://127.0.0.1:7687", "neo4j://localhost", "neo4j+s://graph.example.org:7687"]
)
def test_bolt_uris_are_accepted(uri: str) -> None:
    assert Settings.from_env(neo4j_uri=uri).neo4j_uri == uri


@pytest.mark.parametrize("uri", ["notauri", "http://127.0.0.1:7474", "bolt://a b", "bolt://host/path?x=1"])
def test_other_uris_are_refused_naming_the_setting(uri: str) -> None:
    with pytest.raises(InputError, match="invalid setting neo4j_uri"):
        Settings.from_env(neo4j_uri=uri)


@pytest.mark.parametrize("name", ["a\nb", "", "1db", "db name"])
def test_database_names_that_could_break_the_conf_are_refused(name: str) -> None:
    with pytest.raises(InputError, match="invalid setting neo4j_database"):
        Settings.from_env(neo4j_database=name)


def test_environment_is_read_and_overrides_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGKG_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_DATABASE", "argdb")
    settings = Settings.from_env(store="embedded")
    assert (settings.store, settings.neo4j_database) == ("embedded", "argdb")
