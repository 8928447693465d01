/* Alerts on every console page: when the socket says one fired (console.js turns the frame into a
 * "console:alerts" event on <body>), the toast is fetched from the server (rendered like every other part,
 * behind the same door) and stacked top right, newest first. The count next to "Alerts" refreshes itself
 * (hx-trigger="console:alerts from:body"). Critical toasts stay until dismissed; warnings step aside after a
 * minute: the alerts page keeps them all.
 */
(() => {
  "use strict";

  const MAX_TOASTS = 5;
  const WARNING_MS = 60000;
  const box = document.getElementById("alert-toasts");
  if (!box) return;

  const seen = new Set();

  function toastUrl(id) {
    return box.dataset.toastUrl.replace(/\/0\/toast\/$/, `/${id}/toast/`);
  }

  // fetch, not htmx.ajax: several alerts fire together, and htmx lets one request per target through.
  async function show(id) {
    if (!/^\d{1,18}$/.test(id) || seen.has(id)) return;
    seen.add(id);
    let response;
    try {
      response = await fetch(toastUrl(id), { headers: { "HX-Request": "true" }, credentials: "same-origin" });
    } catch {
      seen.delete(id);
      return;
    }
    if (!response.ok) return; // signed out or no longer there: the alerts page has it
    const template = document.createElement("template");
    template.innerHTML = (await response.text()).trim();
    const toast = template.content.firstElementChild;
    if (!toast) return;
    box.prepend(toast);
    if (window.htmx) window.htmx.process(toast);
    if (toast.dataset.severity !== "critical") setTimeout(() => toast.remove(), WARNING_MS);
    Array.from(box.children).slice(MAX_TOASTS).forEach((old) => old.remove());
  }

  document.body.addEventListener("console:alerts", (event) => {
    const frame = event.detail || {};
    if (frame.change === "fired") show(String(frame.id || ""));
    if (frame.change === "acknowledged") box.querySelector(`[data-alert-id="${CSS.escape(String(frame.id))}"]`)?.remove();
  });

  box.addEventListener("click", (event) => {
    const close = event.target instanceof Element && event.target.closest("[data-toast-dismiss]");
    if (close) close.closest("[data-alert-id]")?.remove();
  });
})();
