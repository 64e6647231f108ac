/* #/: meetings, the latest meeting's graph, agencies and projects. */
import { api, listOf } from "./api.js";
import { el, enc, show } from "./dom.js";
import { meetingLabel } from "./format.js";
import { expand, latestMeeting, mountGraph, updateCount } from "./graph.js";

const SMALL_MEETING = 8; // the landing graph of a notice with this few directives also shows their neighbours

function linkList(items, route) {
  return el("ul", { class: "plain" }, items.map((item) =>
    el("li", {}, el("a", { href: `#/${route}/${enc(item.id || item.name)}` }, item.name || item.id))));
}

export async function landingView() {
  const [agencies, projects, meetings] = await Promise.all([api("/agencies"), api("/projects"), api("/meetings")]);
  const meetingList = listOf(meetings, "meetings").slice().sort((a, b) => String(a.date || a.period).localeCompare(String(b.date || b.period)));
  const latest = latestMeeting(meetingList);
  const graphBox = el("section", { class: "card" }, el("h2", {}, latest ? `Đồ thị phiên họp gần nhất: ${latest.title || meetingLabel(latest)}` : "Chưa có phiên họp nào"));
  show(el("h1", {}, "Thông báo kết luận của UBND tỉnh"),
    el("section", { class: "card" }, el("h2", {}, "Các phiên họp"), el("ul", { class: "plain" }, meetingList.map((m) =>
      el("li", {}, el("a", { href: `#/meeting/${enc(m.id)}` }, `${meetingLabel(m)} — ${m.title || ""}`))))),
    graphBox,
    el("div", { class: "grid2" },
      el("section", { class: "card" }, el("h2", {}, "Cơ quan"), linkList(listOf(agencies, "agencies"), "agency")),
      el("section", { class: "card" }, el("h2", {}, "Dự án"), linkList(listOf(projects, "projects"), "project"))));
  if (!latest) return;
  const cy = await mountGraph(graphBox, latest.id, true);
  if ((latest.directives || 0) <= SMALL_MEETING) { // a short notice: show who and what its directives concern too
    for (const node of cy.nodes("[type = 'Directive']").toArray()) await expand(cy, node.id());
    updateCount(cy, graphBox);
  }
}
