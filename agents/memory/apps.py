from django.apps import AppConfig


class MemoryConfig(AppConfig):
    name = "agents.memory"
    label = "memory"
    verbose_name = "Conversation state and user memory"
