/* #/: what is due this week and this month, overdue tasks by agency, the most-repeated open tasks,
 * the latest meeting's summary, the recent meetings (all from /overview); then the latest
 * meeting's graph; agencies and projects in folds fetched when opened. */
import { api, listOf } from "./api.js";
import { el, enc, show, short, emptyBox, errorBox, loadingBox } from "./dom.js";
import { agencyLink, dateLabel, deadlineText, meetingLabel, noticeLink, projectChip, stateBadge } from "./format.js";
import { expand, mountGraph, updateCount } from "./graph.js";
import { fold } from "./highlight.js";

const SMALL_MEETING = 8; // the landing graph of a notice with this few directives also shows their neighbours

function linkList(items, route) {
  return el("ul", { class: "plain" }, items.map((item) =>
    el("li", {}, el("a", { href: `#/${route}/${enc(item.id || item.name)}` }, item.name || item.id))));
}

function taskItem(task, extra) {
  return el("li", { "data-task": task.id }, stateBadge(task.state), " ", short(task.text, 160), " ",
    el("span", { class: "meta-inline" }, extra, " · ", (task.lead || []).map((n) => agencyLink(n, "lead")), " ",
      noticeLink({ id: task.directive, meeting: task.meeting }, "Xem")));
}

function dueCard(id, title, tasks) {
  return el("section", { class: "card", id }, el("h2", {}, `${title} (${tasks.length})`),
    tasks.length ? el("ul", { class: "tasks-brief" }, tasks.map((t) => taskItem(t, `Hạn ${dateLabel((t.deadline || {}).date)} — ${deadlineText(t.deadline)}`)))
      : emptyBox("Không có nhiệm vụ nào đến hạn."));
}

/** Each count is the agency page's: its overdue tasks last seen in the landing's months. */
function overdueCard(rows, since) {
  const query = new URLSearchParams({ state: "overdue", ...(since ? { since } : {}) });
  return el("section", { class: "card", id: "overdue-agencies" }, el("h2", {}, "Nhiệm vụ quá hạn theo cơ quan"),
    rows.length ? el("ol", {}, rows.map((r) => el("li", {},
      el("a", { href: `#/agency/${enc(r.id || r.name)}?${query}` }, r.name), ` — ${r.overdue} nhiệm vụ quá hạn`,
      r.lead != null && r.lead !== r.overdue ? ` (chủ trì ${r.lead})` : "")))
      : emptyBox("Không có nhiệm vụ quá hạn."));
}

function repeatedCard(tasks) {
  return el("section", { class: "card", id: "most-repeated" }, el("h2", {}, "Nhiệm vụ chưa xong lặp lại nhiều nhất"),
    tasks.length ? el("ul", { class: "tasks-brief" }, tasks.map((t) => taskItem(t, `lặp lại ${t.repeated} lần (${meetingLabel({ period: t.first_seen })} → ${meetingLabel({ period: t.last_seen })})`)))
      : emptyBox("Chưa có nhiệm vụ nào lặp lại."));
}

function latestCard(m) {
  if (!m) return el("section", { class: "card", id: "latest" }, el("h2", {}, "Chưa có phiên họp nào"));
  return el("section", { class: "card", id: "latest" }, el("h2", {}, "Phiên họp gần nhất"),
    el("p", {}, el("a", { href: `#/meeting/${enc(m.id)}` }, m.title || meetingLabel(m))),
    el("p", { class: "meta" }, el("span", {}, meetingLabel(m)), m.date ? el("span", {}, `Họp ngày ${dateLabel(m.date)}`) : null,
      el("span", {}, `${m.directives} chỉ đạo · ${m.findings} đánh giá · ${m.deadlines} có thời hạn`)),
    m.leads.length ? el("p", {}, "Cơ quan chủ trì nhiều nhất: ", m.leads.map((a) => [agencyLink(a.name, "lead"), ` ${a.directives} `])) : null,
    m.projects.length ? el("p", {}, "Dự án được nhắc: ", m.projects.map((p) => projectChip(p.name))) : null);
}

