/* #/project/ID: every task about the project with its history (first/last seen, repeats,
 * deadline moves, state) and a month-by-month timeline; diffs only for short texts or on demand. */
import { api, listOf } from "./api.js";
import { el, enc, show, short, emptyBox } from "./dom.js";
import { agencyLink, dateLabel, deadlineText, meetingLabel, noticeLink, periodLabel, stateBadge } from "./format.js";
import { diffOrButton } from "./threads.js";

function periodsOf(tasks) {
  return Array.from(new Set(tasks.flatMap((t) => t.occurrences.map((o) => (o.meeting || {}).period)).filter(Boolean))).sort();
}

/** One row per task, one cell per month: filled where the task appears. */
function timeline(tasks, periods) {
  const grid = `minmax(10rem, 16rem) repeat(${periods.length}, minmax(2.2rem, 1fr))`;
  const head = el("div", { class: "tl-row tl-head", style: `grid-template-columns:${grid}` }, el("span", {}, ""),
    periods.map((p) => el("span", { class: "tl-month" }, periodLabel(p).replace("Tháng ", ""))));
  const rows = tasks.map((t, i) => {
    const seen = new Set(t.occurrences.map((o) => (o.meeting || {}).period));
    return el("div", { class: "tl-row", style: `grid-template-columns:${grid}` },
      el("a", { href: `#task-${i}`, class: "tl-label" }, short(t.occurrences[t.occurrences.length - 1].text, 60)),
      periods.map((p) => el("span", { class: `tl-cell ${seen.has(p) ? `on ${t.state}` : ""}`, title: seen.has(p) ? periodLabel(p) : "" })));
  });
  return el("div", { class: "timeline-grid", id: "project-timeline" }, head, rows);
}

function moves(task) {
  return (task.deadline_history || []).map((m) => el("li", {},
    `Dời hạn ${dateLabel(m.from)} → ${dateLabel(m.to)}`, m.period ? ` (${periodLabel(m.period)})` : ""));
}

function occurrence(occ, before) {
  return el("div", { class: "occurrence" },
    el("div", { class: "meta" }, noticeLink(occ, meetingLabel(occ.meeting)), el("span", {}, "Thời hạn: ", deadlineText(occ.deadline)),
      (occ.lead || []).map((n) => agencyLink(n, "lead"))),
    diffOrButton(before, occ.text));
}

function taskCard(task, index) {
  const occ = task.occurrences; const latest = occ[occ.length - 1];
  return el("article", { class: `card task ob ${task.state}`, id: `task-${index}`, "data-task": task.id },
    stateBadge(task.state), " ", (task.lead || []).map((n) => agencyLink(n, "lead")),
    el("p", {}, latest.text),
    el("div", { class: "meta" }, el("span", { class: "seen" }, `${periodLabel(task.first_seen)} → ${periodLabel(task.last_seen)}`),
      el("span", { class: "repeats" }, task.repeated ? `lặp lại ${task.repeated} lần` : "chưa lặp lại"),
      el("span", {}, "Thời hạn: ", deadlineText(task.deadline))),
    el("ul", { class: "moves" }, moves(task)),
    occ.length > 1 ? historyFold(occ) : null);
}

/** The occurrences, drawn (and diffed) only when the fold is first opened. */
function historyFold(occ) {
  const fold = el("details", { class: "history" }, el("summary", {}, `Lịch sử ${occ.length} kỳ họp`));
  fold.addEventListener("toggle", () => {
    if (fold.open && !fold.querySelector(".occurrence")) fold.append(...occ.map((o, i) => occurrence(o, i ? occ[i - 1] : null)));
  });
  return fold;
}

const PAGE = 50; // tasks fetched at once; "Xem thêm" fetches the next ones
const SORTS = { first_seen: "Kỳ họp đầu tiên", last_seen: "Kỳ họp gần nhất", repeated: "Lặp lại nhiều nhất" };

function sortChoice(id, params) {
  const node = el("select", { name: "sort", id: "project-sort", "aria-label": "Sắp xếp" },
    Object.entries(SORTS).map(([v, t]) => el("option", { value: v }, t)));
  node.value = params.get("sort") || "first_seen";
  node.addEventListener("change", () => {
    const next = new URLSearchParams(Object.entries({ as_of: params.get("as_of"), sort: node.value, limit: params.get("limit") }).filter(([, v]) => v));
    location.hash = `#/project/${enc(id)}?${next}`;
  });
  return el("label", { class: "toolbar" }, "Sắp xếp ", node);
}

/** One page of tasks after `cursor`, the JSON twin being the first page. */
function pageOf(id, params, cursor) {
  const query = new URLSearchParams(Object.entries({ as_of: params.get("as_of"), sort: params.get("sort"),
    limit: params.get("limit") || String(PAGE), cursor }).filter(([, v]) => v));
  return api(`/projects/${enc(id)}/tasks?${query}`, !cursor);
}

export async function projectView(id, params) {
  params = params || new URLSearchParams();
  const body = await pageOf(id, params, null);
  const project = body.project || {}; const tasks = listOf(body, "tasks");
  const total = body.total ?? tasks.length;
  const repeated = body.repeated_tasks ?? tasks.filter((t) => t.repeated).length;
  const line = el("div", { id: "project-timeline-box" }); const cards = el("div", { id: "project-tasks" });
  const more = el("button", { class: "btn", type: "button", id: "more-tasks" });
  let cursor = body.next_cursor;
  const draw = (added) => {
    line.replaceChildren(timeline(tasks, periodsOf(tasks)));
    cards.append(...added.map((t, i) => taskCard(t, tasks.length - added.length + i)));
    more.hidden = !cursor; more.disabled = false;
    more.textContent = `Đang hiển thị ${tasks.length} / ${total} nhiệm vụ — xem thêm`;
  };
  more.onclick = async () => {
    more.disabled = true; more.textContent = "Đang tải…";
    try {
      const next = await pageOf(id, params, cursor); const added = listOf(next, "tasks");
      cursor = next.next_cursor; tasks.push(...added); draw(added);
    } catch (error) { more.disabled = false; more.textContent = `${error.message} — thử lại`; }
  };
  show(el("h1", {}, project.name || id),
    el("p", { class: "meta" }, `${total} nhiệm vụ · ${repeated} nhiệm vụ lặp lại · tính đến ngày ${dateLabel(body.as_of)}`,
      el("a", { href: `#/graph/${enc(project.id || id)}` }, "Xem đồ thị dự án")),
    tasks.length ? [sortChoice(id, params), el("h2", {}, "Dòng thời gian"), line, el("h2", {}, "Các nhiệm vụ"), cards, more]
      : emptyBox("Chưa có nhiệm vụ nào về dự án này."));
  draw(tasks);
}
