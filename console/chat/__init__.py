"""The customer chat: a page a shop embeds (`/chat/`) talking to the runtime over a WebSocket.

Modules: `identity` (who is chatting: the demo sign-in kept in the session), `actions` (access checks
and the state changes the views and the consumer call), `turns` (a turn run as a task of its own,
streamed to every tab of the conversation through the channel layer), `presenters` (what the page
shows of a stored message), `protocol` (the socket's client frames, validated), `views`, `consumers`,
`routing`, `urls`.

The socket protocol, `/ws/chat/<conversation_id>/`, JSON text frames:

client -> server
  {"type": "message", "text": str, "client_id": uuid}   a customer message; resent with the same
                                                         client_id after a reconnect, stored once
  {"type": "sync", "after": int | null}                 the stored messages after that id again

server -> client
  history  {messages, truncated, state, streaming, after}  on connect (the newest 200) and on sync
  ack      {client_id, message, duplicate}      the message is stored (its id); duplicate: a resend
  message  {message}                            a stored message from another tab (or a person)
  typing   {run_id, active, detail}             the assistant is (no longer) working on an answer
  delta    {run_id, seq, text}                  a piece of the answer being streamed
  reset    {run_id, seq}                        drop what was streamed for that run so far
  reply    {run_id, message | null, run, state} the turn ended; `message` is the stored answer
  state    {state}                              who answers changed ({holder, approval_pending})
  notice   {kind, text, ...}                    kind: approval | handoff | error | refused
  error    {code, message, retryable, client_id?}  a frame was refused; the socket stays open
           (but for code not_found / signed_out on connect: the socket is then closed, 4404/4401)
"""
