"""Help-centre search (read) over the knowledge base (`agents.knowledge`).

The result is `{"passages": [{"title", "text", "score", "slug"}]}` with no "summary" when passages were
found: the offline model answers from the passages and cites their titles ("Sources: ..."), which a
summary would replace. The knowledge base's text is untrusted content: it informs the answer and can
never authorise an action.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.errors import ToolError
from agents.tools.base import ToolContext, tool

#: passages returned to the model; five ~100-word chunks stay well under the tool's size cap
SEARCH_RESULTS = 5
#: below this cosine a passage is noise for all-MiniLM-L6-v2 (the floor agents.knowledge.tools calibrated)
MIN_SCORE = 0.25


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
        from agents.knowledge.search import search
    except ModuleNotFoundError as exc:
        if exc.name != "agents.knowledge.search":
            raise
        # The knowledge base is an optional part of a deployment: without it, the model hears a typed
        # error and says it cannot search the help centre, rather than inventing a policy.
        raise ToolError("The help centre search is not available right now.", code="unavailable") from None
    hits = search(args.query, k=SEARCH_RESULTS, min_score=MIN_SCORE)
    if not hits:
        return {
            "summary": "I couldn't find a help-centre article about that. A person from our team can help.",
            "passages": [],
        }
    return {
        "passages": [
            {
                "title": h.article_title,
                "text": h.chunk_text,
                "score": round(float(h.score), 4),
                "slug": h.article_slug,
            }
            for h in hits
        ]
    }
