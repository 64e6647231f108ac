/* #/meeting/ID?q=WORDS#DIRECTIVE: the full notice, the named paragraph highlighted, the query's words marked. */
import { api, listOf } from "./api.js";
import { el, enc, show } from "./dom.js";
import { highlighted } from "./highlight.js";
import { agencyLink, dateLabel, deadlineText, meetingLabel, projectChip, themeChip } from "./format.js";
import { deleteButton } from "./upload.js";
import { versionHistory } from "./versions.js";

const KIND_LABEL = { finding: "Đánh giá", passage: "Đoạn văn" };

function paragraph(item, kind, target, marks) {
  return el("article", { class: `card directive ${kind} ${item.id === target ? "highlight" : ""}`, id: item.id },
    el("p", {}, marks ? highlighted(item.text, marks) : item.text),
    el("div", { class: "meta" }, item.section ? el("span", {}, `Mục ${item.section}`) : null,
      kind === "directive" ? el("span", {}, "Thời hạn: ", deadlineText(item.deadline)) : el("span", {}, KIND_LABEL[kind])),
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

/** The paragraphs with the notice's own headings put back: a heading is shown where the
 * paragraph's heading path first differs from the previous paragraph's. */
function withHeadings(items, kind, target, marks) {
  let before = [];
  return items.map((item) => {
    const path = item.headings || [];
    const first = path.findIndex((h, i) => h !== before[i]);
    const fresh = first < 0 ? [] : path.slice(first).map((h, i) => el(`h${Math.min(6, 3 + first + i)}`, { class: "section-heading" }, h));
    before = path;
    return [fresh, paragraph(item, kind, target, marks)];
  });
}

/** "Đánh dấu các từ tìm kiếm: …" with a link to the same notice unmarked. */
function marking(id, target, query) {
  if (!query) return null;
  return el("p", { class: "banner marking", id: "marking" }, `Đánh dấu các từ tìm kiếm: “${query}” — `,
    el("a", { href: `#/meeting/${enc(id)}${target ? `#${enc(target)}` : ""}` }, "bỏ đánh dấu"));
}

export async function meetingView(id, target, query) {
  const body = await api(`/meetings/${enc(id)}${query ? `?${new URLSearchParams({ q: query })}` : ""}`);
  const marks = query ? body.marks || query : null; // the query's content words; its stop words only beside them
  const meeting = body.meeting || body;
  const findings = listOf(meeting.findings || []);
  const directives = listOf(meeting.directives || []);
  const passages = listOf(meeting.passages || []);
  show(el("h1", {}, meeting.title || meetingLabel(meeting)), facts(meeting),
    el("p", { class: "toolbar" }, el("a", { href: `#/graph/${enc(meeting.id || id)}` }, "Xem đồ thị"), deleteButton(meeting)),
    versionHistory(meeting.id || id), marking(meeting.id || id, target, query),
    findings.length ? el("h2", {}, "Đánh giá tình hình") : null, withHeadings(findings, "finding", target, marks),
    el("h2", {}, "Nội dung chỉ đạo"), withHeadings(directives, "directive", target, marks),
    passages.length ? el("h2", {}, "Các đoạn khác của thông báo") : null, withHeadings(passages, "passage", target, marks));
  const focus = target ? document.getElementById(target) : null;
  if (focus) focus.scrollIntoView({ block: "center" });
}
