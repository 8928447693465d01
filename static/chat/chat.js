/* The customer chat page: one WebSocket to /ws/chat/<id>/, messages drawn from the
   <template id="chat-message"> with textContent only, and a queue of unsent messages kept in
   sessionStorage so a reconnect or a reload loses nothing. The protocol is described in
   console/chat/__init__.py. No framework, no build step. */
(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("chat-config").textContent);
  const $ = (selector) => document.querySelector(selector);
  const log = $("[data-log]");
  const list = $("[data-messages]");
  const welcome = $("[data-welcome]");
  const truncatedNote = $("[data-truncated]");
  const typing = $("[data-typing]");
  const typingText = $("[data-typing-text]");
  const form = $("[data-composer]");
  const input = $("[data-input]");
  const sendButton = $("[data-send]");
  const hint = $("[data-hint]");
  const status = $("[data-status]");
  const statusText = $("[data-status-text]");
  const template = document.getElementById("chat-message");
  const banners = {};
  document.querySelectorAll("[data-banner]").forEach((el) => { banners[el.dataset.banner] = el; });

  // Backoff between reconnects (ms, with +-25% jitter so a server restart is not met by every tab at once).
  const RECONNECT_DELAYS = [500, 1000, 2000, 4000, 8000, 15000];
  // While an answer is expected from elsewhere (a manager's decision, a person), the page asks for new
  // messages this often.
  const SYNC_EVERY_MS = 10000;
  const STATUS_TEXT = { connecting: "Connecting…", online: "Online", reconnecting: "Reconnecting…", closed: "Offline" };

  const outboxKey = "handrail-chat-outbox:" + config.conversationId;
  let outbox = loadOutbox();
  let socket = null;
  let attempts = 0;
  let reconnectTimer = null;
  let syncTimer = null;
  let closedForGood = false;
  let lastId = 0;
  let conversation = { holder: "bot", approval_pending: false };
  let answerExpected = false; // an error notice said the answer comes later
  let handoffTicket = "";
  const streams = new Map(); // run id -> {seq, text, el, visible}
  const typingRuns = new Map(); // run id -> detail text
  const repliedRuns = new Set();
  const refusedRuns = new Set();

  // --- the queue of unsent messages --------------------------------------------------------
  function loadOutbox() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(outboxKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (error) {
      return [];
    }
  }

  function saveOutbox() {
    try {
      sessionStorage.setItem(outboxKey, JSON.stringify(outbox));
    } catch (error) {
      /* private mode: the queue lives as long as the page */
    }
  }

  function newClientId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // --- drawing -------------------------------------------------------------------------------
  function keepingScroll(draw) {
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 120;
    draw();
    if (nearBottom) log.scrollTop = log.scrollHeight;
  }

  function formatTime(iso) {
    const date = iso ? new Date(iso) : new Date();
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function newElement() {
    return template.content.firstElementChild.cloneNode(true);
  }

  function setMeta(li, { author = "", model = "", time = "", iso = "", note = "" }) {
    const parts = { ".msg-author": author, ".msg-model": model, ".msg-time": time, ".msg-status": note };
    for (const [selector, text] of Object.entries(parts)) {
      const el = li.querySelector(selector);
      el.textContent = text;
      el.hidden = !text;
    }
    if (iso) li.querySelector(".msg-time").dateTime = iso;
  }

  function setNote(li, note) {
    const el = li.querySelector(".msg-status");
    el.textContent = note;
    el.hidden = !note;
  }

  function fill(li, message) {
    li.className = "msg msg--" + message.role;
    li.dataset.id = String(message.id);
    if (message.run_id) li.dataset.runId = message.run_id;
    const refused = message.role === "assistant" && refusedRuns.has(message.run_id);
    if (refused) li.classList.add("msg--refused");
    li.querySelector(".msg-avatar").textContent = message.role === "human_agent" ? "S" : "H";
    li.querySelector(".msg-text").textContent = message.role === "assistant" ? message.body : message.text;
    const sources = li.querySelector(".msg-sources");
    sources.replaceChildren(
      ...(message.sources || []).map((title) => {
        const chip = document.createElement("li");
        chip.className = "source-chip";
        chip.textContent = title;
        chip.title = "Source: " + title;
        return chip;
      })
    );
    sources.hidden = !(message.sources && message.sources.length);
    setMeta(li, {
      author: message.author,
      model: message.model,
      time: formatTime(message.created_at),
      iso: message.created_at,
      note: refused ? "Can't help with this here" : "",
    });
  }

  // Stored messages in id order; unstored ones (sending, streaming, notices) after them.
  function place(li, id) {
    for (const other of list.children) {
      if (other === li) continue;
      const otherId = Number(other.dataset.id || 0);
      if (!otherId || otherId > id) {
        if (li.nextSibling !== other) list.insertBefore(li, other);
        return;
      }
    }
    if (li.parentNode !== list || list.lastElementChild !== li) list.appendChild(li);
  }

  function upsertMessage(message) {
    let li = list.querySelector(`[data-id="${Number(message.id)}"]`);
    if (!li) li = newElement();
    fill(li, message);
    place(li, message.id);
    if (message.id > lastId) {
      lastId = message.id;
      if (message.role !== "customer") answerExpected = false;
    }
    if (message.run_id && message.role !== "customer") {
      repliedRuns.add(message.run_id);
      dropStream(message.run_id);
    }
    return li;
  }

  function addPending(item) {
    const li = newElement();
    li.className = "msg msg--customer msg--pending";
    li.dataset.clientId = item.client_id;
    li.querySelector(".msg-text").textContent = item.text;
    setMeta(li, { author: "You", note: "Sending…" });
    list.appendChild(li);
  }

  function pendingFor(clientId) {
    return Array.from(list.querySelectorAll("[data-client-id]")).find((li) => li.dataset.clientId === clientId);
  }

  function addNotice(text) {
    const li = newElement();
    li.className = "msg msg--notice";
    li.querySelector(".msg-text").textContent = text;
    setMeta(li, { time: formatTime() });
    list.appendChild(li);
  }

  function drawStream(runId, stream) {
    if (!stream.el) {
      stream.el = newElement();
      stream.el.className = "msg msg--assistant msg--streaming";
      stream.el.dataset.stream = runId;
      setMeta(stream.el, { author: "Assistant" });
      list.appendChild(stream.el);
    }
    stream.el.querySelector(".msg-text").textContent = stream.text;
    stream.el.hidden = !stream.text;
  }

  function dropStream(runId) {
    const stream = streams.get(runId);
    if (stream && stream.el) stream.el.remove();
    streams.delete(runId);
    typingRuns.delete(runId);
  }

  function refreshTyping() {
    let detail = null;
    for (const [runId, text] of typingRuns) {
      const stream = streams.get(runId);
      if (!stream || !stream.visible || !stream.text) detail = text || detail || "";
    }
    typing.hidden = detail === null;
    typingText.textContent = detail || "Assistant is typing…";
  }

  function refreshWelcome() {
    welcome.hidden = list.children.length > 0;
  }

  function refreshBanners() {
    banners.approval.hidden = !conversation.approval_pending;
    const held = conversation.holder && conversation.holder !== "bot";
    banners.handoff.hidden = !held && !handoffTicket;
    let text = "A person from our team will take over this conversation.";
    if (conversation.holder === "human") text = "You're chatting with a person from our team.";
    else if (conversation.holder === "human_queue") text = "A person from our team will take over shortly.";
    if (handoffTicket) text += " Your ticket: " + handoffTicket + ".";
    banners.handoff.querySelector("[data-banner-text]").textContent = text;
  }

  function redraw(draw) {
    keepingScroll(() => {
      draw();
      refreshTyping();
      refreshWelcome();
      refreshBanners();
    });
    refreshSync();
  }

  // --- events from the server ------------------------------------------------------------------
  const handlers = {
    history(event) {
      for (const message of event.messages) upsertMessage(message);
      if (event.state) conversation = event.state;
      if (event.after === null || event.after === undefined) {
        truncatedNote.hidden = !event.truncated;
        // Streams in progress: the snapshot replaces what this tab had; a stream the server no
        // longer has ended while we were away (its reply is in the history or comes by sync).
        const live = new Set();
        for (const snapshot of event.streaming || []) {
          if (repliedRuns.has(snapshot.run_id)) continue;
          live.add(snapshot.run_id);
          const stream = streams.get(snapshot.run_id) || { el: null };
          Object.assign(stream, { seq: snapshot.seq, text: snapshot.text, visible: true });
          streams.set(snapshot.run_id, stream);
          typingRuns.set(snapshot.run_id, typingRuns.get(snapshot.run_id) || "");
          drawStream(snapshot.run_id, stream);
        }
        for (const runId of Array.from(streams.keys())) if (!live.has(runId)) dropStream(runId);
      }
    },
    ack(event) {
      outbox = outbox.filter((item) => item.client_id !== event.client_id);
      saveOutbox();
      const pending = pendingFor(event.client_id);
      const stored = list.querySelector(`[data-id="${Number(event.message.id)}"]`);
      if (pending && !stored) {
        delete pending.dataset.clientId;
        fill(pending, event.message);
        place(pending, event.message.id);
        lastId = Math.max(lastId, event.message.id);
      } else {
        if (pending) pending.remove();
        upsertMessage(event.message);
      }
    },
    message(event) {
      upsertMessage(event.message);
    },
    state(event) {
      // Who answers changed: a person took the chat over, or gave it back to the assistant.
      conversation = event.state;
      if (conversation.holder === "bot") handoffTicket = "";
    },
    typing(event) {
      if (event.active && !repliedRuns.has(event.run_id)) typingRuns.set(event.run_id, event.detail || "");
      else typingRuns.delete(event.run_id);
    },
    delta(event) {
      if (repliedRuns.has(event.run_id)) return;
      let stream = streams.get(event.run_id);
      if (!stream) {
        // Joined mid-answer without a snapshot (another server process streams it): show the
        // typing dots rather than half a sentence; the reply brings the whole text.
        stream = { seq: 0, text: "", el: null, visible: event.seq === 1 };
        streams.set(event.run_id, stream);
      }
      if (event.seq <= stream.seq) return; // already in the snapshot
      stream.seq = event.seq;
      stream.text += event.text;
      if (!typingRuns.has(event.run_id)) typingRuns.set(event.run_id, "");
      if (stream.visible) drawStream(event.run_id, stream);
    },
    reset(event) {
      if (repliedRuns.has(event.run_id)) return;
      const stream = streams.get(event.run_id) || { seq: 0, el: null };
      if (event.seq <= stream.seq) return;
      Object.assign(stream, { seq: event.seq, text: "", visible: true });
      streams.set(event.run_id, stream);
      drawStream(event.run_id, stream);
    },
    reply(event) {
      repliedRuns.add(event.run_id);
      dropStream(event.run_id);
      if (event.message) upsertMessage(event.message);
      if (event.state) conversation = event.state;
    },
    notice(event) {
      if (event.kind === "approval") {
        conversation.approval_pending = true;
      } else if (event.kind === "handoff") {
        if (event.ticket) handoffTicket = event.ticket;
        if (conversation.holder === "bot") conversation.holder = event.holder || "human_queue";
      } else if (event.kind === "refused") {
        refusedRuns.add(event.run_id);
        list.querySelectorAll(".msg--assistant[data-run-id]").forEach((li) => {
          if (li.dataset.runId !== event.run_id) return;
          li.classList.add("msg--refused");
          setNote(li, "Can't help with this here");
        });
      } else {
        answerExpected = true;
        addNotice(event.text);
      }
    },
    error(event) {
      const item = event.client_id && outbox.find((queued) => queued.client_id === event.client_id);
      if (item && event.retryable) {
        // A rate limit says when to try again, and the customer reads why the message waits.
        const wait = event.retry_after ? Math.min(event.retry_after, 120) * 1000 : 2000;
        if (event.code === "rate_limited") showHint(event.message, false);
        setTimeout(() => {
          if (event.code === "rate_limited") showHint("", false);
          transmit(item);
        }, wait);
      } else if (event.client_id) {
        outbox = outbox.filter((queued) => queued.client_id !== event.client_id);
        saveOutbox();
        const pending = pendingFor(event.client_id);
        if (pending) {
          pending.classList.remove("msg--pending");
          pending.classList.add("msg--failed");
          setNote(pending, "Not sent: " + event.message);
        }
      } else if (event.code === "not_found" || event.code === "signed_out") {
        banners.closed.querySelector("[data-banner-text]").textContent =
          "This conversation is not available here. Go back to your chat to continue.";
      } else {
        showHint(event.message, true);
      }
    },
  };

  function onEvent(raw) {
    let event;
    try {
      event = JSON.parse(raw);
    } catch (error) {
      return;
    }
    const handler = handlers[event && event.type];
    if (handler) redraw(() => handler(event));
  }

  // --- the socket -------------------------------------------------------------------------------
  function setStatus(state) {
    status.dataset.state = state;
    statusText.textContent = STATUS_TEXT[state];
  }

  function connect() {
    clearTimeout(reconnectTimer);
    if (socket || closedForGood) return;
    setStatus(attempts ? "reconnecting" : "connecting");
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(scheme + "//" + location.host + config.socketPath);
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      setStatus("online");
      banners.connection.hidden = true;
    };
    ws.onmessage = (message) => {
      onEvent(message.data);
      // After the history (the first event) the queue goes out: a reconnect resends what was not
      // acknowledged, and the server stores each client id once.
      if (!ws.historyReceived) {
        ws.historyReceived = true;
        outbox.forEach(transmit);
      }
    };
    ws.onclose = (closed) => {
      if (socket === ws) socket = null;
      if (closed.code === 4401) {
        location.href = config.homeUrl;
      } else if (closed.code === 4404) {
        closedForGood = true;
        setStatus("closed");
        banners.connection.hidden = true;
        banners.closed.hidden = false;
        input.disabled = true;
        updateSendButton();
      } else {
        scheduleReconnect();
      }
    };
  }

  function refreshConnectionBanner() {
    const queued = outbox.length ? " Your messages are kept and will be sent." : "";
    banners.connection.querySelector("[data-banner-text]").textContent = "Connection lost. Reconnecting…" + queued;
  }

  function scheduleReconnect() {
    const base = RECONNECT_DELAYS[Math.min(attempts, RECONNECT_DELAYS.length - 1)];
    attempts += 1;
    setStatus("reconnecting");
    refreshConnectionBanner();
    banners.connection.hidden = false;
    reconnectTimer = setTimeout(connect, base * (0.75 + Math.random() * 0.5));
  }

  function transmit(item) {
    if (socket && socket.readyState === WebSocket.OPEN && socket.historyReceived) {
      socket.send(JSON.stringify({ type: "message", text: item.text, client_id: item.client_id }));
    }
  }

  function sync() {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "sync", after: lastId }));
    }
  }

  function refreshSync() {
    const waiting = conversation.approval_pending || conversation.holder !== "bot" || answerExpected;
    if (waiting && !syncTimer) syncTimer = setInterval(sync, SYNC_EVERY_MS);
    if (!waiting && syncTimer) {
      clearInterval(syncTimer);
      syncTimer = null;
    }
  }

  // --- the composer -----------------------------------------------------------------------------
  function showHint(text, isError) {
    hint.textContent = text || "";
    hint.classList.toggle("is-error", Boolean(isError));
  }

  function characters(text) {
    return Array.from(text).length; // code points, as the server counts them
  }

  function updateSendButton() {
    const count = characters(input.value.trim());
    sendButton.disabled = closedForGood || count === 0 || count > config.maxChars;
    if (count > config.maxChars) {
      showHint(`${count} / ${config.maxChars} characters: please shorten your message.`, true);
    } else if (count > config.maxChars * 0.8) {
      showHint(`${count} / ${config.maxChars} characters`, false);
    } else {
      showHint("");
    }
  }

  function autosize() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 2, 140) + "px";
  }

  function send(raw) {
    const text = raw.trim();
    if (!text || closedForGood) return;
    if (characters(text) > config.maxChars) {
      updateSendButton();
      return;
    }
    const item = { client_id: newClientId(), text };
    outbox.push(item);
    saveOutbox();
    redraw(() => addPending(item));
    log.scrollTop = log.scrollHeight;
    input.value = "";
    autosize();
    updateSendButton();
    refreshConnectionBanner();
    transmit(item);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value);
    input.focus();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(input.value);
    }
  });
  input.addEventListener("input", () => {
    autosize();
    updateSendButton();
  });
  document.querySelectorAll(".suggestion").forEach((button) => {
    button.addEventListener("click", () => send(button.textContent));
  });
  window.addEventListener("online", () => {
    attempts = 0;
    connect();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible") return;
    if (socket) sync();
    else connect();
  });

  // --- start: the history the page was rendered with, then the socket ---------------------------
  redraw(() => {
    handlers.history({ messages: config.messages, state: config.state, truncated: config.truncated, after: null, streaming: [] });
    for (const item of outbox) if (!pendingFor(item.client_id)) addPending(item);
  });
  log.scrollTop = log.scrollHeight;
  updateSendButton();
  connect();
})();
