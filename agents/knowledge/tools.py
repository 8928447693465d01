"""The knowledge base as a tool: the executor's model decides when to look something up.

Retrieval is not run on every turn: a question about an order needs no help article, and passages
that are not needed cost tokens and distract the model. An agent lists `search_knowledge_base` among
its tools; the model calls it when the customer asks about a policy or how something works. An agent
that needs its own name, description or number of passages for the same search declares its own tool
and returns `search_passages(...)` (the demo shop's `search_help` does).

The result is a list of passages under "passages", each with the article's title: the offline model
(`agents.providers.offline`) answers from such passages and cites their titles, and the description
asks a real model to do the same.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.knowledge.search import search
from agents.tools.base import ToolContext, tool

#: passages handed to the model per search: enough to cover a question that spans two articles
PASSAGES = 4
#: below this cosine a passage is noise for all-MiniLM-L6-v2. On the demo help centre (bench/retrieval.py)
#: the right article's passage scored 0.49 or more (median 0.60) for customer questions; off-topic questions
#: ("capital of France", "hello", a poem) scored at most 0.20 against every chunk. 0.3 rather than a
#: floor nearer the noise (0.25 leaves 0.05 of margin): a stray passage above the floor is read as a fact
#: and answered from, while a weak extra passage dropped below it costs nothing when the right one
#: scores 0.49 or more. One floor for every agent that searches the knowledge base.
MIN_SCORE = 0.3
#: the result when no passage reaches the floor
NOT_FOUND = "I couldn't find a help article about that."


class KnowledgeQuery(BaseModel):
    query: str = Field(..., min_length=2, max_length=300, description="What the customer wants to know")


def search_passages(
    query: str, *, k: int = PASSAGES, min_score: float = MIN_SCORE, not_found: str = NOT_FOUND
) -> dict:
    """What a knowledge tool returns: `{"passages": [{"title", "text", "article", "score"}]}`, best first,
    or `{"summary": not_found, "passages": []}` when nothing scores `min_score`.

    A result with passages has no "summary": the offline model reads a summary out as the answer and
    would never cite the passages; a real model reads it as a fact. "title" and "text" are the fields
    the offline model answers from; "article" (the slug) and "score" are for the trace.
    """
    hits = search(query, k=k, min_score=min_score)
    if not hits:
        return {"summary": not_found, "passages": []}
    return {
        "passages": [
            {
                "title": hit.article_title,
                "text": hit.chunk_text,
                "article": hit.article_slug,
                "score": hit.score,
            }
            for hit in hits
        ]
    }


@tool(
    args=KnowledgeQuery,
    description="Search the help centre articles (shipping, returns, payment, warranty, account and other "
    "policies). Answer from the passages and cite the titles of the articles you used.",
    # 4 passages of up to ~120 words each, with titles, as JSON: about 4000 characters at most.
    max_chars=6000,
)
def search_knowledge_base(args: KnowledgeQuery, ctx: ToolContext) -> dict:
    return search_passages(args.query)
