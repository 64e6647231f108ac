/* #/meeting/ID#DIRECTIVE: the full notice, the named paragraph highlighted. */
import { api, listOf } from "./api.js";
import { el, enc, show } from "./dom.js";
import { agencyLink, dateLabel, deadlineText, meetingLabel, projectChip, themeChip } from "./format.js";

function paragraph(item, kind, target) {
  return el("article", { class: `card directive ${item.id === target ? "highlight" : ""}`, id: item.id },
    el("p", {}, item.text),
    el("div", { class: "meta" }, item.section ? el("span", {}, `Mục ${item.section}`) : null,
      kind === "directive" ? el("span", {}, "Thời hạn: ", deadlineText(item.deadline)) : el("span", {}, "Đánh giá")),
    el("div", {}, (item.lead || []).map((n) => agencyLink(n, "lead")), (item.support || []).map((n) => agencyLink(n, "support")),
      (item.projects || []).map(projectChip), (item.themes || []).map(themeChip)));
}

/** Number, dates, chair and signer, each its own labelled item (never run together). */
function facts(meeting) {
  const items = [["Kỳ họp", meetingLabel(meeting)], ["Số", meeting.number], ["Ngày họp", dateLabel(meeting.date)],
    ["Ngày ban hành", dateLabel(meeting.issued)], ["Chủ trì", meeting.chair],
    ["Người ký", [meeting.signer_title, meeting.signer].filter(Boolean).join(" ")]];
  return el("dl", { class: "facts" }, items.filter(([, v]) => v).map(([k, v]) => el("div", {}, el("dt", {}, k), el("dd", {}, v))));
}

export async function meetingView(id, target) {
  const body = await api(`/meetings/${enc(id)}`);
  const meeting = body.meeting || body;
  const findings = listOf(meeting.findings || []);
  const directives = listOf(meeting.directives || []);
  show(el("h1", {}, meeting.title || meetingLabel(meeting)), facts(meeting),
    el("p", {}, el("a", { href: `#/graph/${enc(meeting.id || id)}` }, "Xem đồ thị")),
    findings.length ? el("h2", {}, "Đánh giá tình hình") : null, findings.map((f) => paragraph(f, "finding", target)),
    el("h2", {}, "Nội dung chỉ đạo"), directives.map((d) => paragraph(d, "directive", target)));
  const focus = target ? document.getElementById(target) : null;
  if (focus) focus.scrollIntoView({ block: "center" });
}
