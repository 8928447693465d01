/* The operator console's few behaviours: the live socket, timers, keyboard shortcuts and the composer.
 *
 * The socket only says that something changed; this script turns each frame into a DOM event on <body>
 * ("console:inbox", "console:messages", ...) and the page's htmx attributes fetch the part again
 * (hx-trigger="console:inbox from:body"). After a reconnect everything is fetched again
 * ("console:resync"), so a frame lost while offline costs nothing. No build step.
 */
(() => {
  "use strict";

  const body = document.body;
  const userId = Number(body.dataset.userId || 0);
  const HEARTBEAT_MS = 20000; // the server keeps a viewer for 60 s (console/operator/presence.py)
  const CLOSE_FORBIDDEN = 4403;

  const fire = (name, detail) => body.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));

  // --- the socket ------------------------------------------------------------------------------------

  const live = document.querySelector("[data-live]");
  const liveLabel = live && live.querySelector("[data-live-label]");
  const setLive = (state, label) => {
    if (!live) return;
    live.dataset.state = state;
    liveLabel.textContent = label;
  };

  let socket = null;
  let retryMs = 1000;
  let heartbeat = null;
  let everConnected = false;

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}${body.dataset.socketPath || "/ws/console/"}`);
    socket.addEventListener("open", () => {
      retryMs = 1000;
      setLive("online", "Live");
      if (body.dataset.watch) {
        send({ type: "watch", conversation_id: body.dataset.watch });
        clearInterval(heartbeat);
        heartbeat = setInterval(() => send({ type: "heartbeat" }), HEARTBEAT_MS);
      }
      // Whatever changed while the socket was down is fetched again.
      if (everConnected) fire("console:resync", {});
      everConnected = true;
    });
    socket.addEventListener("message", (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      handle(frame);
    });
    socket.addEventListener("close", (event) => {
      clearInterval(heartbeat);
      if (event.code === CLOSE_FORBIDDEN) {
        setLive("closed", "No live updates");
        return;
      }
      setLive("reconnecting", "Reconnecting…");
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 15000);
    });
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  const approvalPage = document.querySelector("[data-approval-page]");

  function handle(frame) {
    switch (frame.type) {
      case "inbox":
        fire("console:inbox", frame);
        if (approvalPage && frame.kind === "approval" && frame.id === approvalPage.dataset.approval) {
          fire("console:approval-changed", frame);
        }
        break;
      case "conversation":
        if (frame.what === "messages") fire("console:messages", frame);
        else if (frame.what === "holder") fire("console:holder", frame);
        else if (frame.what === "notes") fire("console:notes", frame);
        break;
      case "alerts":
        // An alert fired or was acknowledged: alerts.js shows the toast, the badge and list refresh.
        fire("console:alerts", frame);
        break;
      case "presence":
      case "watching":
        showViewers(frame.conversation_id, frame.viewers || []);
        break;
      case "error":
        console.warn("console socket:", frame.code, frame.message);
        break;
      default:
        break;
    }
  }

  // --- presence ---------------------------------------------------------------------------------------

  function avatar(viewer) {
    const span = document.createElement("span");
    span.className = "avatar avatar--xs avatar--viewer";
    span.title = `${viewer.name} is viewing`;
    span.dataset.viewer = viewer.user_id;
    span.textContent = (viewer.name || "?").slice(0, 1).toUpperCase();
    return span;
  }

  function viewingText(names) {
    if (names.length === 0) return "";
    if (names.length === 1) return `${names[0]} is viewing`;
    if (names.length <= 3) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} are viewing`;
    return `${names.slice(0, 2).join(", ")} and ${names.length - 2} others are viewing`;
  }

  function showViewers(conversationId, viewers) {
    const others = viewers.filter((v) => v.user_id !== userId);
    document.querySelectorAll(`[data-viewers-for="${CSS.escape(conversationId)}"]`).forEach((cell) => {
      cell.replaceChildren(...others.map(avatar));
    });
    document.querySelectorAll(`[data-presence-for="${CSS.escape(conversationId)}"]`).forEach((box) => {
      box.querySelector(".presence-avatars").replaceChildren(...others.map(avatar));
      box.querySelector(".presence-text").textContent = viewingText(others.map((v) => v.name));
    });
  }

  // --- time: SLA timers, countdowns, ages, local clock times --------------------------------------------

  const now = () => Date.now() / 1000;

  function duration(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    const d = Math.floor(seconds / 86400);
    const h = Math.floor((seconds % 86400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    if (d > 0) return `${d}d ${h}h`;
    if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
    return `${m}:${String(s).padStart(2, "0")}`;
  }

  function shortAge(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    if (seconds < 60) return `${seconds}s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)}h`;
    return `${Math.floor(seconds / 86400)}d`;
  }

  function tick() {
    const t = now();
    document.querySelectorAll("[data-sla-start]").forEach((el) => {
      const start = Number(el.dataset.slaStart);
      const stop = el.dataset.slaStop ? Number(el.dataset.slaStop) : null;
      const limit = Number(el.dataset.slaSeconds) || 300;
      const elapsed = (stop || t) - start;
      el.textContent = duration(elapsed);
      // Amber from 60 % of the SLA, red past it; a claimed escalation's timer stops at the claim.
      const level = elapsed >= limit ? "breach" : elapsed >= 0.6 * limit ? "warn" : "ok";
      el.dataset.level = level;
      el.classList.toggle("is-stopped", Boolean(stop));
    });
    document.querySelectorAll("[data-expires-at]").forEach((el) => {
      const left = Number(el.dataset.expiresAt) - t;
      el.textContent = left <= 0 ? "expired" : (el.closest(".decision") ? "in " : "") + duration(left);
      el.dataset.level = left <= 600 ? "breach" : left <= 3600 ? "warn" : "ok";
    });
    document.querySelectorAll("[data-age-since]").forEach((el) => {
      el.textContent = shortAge(t - Number(el.dataset.ageSince));
    });
  }

  const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
  const dated = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

  function localTimes(root) {
    root.querySelectorAll("time[data-local-time]").forEach((el) => {
      const when = new Date(el.getAttribute("datetime"));
      if (Number.isNaN(when.getTime())) return;
      const today = when.toDateString() === new Date().toDateString();
      el.textContent = today && !el.hasAttribute("data-with-date") ? clock.format(when) : dated.format(when);
      el.title = when.toLocaleString();
    });
  }

  // --- the tab title: "(3) Inbox · Handrail" ---------------------------------------------------------

  function updateTitle() {
    const badge = document.querySelector("#waiting-badge [data-waiting-count]");
    const count = badge ? Number(badge.dataset.waitingCount || 0) : 0;
    const page = body.dataset.pageTitle || "Console";
    document.title = `${count > 0 ? `(${count}) ` : ""}${page} · Handrail`;
  }

  // --- the inbox: selection and shortcuts ---------------------------------------------------------------

  let selectedKey = sessionStorage.getItem("console:selected") || "";

  const rows = () => Array.from(document.querySelectorAll("[data-row]"));

  function select(row, scroll = true) {
    rows().forEach((r) => {
      r.classList.toggle("is-selected", r === row);
      r.setAttribute("aria-selected", r === row ? "true" : "false");
    });
    if (!row) return;
    selectedKey = row.dataset.key;
    sessionStorage.setItem("console:selected", selectedKey);
    if (scroll) row.scrollIntoView({ block: "nearest" });
  }

  function selected() {
    return rows().find((r) => r.dataset.key === selectedKey) || null;
  }

  function move(step) {
    const all = rows();
    if (!all.length) return;
    const index = all.indexOf(selected());
    const next = index < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, index + step));
    select(all[next]);
  }

  function restoreSelection() {
    const row = selected();
    if (row) select(row, false);
  }

  const isTyping = (target) =>
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

  let lastKey = "";
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.metaKey || event.altKey) return;
    if (event.ctrlKey) {
      if (event.key === "Enter" && event.target.matches("[data-composer-text]")) {
        event.preventDefault();
        sendComposer();
      }
      return;
    }
    if (event.key === "Escape") {
      closePopovers();
      if (event.target.matches("[data-composer-text]")) hideSuggestions();
      return;
    }
    if (isTyping(event.target)) return;
    const key = event.key;
    const chord = lastKey === "g" ? `g${key}` : "";
    lastKey = key;
    if (chord === "gi") {
      location.href = document.querySelector(".brand").getAttribute("href");
      return;
    }
    switch (key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "Enter": {
        const row = selected();
        if (row) location.href = row.dataset.href;
        break;
      }
      case "c": {
        const button = selected() && selected().querySelector("[data-claim]");
        const pageClaim = !document.querySelector("[data-row]") && document.querySelector("#conv-header [data-claim]");
        (button || pageClaim)?.click();
        break;
      }
      case "/": {
        const filter = document.querySelector("[data-filter-input]");
        if (filter) {
          event.preventDefault();
          filter.focus();
          filter.select();
        }
        break;
      }
      case "r":
      case "n": {
        const box = document.querySelector("[data-composer-text]");
        if (!box) break;
        event.preventDefault();
        setMode(key === "n" ? "note" : "reply");
        box.focus();
        break;
      }
      case "?": {
        const dialog = document.querySelector("[data-shortcuts]");
        if (dialog && !dialog.open) dialog.showModal();
        break;
      }
      default:
        break;
    }
  });

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest("[data-shortcuts-open]")) {
      document.querySelector("[data-shortcuts]")?.showModal();
      return;
    }
    if (target.closest("[data-dismiss]")) {
      target.closest(".alert")?.remove();
      return;
    }
    const insert = target.closest("[data-canned-insert]");
    if (insert) {
      insertCanned(insert.dataset.cannedInsert, false);
      closePopovers();
      return;
    }
    const row = target.closest("[data-row]");
    if (row && !target.closest("a, button, form")) select(row, false);
    // A click outside an open popover closes it.
    document.querySelectorAll("details.popover[open]").forEach((d) => {
      if (!d.contains(target)) d.open = false;
    });
  });

  function closePopovers() {
    document.querySelectorAll("details.popover[open]").forEach((d) => (d.open = false));
  }

  document.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit")) target.form.requestSubmit();
    if (target instanceof HTMLInputElement && target.name === "mode") setMode(target.value);
  });

  // --- the composer: reply / note, canned replies, send ------------------------------------------------

  // The mode a person picked (Reply / Internal note) survives the composer being redrawn, unless the
  // redraw changed whether they may reply (a claim: they came to reply; a hand-back: they no longer can).
  let chosenMode = null;
  let lastCanReply = null;

  function setMode(mode) {
    const radio = document.getElementById(mode === "note" ? "mode-note" : "mode-reply");
    if (!radio || radio.disabled) return;
    radio.checked = true;
    chosenMode = mode;
    applyMode();
  }

  function applyMode() {
    const composer = document.getElementById("composer");
    const box = composer && composer.querySelector("[data-composer-text]");
    if (!box) return;
    const note = document.getElementById("mode-note")?.checked;
    composer.dataset.mode = note ? "note" : "reply";
    box.placeholder = note ? box.dataset.placeholderNote : box.dataset.placeholderReply;
  }

  function restoreMode() {
    const state = document.querySelector("[data-composer-state]");
    if (!state) return;
    const canReply = state.dataset.canReply === "true";
    if (lastCanReply !== null && canReply !== lastCanReply) chosenMode = null;
    lastCanReply = canReply;
    if (chosenMode) setMode(chosenMode);
    applyMode();
  }

  function sendComposer() {
    const composer = document.getElementById("composer");
    if (!composer) return;
    const mode = composer.dataset.mode || "reply";
    const button = composer.querySelector(`[data-send="${mode}"]`);
    if (button && !button.disabled) button.click();
  }

  const canned = () => {
    const data = document.getElementById("canned-replies");
    try {
      return data ? JSON.parse(data.textContent) : [];
    } catch {
      return [];
    }
  };

  let suggestionIndex = 0;

  function slashToken(box) {
    // The "/word" just before the caret, at the start of the box or after a space.
    const before = box.value.slice(0, box.selectionStart);
    const match = before.match(/(^|\s)\/([\w-]*)$/);
    return match ? { query: match[2].toLowerCase(), start: before.length - match[2].length - 1 } : null;
  }

  function matches(query) {
    return canned().filter(
      (c) => c.shortcut.toLowerCase().startsWith(query) || c.title.toLowerCase().includes(query),
    );
  }

  function hideSuggestions() {
    const list = document.querySelector("[data-canned-suggest]");
    if (list) list.hidden = true;
  }

  function showSuggestions(box) {
    const list = document.querySelector("[data-canned-suggest]");
    if (!list) return;
    const token = slashToken(box);
    const found = token ? matches(token.query).slice(0, 6) : [];
    if (!found.length) {
      list.hidden = true;
      return;
    }
    suggestionIndex = Math.min(suggestionIndex, found.length - 1);
    list.replaceChildren(
      ...found.map((c, i) => {
        const li = document.createElement("li");
        li.setAttribute("role", "option");
        li.className = "canned-option" + (i === suggestionIndex ? " is-active" : "");
        li.dataset.cannedInsert = c.shortcut;
        const code = document.createElement("code");
        code.textContent = `/${c.shortcut}`;
        const title = document.createElement("span");
        title.textContent = c.title;
        li.append(code, title);
        return li;
      }),
    );
    list.hidden = false;
  }

  function insertCanned(shortcut, replaceToken = true) {
    const box = document.querySelector("[data-composer-text]");
    const reply = canned().find((c) => c.shortcut === shortcut);
    if (!box || !reply) return;
    const token = slashToken(box);
    const at = box.selectionStart;
    const start = replaceToken && token ? token.start : at;
    box.value = box.value.slice(0, start) + reply.text + box.value.slice(at);
    const caret = start + reply.text.length;
    box.focus();
    box.setSelectionRange(caret, caret);
    hideSuggestions();
  }

  document.addEventListener("input", (event) => {
    if (event.target.matches && event.target.matches("[data-composer-text]")) {
      suggestionIndex = 0;
      showSuggestions(event.target);
    }
  });

  document.addEventListener(
    "keydown",
    (event) => {
      const box = event.target;
      if (!(box instanceof HTMLTextAreaElement) || !box.matches("[data-composer-text]")) return;
      const list = document.querySelector("[data-canned-suggest]");
      if (!list || list.hidden) return;
      const options = Array.from(list.children);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        suggestionIndex = (suggestionIndex + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
        showSuggestions(box);
      } else if ((event.key === "Enter" && !event.ctrlKey) || event.key === "Tab") {
        event.preventDefault();
        event.stopPropagation();
        insertCanned(options[suggestionIndex].dataset.cannedInsert);
      }
    },
    true,
  );

  document.addEventListener("mousedown", (event) => {
    // Picked from the suggestion list: handled before the box loses focus.
    const option = event.target instanceof Element && event.target.closest("[data-canned-suggest] [data-canned-insert]");
    if (option) {
      event.preventDefault();
      insertCanned(option.dataset.cannedInsert);
    }
  });

  // --- htmx hooks: scroll, clear after send, re-apply state after swaps ---------------------------------

  let stickToBottom = true;
  const scroller = () => document.querySelector("[data-thread-scroll]");
  const nearBottom = (el) => el.scrollHeight - el.scrollTop - el.clientHeight < 80;

  body.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    if (target && target.id === "transcript" && scroller()) stickToBottom = nearBottom(scroller());
  });
  body.addEventListener("htmx:oobBeforeSwap", (event) => {
    const target = event.detail.target;
    if (target && target.id === "transcript" && scroller()) stickToBottom = nearBottom(scroller());
  });

  // A reply or note went through (2xx; a refusal comes back as 4xx and keeps the text): empty the box,
  // which is hx-preserve'd so swaps leave it alone. Heard on the request itself, not on htmx's
  // afterRequest: a push that re-renders the composer while the send is in flight (the conversation
  // changed hands a moment before) detaches the button, and an event on a detached element never
  // reaches the body, so the sent text stayed in the box, ready to be sent twice.
  body.addEventListener("htmx:beforeRequest", (event) => {
    const source = event.detail.elt;
    const xhr = event.detail.xhr;
    if (!(source instanceof Element) || !source.matches("[data-send]") || !xhr) return;
    xhr.addEventListener("loadend", () => {
      if (xhr.status < 200 || xhr.status >= 300) return;
      const box = document.querySelector("[data-composer-text]");
      if (box) box.value = "";
      const error = document.getElementById("composer-error");
      if (error) error.replaceChildren();
      stickToBottom = true;
    });
  });

  // Live parts are stable elements whose content is swapped (and out-of-band parts likewise), so the
  // element that was refreshed is the swap's target.
  function afterSwap(target) {
    if (!(target instanceof Element)) return;
    localTimes(target);
    tick();
    updateTitle();
    if (target.id === "transcript") {
      const el = scroller();
      if (el && stickToBottom) el.scrollTop = el.scrollHeight;
    }
    if (target.id === "inbox-list") restoreSelection();
    if (target.id === "composer") restoreMode();
  }
  body.addEventListener("htmx:afterSwap", (event) => afterSwap(event.detail.target));
  body.addEventListener("htmx:oobAfterSwap", (event) => afterSwap(event.detail.target));

  // --- start -------------------------------------------------------------------------------------------

  localTimes(document);
  tick();
  setInterval(tick, 1000);
  updateTitle();
  restoreSelection();
  restoreMode();
  const thread = scroller();
  if (thread) thread.scrollTop = thread.scrollHeight;
  // Success and info messages step aside after a while; errors stay until dismissed.
  setTimeout(() => document.querySelectorAll("#flash .alert--success, #flash .alert--info").forEach((a) => a.remove()), 8000);
  if ("WebSocket" in window) connect();
})();