function answers(body) {
  const since = body.since ? ` từ ${meetingLabel({ period: body.since })}` : "";
  return el("div", { id: "overview" }, el("p", { class: "meta" }, `Tính đến ngày ${dateLabel(body.as_of)} · ${body.tasks} nhiệm vụ của các phiên họp${since}`),
    el("div", { class: "grid2" }, dueCard("due-week", "Đến hạn tuần này", body.due_this_week),
      dueCard("due-month", "Đến hạn trong tháng này", body.due_this_month), overdueCard(body.overdue_by_agency, body.since), latestCard(body.latest_meeting)),
    repeatedCard(body.most_repeated));
}

/** "Tỉnh: (tất cả) / Cao Bằng / …" when the store holds several provinces; a choice is a new #/?province=. */
function provinceChoice(provinces, chosen) {
  if (provinces.length < 2) return null;
  const select = el("select", { id: "province", name: "province" }, el("option", { value: "" }, "Tất cả các tỉnh"),
    provinces.map((p) => el("option", { value: p }, p)));
  select.value = provinces.find((p) => fold(p) === fold(chosen).trim()) || "";
  select.addEventListener("change", () => { location.hash = select.value ? `#/?${new URLSearchParams({ province: select.value })}` : "#/"; });
  return el("p", { class: "toolbar" }, el("label", {}, "Tỉnh: ", select));
}

const inProvince = (province) => (item) => !province || !item.province || fold(item.province) === fold(province).trim();

function meetingCard(body) {
  const shown = listOf(body, "recent_meetings");
  const more = body.meetings > shown.length ? el("p", { class: "meta" }, `${shown.length} / ${body.meetings} phiên họp trong kho — `,
    el("a", { href: "#/upload" }, "xem tất cả")) : null;
  return el("section", { class: "card" }, el("h2", {}, "Các phiên họp gần đây"),
    el("ul", { class: "plain", id: "meeting-list" }, shown.map((m) =>
      el("li", {}, el("a", { href: `#/meeting/${enc(m.id)}` }, `${meetingLabel(m)} — ${m.title || ""}`)))), more);
}

/** Every agency (project) of the province, fetched when the fold is first opened: ~800 agencies
 * at 1 k notices, 450 KB, are no answer to draw before anyone asks. */
function foldedList(id, title, path, route, province) {
  const fold = el("details", { class: "card list", id }, el("summary", {}, title));
  fold.addEventListener("toggle", async () => {
    if (!fold.open || fold.dataset.loaded) return;
    fold.dataset.loaded = "1";
    const wait = loadingBox(); fold.append(wait);
    try {
      const items = listOf(await api(`/${path}`, false), path).filter(inProvince(province));
      wait.replaceWith(items.length ? linkList(items, route) : emptyBox("Chưa có."));
    } catch (error) { delete fold.dataset.loaded; wait.replaceWith(errorBox(error)); }
  });
  return fold;
}

/** The answers (with the provinces, the recent meetings and the latest one), then the latest
 * meeting's graph (of one province if chosen); the agencies and projects in folds. */
export async function landingView(route) {
  const province = (route && route.params && route.params.get("province")) || "";
  const overviewPath = province ? `/overview?${new URLSearchParams({ province })}` : "/overview";
  const body = await api(overviewPath);
  const latest = body.latest_meeting;
  const graphBox = el("section", { class: "card" }, el("h2", {}, latest ? `Đồ thị phiên họp gần nhất: ${latest.title || meetingLabel(latest)}` : "Chưa có phiên họp nào"));
  show(el("h1", {}, province ? `Thông báo kết luận của UBND tỉnh ${province}` : "Thông báo kết luận của UBND tỉnh"),
    provinceChoice(listOf(body, "provinces"), province), el("div", { id: "overview-box" }, answers(body)),
    meetingCard(body), graphBox,
    el("div", { class: "grid2" }, foldedList("agency-list", "Tất cả cơ quan", "agencies", "agency", province),
      foldedList("project-list", "Tất cả dự án", "projects", "project", province)));
  if (latest) await latestGraph(graphBox, latest);
}

async function latestGraph(graphBox, latest) {
  const cy = await mountGraph(graphBox, latest.id, true);
  if ((latest.directives || 0) <= SMALL_MEETING) { // a short notice: show who and what its directives concern too
    for (const node of cy.nodes("[type = 'Directive']").toArray()) await expand(cy, node.id());
    updateCount(cy, graphBox);
  }
}
