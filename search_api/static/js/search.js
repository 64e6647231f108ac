/* #/search?q=...: results with the query's words highlighted. */
import { api, listOf } from "./api.js";
import { el, enc, show, loadingBox, emptyBox } from "./dom.js";
import { highlighted } from "./highlight.js";
import { agencyLink, deadlineText, meetingLabel, periodLabel, projectChip, themeChip } from "./format.js";

const noticeLink = (meeting, unit, query) => `#/meeting/${enc(meeting || "")}?${new URLSearchParams({ q: query })}#${enc(unit)}`;

/** A repeated task's one card names every month it was given in, each a link to that notice. */
function months(result, query) {
  const occurrences = result.occurrences || [];
  if (occurrences.length < 2) return null;
  return el("div", { class: "meta" }, el("span", { class: "months" }, `Giao ${occurrences.length} kỳ họp: `,
    occurrences.map((o, i) => [i ? ", " : "", el("a", { href: noticeLink(o.meeting, o.id, query) }, periodLabel(o.period))])));
}

function resultCard(result, query, marks) {
  const meeting = result.meeting || {};
  const link = noticeLink(meeting.id, result.id, query); // words marked there too
  const lead = result.lead || []; const support = result.support || [];
  return el("article", { class: "card result", "data-id": result.id },
    el("p", { class: "text" }, highlighted(result.text, marks || query)),
    el("div", { class: "meta" },
      el("span", {}, "Phiên họp: ", el("a", { href: link, class: "open-notice" }, meetingLabel(meeting))),
      el("span", {}, "Thời hạn: ", deadlineText(result.deadline)),
      result.kind === "finding" ? el("span", {}, "Đánh giá")
        : result.kind === "passage" ? el("span", {}, "Đoạn văn") : null),
    el("div", { class: "meta" },
      lead.length ? el("span", {}, "Chủ trì: ", lead.map((n) => agencyLink(n, "lead"))) : null,
      support.length ? el("span", {}, "Phối hợp: ", support.map((n) => agencyLink(n, "support"))) : null),
    months(result, query),
    el("div", {}, (result.projects || []).map(projectChip), (result.themes || []).map(themeChip)));
}

const FILTERS = ["agency", "role", "project", "theme", "since", "until", "kind"];

function field(label, node) { return el("label", {}, label, " ", node); }

/** Filters of /search as a form; applying them is a new search (the URL carries them). */
function filterForm(params) {
  const text = (name, hint) => el("input", { name, type: "text", placeholder: hint, value: params.get(name) || "", size: 16 });
  const choice = (name, options) => { const s = el("select", { name }, Object.entries(options).map(([v, t]) => el("option", { value: v }, t))); s.value = params.get(name) || ""; return s; };
  const form = el("form", { class: "toolbar filters", id: "search-filters" },
    field("Cơ quan", text("agency", "VD: Sở Tài chính")), field("Vai trò", choice("role", { "": "Tất cả", lead: "Chủ trì", support: "Phối hợp" })),
    field("Dự án", text("project", "tên dự án")), field("Chủ đề", text("theme", "tên chủ đề")),
    field("Từ tháng", el("input", { name: "since", type: "month", value: params.get("since") || "" })),
    field("đến tháng", el("input", { name: "until", type: "month", value: params.get("until") || "" })),
    field("Loại", choice("kind", { "": "Tất cả", directive: "Chỉ đạo", finding: "Đánh giá" })),
    el("button", { class: "btn", type: "submit" }, "Lọc"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ q: params.get("q") || "" });
    for (const [k, v] of new FormData(form)) if (v) next.set(k, v);
    location.hash = `#/search?${next}`;
  });
  return form;
}

function moreLink(params, count) {
  const k = Number(params.get("k") || 10);
  if (count < k || k >= 100) return null;
  const next = new URLSearchParams(params); next.set("k", String(Math.min(100, k + 10)));
  return el("a", { class: "btn", id: "more-results", href: `#/search?${next}` }, "Xem thêm kết quả");
}

/** While a search waits, /health every second: a first index build shows how far it is. */
function watchIndex(box) {
  const tick = async () => {
    const health = await api("/health", false).catch(() => null);
    const p = health && health.index_progress;
    if (p) box.lastChild.textContent = `Đang xây chỉ mục tìm kiếm: ${p.done}/${p.total} phiên họp…`;
  };
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
}

export async function searchView(params) {
  const query = params.get("q") || "";
  document.getElementById("q").value = query;
  if (!query.trim()) { show(el("h1", {}, "Nhập nội dung cần tìm")); return; }
  const head = [el("h1", {}, `Kết quả tìm kiếm cho “${query}”`), filterForm(params)];
  const waiting = loadingBox("Đang tìm…"); waiting.id = "search-wait";
  show(head, waiting);
  const stop = watchIndex(waiting);
  const ask = new URLSearchParams(params);
  if (!ask.has("group")) ask.set("group", "task"); // a repeated task once, with its months
  const body = await api(`/search?${ask}`).finally(stop);
  const results = listOf(body, "results");
  const filtered = FILTERS.some((f) => params.get(f));
  show(head, results.length ? [el("div", { id: "results" }, results.map((r) => resultCard(r, query, body.marks))), moreLink(params, results.length)]
    : el("p", { class: "empty", id: "no-results" }, filtered ? "Không có kết quả nào khớp với nội dung và bộ lọc đã chọn." : "Không tìm thấy kết quả phù hợp."));
}
