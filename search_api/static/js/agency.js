/* #/agency/ID?as_of=&since=&state=&role=&sort=&q=: the agency's tasks as one table, filtered and
 * sorted in the page (the URL follows without a reload), counts that filter, lineage banners,
 * exports; `since` (a month, from the landing's overdue counts) keeps the tasks last seen from it. */
import { api, listOf } from "./api.js";
import { el, enc, short, show, emptyBox } from "./dom.js";
import { fold } from "./highlight.js";
import { dateLabel, deadlineText, meetingLabel, noticeLink, periodLabel, projectChip, ROLE_LABELS,
  STATE_LABELS, stateBadge } from "./format.js";

const PAGE = 100; // rows drawn at once; "Xem thêm" draws the next ones
const SORTS = { deadline: "Thời hạn gần nhất", state: "Trạng thái", last_seen: "Kỳ họp gần nhất",
  first_seen: "Kỳ họp đầu tiên", repeated: "Lặp lại nhiều nhất" };
const STATE_ORDER = ["overdue", "open", "no_deadline", "recurring", "reported_done", "superseded", "done"];
const COMPARE = {
  deadline: (a, b) => (!a.deadline - !b.deadline) || String((a.deadline || {}).date).localeCompare(String((b.deadline || {}).date)),
  state: (a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state),
  last_seen: (a, b) => a.last_seen.localeCompare(b.last_seen), first_seen: (a, b) => a.first_seen.localeCompare(b.first_seen),
  repeated: (a, b) => b.repeated - a.repeated,
};

export function lineageText(step) {
  return `${step.name} — hợp nhất vào ${step.into_name}${step.since ? ` từ ${dateLabel(step.since)}` : ""}`;
}

function select(name, options, value, label) {
  const node = el("select", { name, "aria-label": label }, Object.entries(options).map(([v, t]) => el("option", { value: v }, t)));
  node.value = value || Object.keys(options)[0];
  return node;
}

function filters(params) {
  return el("form", { class: "toolbar", id: "task-filter", onsubmit: (e) => e.preventDefault() },
    "Trạng thái ", select("state", { "": "Tất cả", ...STATE_LABELS }, params.get("state"), "Trạng thái"),
    " Vai trò ", select("role", { "": "Tất cả", ...ROLE_LABELS }, params.get("role"), "Vai trò"),
    " Sắp xếp ", select("sort", SORTS, params.get("sort"), "Sắp xếp"),
    el("input", { type: "search", name: "q", placeholder: "Lọc theo nội dung…", value: params.get("q") || "", "aria-label": "Lọc theo nội dung" }));
}

function chosen(form) { return Object.fromEntries(new FormData(form)); }

function visible(rows, f) {
  const words = fold(f.q || "").split(/\s+/).filter(Boolean);
  const keep = rows.filter((r) => (!f.state || r.state === f.state) && (!f.role || r.role === f.role)
    && words.every((w) => r.folded.includes(w)));
  return keep.sort((a, b) => COMPARE[f.sort || "deadline"](a, b) || a.id.localeCompare(b.id));
}

function taskRow(row) {
  return el("tr", { "data-task": row.id, "data-state": row.state },
    el("td", {}, stateBadge(row.state)), el("td", {}, ROLE_LABELS[row.role] || ""),
    el("td", { class: "text" }, short(row.text, 260), " ", noticeLink({ id: row.directive, meeting: row.meeting }, "Xem"),
      row.inherited_from.map((n) => el("span", { class: "badge inherited", title: "Nhiệm vụ giao cho cơ quan tiền nhiệm" }, `Kế thừa từ ${n}`))),
    el("td", {}, deadlineText(row.deadline), row.deadline_moves ? el("span", { class: "badge" }, `dời hạn ${row.deadline_moves} lần`) : null),
    el("td", {}, meetingLabel(row.meeting)), el("td", {}, row.projects.map(projectChip)),
    el("td", { class: "num", title: `${periodLabel(row.first_seen)} → ${periodLabel(row.last_seen)}` }, String(row.meetings)));
}

const HEADS = ["Trạng thái", "Vai trò", "Nội dung", "Thời hạn", "Phiên họp", "Dự án", "Số kỳ họp"];

