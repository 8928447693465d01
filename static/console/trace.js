/* The run pages' few behaviours: fold and unfold a span's children, keep the picked span and the folds
 * when the live tree is redrawn (every 2 s while a run runs), j / k to move through the spans, and a
 * click anywhere on a row of the runs list opens that run. Loaded by console/runs.html and run.html. */
(() => {
  "use strict";

  // Folds a person chose, by span key (true: folded). The server's own choice applies to the rest.
  const folds = new Map();

  const rows = () => Array.from(document.querySelectorAll("[data-span]"));
  const rowOf = (key) => document.querySelector(`[data-span="${CSS.escape(key)}"]`);

  function applyFolds() {
    const all = rows();
    all.forEach((row) => {
      if (!folds.has(row.dataset.span)) return;
      const folded = folds.get(row.dataset.span);
      row.classList.toggle("is-collapsed", folded);
      row.querySelector("[data-toggle]")?.setAttribute("aria-expanded", folded ? "false" : "true");
    });
    const folded = new Set(all.filter((r) => r.classList.contains("is-collapsed")).map((r) => r.dataset.span));
    all.forEach((row) => {
      const ancestors = (row.dataset.ancestors || "").split(" ").filter(Boolean);
      row.hidden = ancestors.some((key) => folded.has(key));
    });
  }

  function selectedKey() {
    return document.querySelector("#span-detail [data-span-key]")?.dataset.spanKey || "";
  }

  function markSelected(key) {
    rows().forEach((row) => {
      const on = row.dataset.span === key;
      row.classList.toggle("is-selected", on);
      row.setAttribute("aria-selected", on ? "true" : "false");
    });
  }

  function pick(row) {
    if (!row) return;
    markSelected(row.dataset.span);
    row.querySelector(".span-link")?.click();
    row.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const toggle = target.closest("[data-toggle]");
    if (toggle) {
      event.preventDefault();
      const row = toggle.closest("[data-span]");
      folds.set(row.dataset.span, !row.classList.contains("is-collapsed"));
      applyFolds();
      return;
    }
    const link = target.closest(".span-link");
    if (link) {
      markSelected(link.closest("[data-span]").dataset.span);
      return;
    }
    const runRow = target.closest("tr[data-href]");
    if (runRow && !target.closest("a, button, input, select")) location.href = runRow.dataset.href;
  });

  const isTyping = (target) =>
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
    if (event.key !== "j" && event.key !== "k") return;
    const visible = rows().filter((row) => !row.hidden);
    if (!visible.length) return;
    const index = visible.findIndex((row) => row.dataset.span === selectedKey());
    const next = index < 0 ? 0 : Math.min(visible.length - 1, Math.max(0, index + (event.key === "j" ? 1 : -1)));
    if (next !== index) pick(visible[next]);
  });

  // The live tree was redrawn: the person's folds and the picked span stay as they were.
  document.body.addEventListener("htmx:afterSettle", () => {
    if (!document.querySelector("[data-trace-page]")) return;
    applyFolds();
    markSelected(selectedKey());
  });

  applyFolds();
})();
