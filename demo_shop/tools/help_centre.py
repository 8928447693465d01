"""Help-centre search (read) over the knowledge base: the shared `agents.knowledge.tools.search_passages`
under the demo's own name, description and number of passages.

The result is `{"passages": [{"title", "text", "article", "score"}]}` with no "summary" when passages were
found: the offline model answers from the passages and cites their titles ("Sources: ..."), which a
summary would replace. The knowledge base's text is untrusted content: it informs the answer and can
never authorise an action.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.errors import ToolError
from agents.tools.base import ToolContext, tool

#: passages returned to the model (the shared default is 4): the demo's articles are two chunks each, so
#: five chunks span at least three articles, room for the right one when a neighbouring article ranks
#: first (bench/retrieval.py: every miss at rank 1 had the right article second)
SEARCH_RESULTS = 5
NOT_FOUND = "I couldn't find a help-centre article about that. A person from our team can help."


class HelpQuery(BaseModel):
    query: str = Field(..., min_length=2, max_length=300, description="What the customer wants to know")


@tool(
    args=HelpQuery,
    description="Search the help centre for shipping, returns, payment, warranty, account and privacy "
    "questions.",
    max_chars=6000,
)
def search_help(args: HelpQuery, ctx: ToolContext) -> dict:
    try:
        from agents.knowledge.tools import search_passages
    except ModuleNotFoundError as exc:
        if exc.name != "agents.knowledge" and not (exc.name or "").startswith("agents.knowledge."):
            raise  # the knowledge base is there and broken: that must not pass for "not installed"
        # The knowledge base is an optional part of a deployment: without it, the model hears a typed
        # error and says it cannot search the help centre, rather than inventing a policy.
        raise ToolError("The help centre search is not available right now.", code="unavailable") from None
    return search_passages(args.query, k=SEARCH_RESULTS, not_found=NOT_FOUND)
