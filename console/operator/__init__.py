"""The operator console: the pages support agents and managers work in (`/console/`), and the socket
that keeps them live (`/ws/console/`).

Modules: `permissions` (the door: signed in, with a role), `queries` (what each page shows, in a fixed
number of queries), `presenters` (run steps, arguments and audit entries as people read them), `forms`
(inbox filters, the arguments form generated from a tool's schema), `presence` (who views what, in the
cache), `views`, `urls`, `consumers`, `routing`.

Pages are rendered on the server; htmx swaps the parts that change. The socket only says *that*
something changed; the page then fetches the part again over HTTP, where the role is checked as for
any page. State changes go through POST views (CSRF-protected) and their actions, never the socket.

The socket protocol, `/ws/console/`, JSON text frames:

client -> server
  {"type": "watch", "conversation_id": uuid}   this page shows that conversation: send its changes,
                                               and count me as viewing it (presence)
  {"type": "unwatch"}                          stop (the page moved on)
  {"type": "heartbeat"}                        every 20 s while watching: I am still here

server -> client
  hello         {user_id, name}                on connect, for a signed-in person with a console role
  inbox         {kind, id, conversation_id, change}   an escalation or approval arrived or moved on
  conversation  {conversation_id, what, ids?}  the watched conversation changed:
                                               what = messages | holder | notes
  presence      {conversation_id, viewers: [{user_id, name}]}   who views a conversation now
  watching      {conversation_id, viewers}     the watch frame was accepted
  error         {code, message}                a frame was refused; the socket stays open
Closed with 4403 on connect for anyone without the VIEW_CONSOLE capability (signed out included).
"""
