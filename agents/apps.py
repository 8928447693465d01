import logging
import threading

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


def warm_up() -> None:
    """Load the guards' tables and models, the embedding model and the desks' routers, so the first
    customer message of a process is not the one that waits for them (~8 s together on a CPU)."""
    from agents import embeddings
    from agents.definitions import all_agents
    from agents.guards import pipeline

    try:
        pipeline.warm_up()
        embeddings.load_model()
        for agent in all_agents():
            if agent.router is not None and hasattr(agent.router, "warm_up"):
                agent.router.warm_up()
    except Exception:  # a failed warm-up only means the first message loads what is missing
        logger.exception("warm-up failed; models load on first use")


class AgentsConfig(AppConfig):
    name = "agents"
    verbose_name = "Agent runtime"

    def ready(self) -> None:
        from agents.definitions import load_agent_modules

        load_agent_modules()
        if settings.HANDRAIL_WARM_UP:
            threading.Thread(target=warm_up, name="handrail-warm-up", daemon=True).start()
