"""Group-committed checkpoints: a batch is one transaction, and a run whose lease moved to another
worker is refused alone, with none of its rows written."""

import pytest

from agents import actions
from agents.checkpoints import Checkpoint, LeaseLost, StepRecord, lease_expiry, write_checkpoints
from agents.models import Conversation, Message, Run, RunStep


def claimed_run(owner: str) -> Run:
    conversation = Conversation.objects.create(agent_name="t-two-calls")
    intake = actions.do_post_customer_message(conversation, "hello", owner=owner)
    return intake.run


def checkpoint(run: Run, owner: str, *, final: bool = False) -> Checkpoint:
    fields = {"step_count": 1, "tokens_in": 7, "lease_expires_at": lease_expiry()}
    if final:
        fields |= {"status": "completed", "final_text": "bye"}
    return Checkpoint(
        run_id=run.pk,
        conversation_id=run.conversation_id,
        owner=owner,
        run_fields=fields,
        steps=[StepRecord(0, "model", {"text": "bye" if final else "", "tool_calls": []})],
        reply=("assistant", "bye") if final else None,
    )


@pytest.mark.django_db
def test_a_batch_writes_every_checkpoint_but_the_one_whose_lease_was_lost():
    kept, stolen, finished = claimed_run("w1"), claimed_run("w1"), claimed_run("w1")
    Run.objects.filter(pk=stolen.pk).update(lease_owner="w2")  # another worker took it over

    results = write_checkpoints(
        [checkpoint(kept, "w1"), checkpoint(stolen, "w1"), checkpoint(finished, "w1", final=True)]
    )

    assert results[0] is None
    assert isinstance(results[1], LeaseLost)
    assert results[2] is None
    assert RunStep.objects.filter(run=kept).count() == 1
    assert RunStep.objects.filter(run=stolen).count() == 0
    assert Run.objects.get(pk=stolen.pk).tokens_in == 0
    assert (Run.objects.get(pk=kept.pk).step_count, Run.objects.get(pk=kept.pk).tokens_in) == (1, 7)
    done = Run.objects.get(pk=finished.pk)
    assert (done.status, done.final_text) == ("completed", "bye")
    assert Message.objects.get(run=finished, role="assistant").text == "bye"


@pytest.mark.django_db
def test_a_lost_lease_alone_is_refused():
    run = claimed_run("w1")
    assert isinstance(write_checkpoints([checkpoint(run, "intruder")])[0], LeaseLost)
    assert RunStep.objects.filter(run=run).count() == 0