function drawTable(box, rows) {
  const body = el("tbody", {});
  const more = el("button", { class: "btn", type: "button", id: "more-tasks" });
  const draw = (n) => {
    body.replaceChildren(...rows.slice(0, n).map(taskRow));
    more.hidden = rows.length <= n; more.textContent = `Đang hiển thị ${Math.min(n, rows.length)} / ${rows.length} — xem thêm`;
    more.onclick = () => draw(n + PAGE);
  };
  draw(PAGE);
  box.replaceChildren(rows.length ? el("div", { class: "table-wrap" }, el("table", { class: "tasks", id: "tasks" },
    el("thead", {}, el("tr", {}, HEADS.map((h) => el("th", { scope: "col" }, h)))), body)) : emptyBox("Không có nhiệm vụ nào khớp bộ lọc."), more);
}

function countsOf(rows) {
  const out = {};
  for (const r of rows) out[r.state] = (out[r.state] || 0) + 1;
  return out;
}

/** "Nhiệm vụ có kỳ họp gần nhất từ Tháng 11/2026 — xem tất cả" (the landing's window). */
function sinceBanner(id, asOf, since) {
  const all = new URLSearchParams(asOf ? { as_of: asOf } : {});
  return el("p", { class: "banner since", id: "since" }, `Nhiệm vụ có kỳ họp gần nhất từ ${periodLabel(since)} — `,
    el("a", { href: `#/agency/${enc(id)}?${all}` }, "xem tất cả"));
}

function countButtons(counts, form, refresh) {
  const states = STATE_ORDER.filter((s) => counts[s]);
  return el("div", { class: "counts", id: "counts" }, states.map((s) => el("button", { type: "button", "data-state": s,
    onclick: () => { form.elements.state.value = form.elements.state.value === s ? "" : s; refresh(); } },
  stateBadge(s), ` ${counts[s]}`)));
}

function exportLinks(id, asOf, since, f) {
  const query = (format) => new URLSearchParams({ format, ...(asOf ? { as_of: asOf } : {}), ...(since ? { since } : {}),
    ...Object.fromEntries(Object.entries({ state: f.state, role: f.role, sort: f.sort }).filter(([, v]) => v)) });
  return [el("a", { class: "btn", id: "export-xlsx", href: `/agencies/${enc(id)}/tasklist/export?${query("xlsx")}` }, "Tải Excel (XLSX)"),
    el("a", { class: "btn", id: "export-csv", href: `/agencies/${enc(id)}/tasklist/export?${query("csv")}` }, "Tải CSV")];
}

export async function agencyView(id, params) {
  const asOf = params.get("as_of") || ""; const since = params.get("since") || "";
  const body = await api(`/agencies/${enc(id)}/tasklist${asOf ? `?as_of=${enc(asOf)}` : ""}`);
  const agency = body.agency || {}; const key = agency.id || id;
  const rows = listOf(body, "tasks").filter((r) => !since || r.last_seen >= since)
    .map((r) => ({ ...r, folded: fold(`${r.text || ""} ${r.projects.join(" ")}`) }));
  const form = filters(params); const table = el("div", { id: "task-table" }); const exports = el("span", { class: "toolbar" });
  const refresh = () => {
    const f = chosen(form); drawTable(table, visible(rows, f)); exports.replaceChildren(...exportLinks(key, asOf, since, f));
    for (const b of counts.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.state === f.state));
    const next = new URLSearchParams(Object.entries({ as_of: asOf, since, ...f }).filter(([, v]) => v));
    history.replaceState(null, "", `#/agency/${enc(id)}?${next}`);
  };
  const counts = countButtons(since ? countsOf(rows) : body.counts || {}, form, refresh);
  form.addEventListener("input", refresh);
  show(el("h1", {}, agency.name || id), listOf(body, "lineage").map((s) => el("p", { class: "banner lineage" }, lineageText(s))),
    el("p", { class: "meta" }, el("label", {}, "Tính đến ngày ", el("input", { type: "date", id: "as-of", value: body.as_of,
      onchange: (e) => { location.hash = `#/agency/${enc(id)}?as_of=${enc(e.target.value)}`; } })), `${rows.length} nhiệm vụ`,
      el("a", { href: `#/graph/${enc(key)}` }, "Xem đồ thị")), since ? sinceBanner(id, asOf, since) : null, counts, form, exports, table);
  refresh();
}
