"""Provider registry: `build_provider("anthropic:claude-...")` returns a configured provider.

Each provider lives in its own module and is imported only when a chain uses it.
"""

from importlib import import_module

from agents.errors import HandrailError
from agents.providers.base import Provider

PROVIDER_CLASSES = {
    "anthropic": "agents.providers.anthropic.AnthropicProvider",
    "openai": "agents.providers.openai.OpenAIProvider",
    "openai-compatible": "agents.providers.openai.OpenAICompatibleProvider",
    "offline": "agents.providers.offline.OfflineProvider",
    "scripted": "agents.providers.scripted.ScriptedProvider",
}


class ProviderConfigError(HandrailError):
    code = "provider_config"


def parse_chain_entry(entry: str) -> tuple[str, str]:
    """ "openai:gpt-4o-mini" -> ("openai", "gpt-4o-mini"). The model part may itself hold colons."""
    kind, sep, model = entry.strip().partition(":")
    if not sep or not kind or not model:
        raise ProviderConfigError(f"model chain entry {entry!r} must look like provider:model")
    if kind not in PROVIDER_CLASSES:
        known = ", ".join(sorted(PROVIDER_CLASSES))
        raise ProviderConfigError(f"unknown provider {kind!r} in {entry!r}; known: {known}")
    return kind, model


def build_provider(entry: str) -> Provider:
    kind, model = parse_chain_entry(entry)
    module_path, _, class_name = PROVIDER_CLASSES[kind].rpartition(".")
    provider_class = getattr(import_module(module_path), class_name)
    return provider_class(model)
