/* #/search?q=...: results with the query's words highlighted. */
import { api, listOf } from "./api.js";
import { el, enc, show, loadingBox, emptyBox } from "./dom.js";
import { highlighted } from "./highlight.js";
import { agencyLink, deadlineText, meetingLabel, projectChip, themeChip } from "./format.js";

function resultCard(result, query) {
  const meeting = result.meeting || {};
  const link = `#/meeting/${enc(meeting.id || "")}#${enc(result.id)}`;
  const lead = result.lead || []; const support = result.support || [];
  return el("article", { class: "card result", "data-id": result.id },
    el("p", { class: "text" }, highlighted(result.text, query)),
    el("div", { class: "meta" },
      el("span", {}, "Phiên họp: ", el("a", { href: link, class: "open-notice" }, meetingLabel(meeting))),
      el("span", {}, "Thời hạn: ", deadlineText(result.deadline)),
      result.kind === "finding" ? el("span", {}, "Đánh giá")
        : result.kind === "passage" ? el("span", {}, "Đoạn văn") : null),
    el("div", { class: "meta" },
      lead.length ? el("span", {}, "Chủ trì: ", lead.map((n) => agencyLink(n, "lead"))) : null,
      support.length ? el("span", {}, "Phối hợp: ", support.map((n) => agencyLink(n, "support"))) : null),
    el("div", {}, (result.projects || []).map(projectChip), (result.themes || []).map(themeChip)));
}

export async function searchView(params) {
  const query = params.get("q") || "";
  document.getElementById("q").value = query;
  if (!query.trim()) { show(el("h1", {}, "Nhập nội dung cần tìm")); return; }
  const head = el("h1", {}, `Kết quả tìm kiếm cho “${query}”`);
  show(head, loadingBox("Đang tìm…"));
  const results = listOf(await api(`/search?${params.toString()}`), "results");
  show(head, results.length ? el("div", { id: "results" }, results.map((r) => resultCard(r, query)))
    : emptyBox("Không tìm thấy kết quả phù hợp."));
}
