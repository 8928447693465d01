"""Settings read from the environment: the spellings people type work, typos stop the process."""

import pytest

from console.environment import ConfigError, env_bool


@pytest.mark.parametrize("raw", ["true", "TRUE", "1", "yes", "On", " true "])
def test_true_spellings(monkeypatch, raw):
    monkeypatch.setenv("HANDRAIL_SOMETHING", raw)
    assert env_bool("HANDRAIL_SOMETHING", False) is True


@pytest.mark.parametrize("raw", ["false", "False", "0", "no", "OFF"])
def test_false_spellings(monkeypatch, raw):
    monkeypatch.setenv("HANDRAIL_SOMETHING", raw)
    assert env_bool("HANDRAIL_SOMETHING", True) is False


def test_unset_or_empty_is_the_default(monkeypatch):
    monkeypatch.delenv("HANDRAIL_SOMETHING", raising=False)
    assert env_bool("HANDRAIL_SOMETHING", True) is True
    monkeypatch.setenv("HANDRAIL_SOMETHING", "")
    assert env_bool("HANDRAIL_SOMETHING", False) is False


@pytest.mark.parametrize("raw", ["ture", "2", "y e s", "\u200btrue", "true; rm -rf /", "x" * 10_000])
def test_a_typo_stops_with_the_name_and_a_short_echo(monkeypatch, raw):
    monkeypatch.setenv("HANDRAIL_SOMETHING", raw)
    with pytest.raises(ConfigError) as error:
        env_bool("HANDRAIL_SOMETHING", False)
    assert "HANDRAIL_SOMETHING" in str(error.value) and len(str(error.value)) < 200
