/* #/agency/ID?as_of=&since=&state=&role=&sort=&q=&limit=: the agency's tasks as one table, a page
 * at a time (`limit` rows, 50 by default): the server filters, sorts and counts (`/agencies/ID/tasklist?limit=`), "xem thêm" reads
 * the next page; a filter or a count clicked reads the first page again (the URL follows, no
 * reload); lineage banners, inherited badges, exports of the whole filtered list; `since` (a
 * month, from the landing's overdue counts) keeps the tasks last seen from it. */
import { api, listOf, Stale } from "./api.js";
import { el, enc, short, show, emptyBox } from "./dom.js";
import { dateLabel, deadlineText, meetingLabel, noticeLink, periodLabel, projectChip, ROLE_LABELS,
  STATE_LABELS, stateBadge } from "./format.js";

const PAGE = 50; // rows read and drawn at once; "Xem thêm" reads the next ones
const SORTS = { deadline: "Thời hạn gần nhất", state: "Trạng thái", last_seen: "Kỳ họp gần nhất",
  first_seen: "Kỳ họp đầu tiên", repeated: "Lặp lại nhiều nhất" };
const STATE_ORDER = ["overdue", "open", "no_deadline", "recurring", "reported_done", "superseded", "done"];

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

/** The query of one page: the view's date and month, the form's filters, `limit`, `cursor`. */
function pageQuery(view, f, cursor) {
  return new URLSearchParams(Object.entries({ as_of: view.asOf, since: view.since, state: f.state, role: f.role,
    sort: f.sort || "deadline", q: (f.q || "").trim(), limit: view.limit, cursor }).filter(([, v]) => v));
}

/** The table of the first page, and "xem thêm" that reads and appends the next ones. */
function drawTable(box, first, load) {
  const body = el("tbody", {}, listOf(first, "tasks").map(taskRow));
  const more = el("button", { class: "btn", type: "button", id: "more-tasks" });
  let cursor = first.next_cursor;
  const total = first.total ?? body.children.length;
  const label = () => {
    more.hidden = !cursor; more.disabled = false;
    more.textContent = `Đang hiển thị ${body.children.length} / ${total} — xem thêm`;
  };
  more.onclick = async () => {
    more.disabled = true; more.textContent = "Đang tải…";
    try {
      const next = await load(cursor);
      cursor = next.next_cursor; body.append(...listOf(next, "tasks").map(taskRow)); label();
    } catch (error) { if (!(error instanceof Stale)) { more.disabled = false; more.textContent = `${error.message} — thử lại`; } }
  };
  label();
  box.replaceChildren(body.children.length ? el("div", { class: "table-wrap" }, el("table", { class: "tasks", id: "tasks" },
    el("thead", {}, el("tr", {}, HEADS.map((h) => el("th", { scope: "col" }, h)))), body)) : emptyBox("Không có nhiệm vụ nào khớp bộ lọc."), more);
}

/** "Nhiệm vụ có kỳ họp gần nhất từ Tháng 11/2026 — xem tất cả" (the landing's window). */
function sinceBanner(id, asOf, since) {
  const all = new URLSearchParams(asOf ? { as_of: asOf } : {});
  return el("p", { class: "banner since", id: "since" }, `Nhiệm vụ có kỳ họp gần nhất từ ${periodLabel(since)} — `,
    el("a", { href: `#/agency/${enc(id)}?${all}` }, "xem tất cả"));
}

/** Buttons per state (and per role) with the server's counts; a click filters by it (again: all). */
function countButtons(box, body, form, refresh) {
  const counts = body.counts || {}; const roles = body.roles || {}; const f = chosen(form);
  const toggle = (name, value) => () => {
    form.elements[name].value = form.elements[name].value === value ? "" : value; refresh().catch(() => {});
  };
  box.replaceChildren(...STATE_ORDER.filter((s) => counts[s]).map((s) => el("button", { type: "button", "data-state": s,
    "aria-pressed": String(f.state === s), onclick: toggle("state", s) }, stateBadge(s), ` ${counts[s]}`)),
  ...Object.keys(ROLE_LABELS).filter((r) => roles[r]).map((r) => el("button", { type: "button", class: "role", "data-role": r,
    "aria-pressed": String(f.role === r), onclick: toggle("role", r) }, `${ROLE_LABELS[r]} ${roles[r]}`)));
}

function exportLinks(id, asOf, since, f) {
  const query = (format) => new URLSearchParams({ format, ...(asOf ? { as_of: asOf } : {}), ...(since ? { since } : {}),
    ...Object.fromEntries(Object.entries({ state: f.state, role: f.role, sort: f.sort, q: (f.q || "").trim() }).filter(([, v]) => v)) });
  return [el("a", { class: "btn", id: "export-xlsx", href: `/agencies/${enc(id)}/tasklist/export?${query("xlsx")}` }, "Tải Excel (XLSX)"),
    el("a", { class: "btn", id: "export-csv", href: `/agencies/${enc(id)}/tasklist/export?${query("csv")}` }, "Tải CSV")];
}

/** Reads the first page for the form's filters and redraws counts, table, exports and URL; a
 * later call supersedes an earlier one still in flight (typing in the text filter). */
function refresher(id, view, parts) {
  const { asOf, since } = view; let seq = 0; let timer = 0;
  const run = async () => {
    const mine = ++seq; const f = chosen(parts.form);
    const load = (cursor) => api(`/agencies/${enc(id)}/tasklist?${pageQuery(view, f, cursor)}`, !cursor);
    const body = await load(null);
    if (mine !== seq) return;
    parts.total.textContent = `${body.total ?? listOf(body, "tasks").length} nhiệm vụ`;
    countButtons(parts.counts, body, parts.form, run); drawTable(parts.table, body, load);
    parts.exports.replaceChildren(...exportLinks(parts.key, asOf, since, f));
    const next = new URLSearchParams(Object.entries({ as_of: asOf, since, ...f, limit: view.limit === String(PAGE) ? "" : view.limit })
      .filter(([, v]) => v));
    history.replaceState(null, "", `#/agency/${enc(id)}?${next}`);
    return body;
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(() => run().catch(() => {}), 250); };
  return { run, later };
}

export async function agencyView(id, params) {
  const asOf = params.get("as_of") || ""; const since = params.get("since") || "";
  const parts = { form: filters(params), table: el("div", { id: "task-table" }), exports: el("span", { class: "toolbar" }),
    counts: el("div", { class: "counts", id: "counts" }), total: el("span", { id: "task-total" }), key: id };
  const { run, later } = refresher(id, { asOf, since, limit: params.get("limit") || String(PAGE) }, parts);
  const body = await run();
  const agency = body.agency || {}; parts.key = agency.id || id;
  parts.exports.replaceChildren(...exportLinks(parts.key, asOf, since, chosen(parts.form)));
  parts.form.addEventListener("change", (e) => { if (e.target.name !== "q") run().catch(() => {}); });
  parts.form.elements.q.addEventListener("input", later);
  show(el("h1", {}, agency.name || id), listOf(body, "lineage").map((s) => el("p", { class: "banner lineage" }, lineageText(s))),
    el("p", { class: "meta" }, el("label", {}, "Tính đến ngày ", el("input", { type: "date", id: "as-of", value: body.as_of,
      onchange: (e) => { location.hash = `#/agency/${enc(id)}?as_of=${enc(e.target.value)}`; } })), parts.total,
      el("a", { href: `#/graph/${enc(parts.key)}` }, "Xem đồ thị")), since ? sinceBanner(id, asOf, since) : null,
    parts.counts, parts.form, parts.exports, parts.table);
}
