"""Fixtures for tests that talk to the simulated LLM server over real HTTP.

Use them with `pytest_plugins = ["tests.fixtures_simulator"]` in a test module (or in the root
conftest, to share them): `simulator` is a running SimulatorServer on a free port; `simulated_llm`
also points ANTHROPIC_* and OPENAI_* settings at it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.simulator import SimulatorServer

ANTHROPIC_TEST_KEY = "sk-ant-simulated"
OPENAI_TEST_KEY = "sk-simulated"


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    server = SimulatorServer().start_in_thread()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def simulated_llm(simulator: SimulatorServer, settings) -> SimulatorServer:
    settings.ANTHROPIC_API_KEY = ANTHROPIC_TEST_KEY
    settings.ANTHROPIC_BASE_URL = simulator.anthropic_base_url
    settings.OPENAI_API_KEY = OPENAI_TEST_KEY
    settings.OPENAI_BASE_URL = simulator.openai_base_url
    return simulator
