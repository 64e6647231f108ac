/* Vietnamese labels and formats: months "Tháng 6/2025", dates dd/mm/yyyy, states, roles, types. */
import { el, enc } from "./dom.js";

export const TYPE_COLORS = { Meeting: "#123a63", Directive: "#f2b632", Finding: "#e59866", Agency: "#2e86c1",
  Project: "#27ae60", Theme: "#8e44ad", Deadline: "#c0392b", Indicator: "#16a085", LegalDocument: "#7f8c8d" };
export const TYPE_LABELS = { Meeting: "Phiên họp", Directive: "Chỉ đạo", Finding: "Đánh giá", Agency: "Cơ quan",
  Project: "Dự án", Theme: "Chủ đề", Deadline: "Thời hạn", Indicator: "Chỉ tiêu", LegalDocument: "Văn bản" };
export const STATE_LABELS = { open: "Đang thực hiện", overdue: "Quá hạn", no_deadline: "Không thời hạn",
  superseded: "Đã giao lại / lặp lại", reported_done: "Báo cáo đã xong", done: "Đã hoàn thành", recurring: "Thường xuyên" };
export const ROLE_LABELS = { lead: "Chủ trì", support: "Phối hợp" };
export const EDGE_LABELS = { ISSUED: "ban hành", ASSIGNED_TO: "giao", CONCERNS: "về dự án", ABOUT: "chủ đề",
  HAS_DEADLINE: "thời hạn", NEXT: "kỳ sau", REPEATS: "lặp lại", CITES: "căn cứ", SUCCEEDED_BY: "hợp nhất vào",
  MEASURES: "chỉ tiêu", PART_OF: "thuộc" };
/** A relationship type as the graph's "expand by type" menu names it. */
export const REL_LABELS = { ISSUED: "Ban hành", NEXT: "Kỳ họp trước/sau", ASSIGNED_TO: "Giao việc (chủ trì, phối hợp)",
  CONCERNS: "Về dự án", ABOUT: "Chủ đề", REPEATS: "Lặp lại", REPORTED: "Chỉ tiêu báo cáo", CITES: "Căn cứ văn bản",
  SUCCEEDED_BY: "Hợp nhất / kế thừa" };

/** "2025-06" -> "Tháng 6/2025"; also quarters, halves and years; anything else as written. */
export function periodLabel(period) {
  const p = String(period || "");
  let m = p.match(/^(\d{4})-(\d{2})$/);
  if (m) return `Tháng ${Number(m[2])}/${m[1]}`;
  m = p.match(/^(\d{4})-H([12])$/i);
  if (m) return `${m[2] === "1" ? "6 tháng đầu năm" : "6 tháng cuối năm"} ${m[1]}`;
  m = p.match(/^(\d{4})-Q([1-4])$/i);
  if (m) return `Quý ${m[2]}/${m[1]}`;
  return /^\d{4}$/.test(p) ? `Năm ${p}` : p;
}

/** "2025-07-03" -> "03/07/2025". */
export function dateLabel(iso) {
  const m = String(iso || "").match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso || "");
}

export function meetingLabel(meeting) {
  if (!meeting) return "";
  return meeting.period ? periodLabel(meeting.period) : (dateLabel(meeting.date) || meeting.id);
}

export function deadlineText(deadline) {
  if (!deadline) return "Không có thời hạn";
  return deadline.text || dateLabel(deadline.date);
}

export function stateBadge(state) {
  return el("span", { class: `status ${state}`, "data-state": state }, STATE_LABELS[state] || state);
}
export function agencyLink(name, role) {
  return el("a", { class: `chip ${role}`, href: `#/agency/${enc(name)}` }, name);
}
export function projectChip(name) { return el("a", { class: "chip project", href: `#/project/${enc(name)}` }, name); }
export function themeChip(name) { return el("a", { class: "chip theme", href: `#/graph/${enc(name)}` }, name); }
export function noticeLink(unit, text) {
  return el("a", { href: `#/meeting/${enc((unit.meeting || {}).id || "")}#${enc(unit.id)}` }, text);
}
