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
    occ.length > 1 ? el("details", { class: "history" }, el("summary", {}, `Lịch sử ${occ.length} kỳ họp`),
      occ.map((o, i) => occurrence(o, i ? occ[i - 1] : null))) : null);
}

export async function projectView(id, params) {
  const asOf = (params && params.get("as_of")) || "";
  const body = await api(`/projects/${enc(id)}/tasks${asOf ? `?as_of=${enc(asOf)}` : ""}`);
  const tasks = listOf(body, "tasks"); const project = body.project || {};
  const repeated = tasks.filter((t) => t.repeated).length;
  show(el("h1", {}, project.name || id),
    el("p", { class: "meta" }, `${tasks.length} nhiệm vụ · ${repeated} nhiệm vụ lặp lại · tính đến ngày ${dateLabel(body.as_of)}`,
      el("a", { href: `#/graph/${enc(project.id || id)}` }, "Xem đồ thị dự án")),
    tasks.length ? [el("h2", {}, "Dòng thời gian"), timeline(tasks, periodsOf(tasks)), el("h2", {}, "Các nhiệm vụ"),
      el("div", { id: "project-tasks" }, tasks.map(taskCard))] : emptyBox("Chưa có nhiệm vụ nào về dự án này."));
}
