"""Reviews: escalations, approvals UI, takeovers, QA and evals (later issues)."""
