/* The dashboard's charts: Chart.js (vendored, static/console/vendor/) draws the series the server
 * embedded with json_script (#dashboard-data). No inline script and no eval: this file and the data
 * element are all there is. One colour per quantity on every chart (cost is indigo wherever it is,
 * tokens are blues and teal, failures go from amber to red), so a colour means the same thing
 * all over the page. */
(() => {
  "use strict";

  const source = document.getElementById("dashboard-data");
  if (!source || typeof window.Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const Chart = window.Chart;

  const COLOURS = {
    cost: "#4f46e5",
    costSoft: "rgba(79, 70, 229, 0.85)",
    tokensIn: "#38bdf8",
    tokensCached: "#bae6fd",
    tokensOut: "#0f766e",
    tokens: "#7dd3fc",
    p50: "#a5b4fc",
    p95: "#4338ca",
    recoverable: "#f59e0b",
    degraded: "#ea580c",
    fatal: "#dc2626",
    input: "#64748b",
    untrusted: "#0d9488",
    output: "#8b5cf6",
    grid: "#eef2f6",
    ink: "#334155",
    muted: "#64748b",
  };

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = COLOURS.muted;
  Chart.defaults.borderColor = COLOURS.grid;
  // Figures, not a show: no animation (a chart is read at once, and screenshots are never mid-way).
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 10;
  Chart.defaults.plugins.legend.labels.boxHeight = 10;
  Chart.defaults.plugins.tooltip.backgroundColor = "#0f172a";
  Chart.defaults.plugins.tooltip.padding = 8;

  const number = new Intl.NumberFormat("en-US");
  const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

  function dollars(value) {
    if (value === 0) return "$0";
    if (Math.abs(value) < 0.01) return `$${value.toFixed(4)}`;
    if (Math.abs(value) < 10) return `$${value.toFixed(2)}`;
    return `$${compact.format(value)}`;
  }
  function ms(value) {
    return value >= 1000 ? `${Number((value / 1000).toFixed(1))} s` : `${number.format(value)} ms`;
  }
  function axisTitle(text) {
    return { display: true, text, color: COLOURS.muted, font: { size: 11, weight: "600" } };
  }

  const build = {
    costPerHour(series) {
      return {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: [{ label: "Cost ($)", data: series.cost, backgroundColor: COLOURS.costSoft, borderRadius: 2, maxBarThickness: 28 }],
        },
        options: {
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                title: (items) => series.titles[items[0].dataIndex],
                label: (item) => ` ${series.costText[item.dataIndex]}`,
              },
            },
          },
          scales: {
            x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0, autoSkipPadding: 14 } },
            y: { beginAtZero: true, title: axisTitle("$ per hour"), ticks: { callback: dollars } },
          },
        },
      };
    },

    hourOfDay(series) {
      return {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: [
            { type: "line", label: "Cost ($)", data: series.cost, yAxisID: "cost", borderColor: COLOURS.cost, backgroundColor: COLOURS.cost, borderWidth: 2, pointRadius: 2, tension: 0.25, order: 0 },
            { label: "Input tokens", data: series.uncached, backgroundColor: COLOURS.tokensIn, stack: "tokens", order: 1 },
            { label: "Cached input tokens", data: series.cached, backgroundColor: COLOURS.tokensCached, stack: "tokens", order: 1 },
            { label: "Output tokens", data: series.output, backgroundColor: COLOURS.tokensOut, stack: "tokens", order: 1 },
          ],
        },
        options: {
          interaction: { mode: "index", intersect: false },
          plugins: {
            legend: { position: "top", align: "end" },
            tooltip: {
              callbacks: {
                title: (items) => `${items[0].label}–${items[0].label.slice(0, 2)}:59 UTC`,
                label: (item) =>
                  item.dataset.yAxisID === "cost"
                    ? ` Cost: ${series.costText[item.dataIndex]}`
                    : ` ${item.dataset.label}: ${number.format(item.raw)}`,
              },
            },
          },
          scales: {
            x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 8 } },
            y: { stacked: true, beginAtZero: true, title: axisTitle("tokens"), ticks: { callback: (v) => compact.format(v) } },
            cost: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, title: axisTitle("$"), ticks: { callback: dollars } },
          },
        },
      };
    },

    breakdown(series) {
      // Cost (top axis, $) and tokens (bottom axis) side by side for each name: the two can disagree
      // (a cheap model with many tokens), and that disagreement is what a reader looks for.
      return {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: [
            { label: "Cost ($, top axis)", data: series.cost, xAxisID: "cost", backgroundColor: COLOURS.cost, borderRadius: 2, maxBarThickness: 12, categoryPercentage: 0.75 },
            { label: "Tokens (bottom axis)", data: series.tokens, xAxisID: "tokens", backgroundColor: COLOURS.tokens, borderRadius: 2, maxBarThickness: 12, categoryPercentage: 0.75 },
          ],
        },
        options: {
          indexAxis: "y",
          interaction: { mode: "index", intersect: false },
          plugins: {
            legend: { position: "bottom", align: "start" },
            tooltip: {
              callbacks: {
                label: (item) =>
                  item.dataset.xAxisID === "cost"
                    ? ` Cost: ${series.costText[item.dataIndex]} (${number.format(series.calls[item.dataIndex])} calls)`
                    : ` Tokens: ${number.format(item.raw)}`,
              },
            },
          },
          scales: {
            // Every name shown (never skipped): at most nine bars, the server sums the tail.
            y: { grid: { display: false }, ticks: { autoSkip: false, color: COLOURS.ink, font: { weight: "600" } } },
            // The ticks carry the units ("$2.00", "1.5M"), the legend says which bar is which.
            cost: { position: "top", beginAtZero: true, ticks: { callback: dollars, maxTicksLimit: 5, color: COLOURS.cost } },
            tokens: { position: "bottom", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { callback: (v) => `${compact.format(v)} tok`, maxTicksLimit: 5, color: "#0284c7" } },
          },
        },
      };
    },

    failures(series) {
      return {
        type: "bar",
        data: {
          // "Recoverable" over "48 runs": the count is what a person follows up on.
          labels: series.labels.map((label, i) => [label, `${number.format(series.count[i])} runs`]),
          datasets: [{
            label: "Share of runs (%)",
            data: series.share,
            backgroundColor: series.keys.map((key) => COLOURS[key]),
            borderRadius: 3,
            maxBarThickness: 56,
          }],
        },
        options: {
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item) => ` ${item.raw}% · ${number.format(series.count[item.dataIndex])} of ${number.format(series.ended)} runs`,
              },
            },
          },
          scales: {
            x: { grid: { display: false }, ticks: { color: COLOURS.ink, font: { weight: "600" } } },
            y: { beginAtZero: true, suggestedMax: 5, title: axisTitle("% of runs"), ticks: { callback: (v) => `${v}%` } },
          },
        },
      };
    },

    latency(series) {
      return {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: [
            { label: "p50", data: series.p50, backgroundColor: COLOURS.p50, borderRadius: 2, maxBarThickness: 26 },
            { label: "p95", data: series.p95, backgroundColor: COLOURS.p95, borderRadius: 2, maxBarThickness: 26 },
          ],
        },
        options: {
          interaction: { mode: "index", intersect: false },
          plugins: {
            legend: { position: "top", align: "end" },
            tooltip: {
              callbacks: {
                afterTitle: (items) => `${number.format(series.count[items[0].dataIndex])} spans`,
                label: (item) => ` ${item.dataset.label}: ${ms(item.raw)}`,
              },
            },
          },
          scales: {
            x: { grid: { display: false }, ticks: { color: COLOURS.ink, font: { weight: "600" } } },
            // Log: a cache lookup (ms) and a model step (seconds) on one axis, both readable.
            y: { type: "logarithmic", title: axisTitle("ms (log scale)"), ticks: { callback: (v) => ([1, 10, 100, 1000, 10000, 100000].includes(v) ? ms(v) : "") } },
          },
        },
      };
    },

    guards(series) {
      const stages = [["input", "Input"], ["untrusted", "Untrusted content"], ["output", "Output"]];
      return {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: stages
            .filter(([key]) => series.stages[key].some((n) => n > 0))
            .map(([key, label]) => ({ label, data: series.stages[key], backgroundColor: COLOURS[key], stack: "stages", borderRadius: 2, maxBarThickness: 16 })),
        },
        options: {
          indexAxis: "y",
          plugins: { legend: { position: "bottom", align: "start" } },
          scales: {
            x: { stacked: true, beginAtZero: true, title: axisTitle("rejections"), ticks: { precision: 0 } },
            y: { stacked: true, grid: { display: false }, ticks: { autoSkip: false, color: COLOURS.ink, font: { weight: "600" } } },
          },
        },
      };
    },
  };
  build.byAgent = build.breakdown;
  build.byExecutor = build.breakdown;
  build.byFeature = build.breakdown;

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const name = canvas.dataset.chart;
    if (!build[name] || !data[name]) return;
    new Chart(canvas, build[name](data[name]));
  });
})();
