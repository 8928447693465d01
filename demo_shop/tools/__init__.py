"""The demo shop's tools, one module per executor's tool set (orders, returns, account, help centre)."""
