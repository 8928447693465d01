"""The default alert rules the product brief names: recoverable failures above 5% of runs, degraded answers
above 2%, any fatal failure, tokens per run or per agent-hour above twice the agent's baseline, a budget at
80% (tracing.alerts measures them).

Only rules that are missing are added (by name), and reversing leaves rules alone: an admin's edits are never
overwritten by a migration."""

from django.db import migrations

# name -> (metric, threshold, window_minutes, min_runs, cooldown_minutes)
# Rates need 20 runs in 15 minutes before they are judged: below that one failure is several percent.
# A fatal failure fires at once (no minimum), at most every 15 minutes; each one is also in the inbox.
# Token rules need 5 runs of the agent in the window; a spike is reported at most hourly per agent.
# A budget is the day's ledger (the window is not used): once per budget per day.
DEFAULT_RULES = {
    "Recoverable failure rate": ("recoverable_rate", 0.05, 15, 20, 30),
    "Degraded answer rate": ("degraded_rate", 0.02, 15, 20, 30),
    "Fatal failures": ("fatal_count", 0, 15, 0, 15),
    "Tokens per run spike": ("tokens_per_run", 2.0, 15, 5, 60),
    "Tokens per agent-hour spike": ("tokens_per_agent_hour", 2.0, 60, 5, 60),
    "Budget nearly used": ("budget_used", 0.8, 1440, 0, 1440),
}


def add_default_rules(apps, schema_editor):
    AlertRule = apps.get_model("tracing", "AlertRule")
    for name, (metric, threshold, window, min_runs, cooldown) in DEFAULT_RULES.items():
        AlertRule.objects.get_or_create(
            name=name,
            defaults={
                "metric": metric,
                "threshold": threshold,
                "window_minutes": window,
                "min_runs": min_runs,
                "cooldown_minutes": cooldown,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("tracing", "0005_seed_model_prices")]

    operations = [migrations.RunPython(add_default_rules, migrations.RunPython.noop)]
