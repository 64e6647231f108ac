/* The notice page's version history: every kept version of the meeting (when stored, file, counts),
 * the current one marked, any other restorable with the API key after a confirmation. */
import { api, listOf } from "./api.js";
import { el, enc, emptyBox } from "./dom.js";
import { apiKey, send, storeKey } from "./upload.js";

/** "2026-02-03T08:15:00+00:00" -> "03/02/2026 08:15" (UTC, as stored). */
function storedLabel(iso) {
  const m = String(iso || "").match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]} UTC` : String(iso || "");
}

async function restore(meetingId, version, keyInput, status) {
  const ask = `Khôi phục phiên bản “${version.source}” (lưu ${storedLabel(version.stored_at)})?\n\n`
    + "Phiên bản đang dùng sẽ được giữ lại trong lịch sử.";
  if (!window.confirm(ask)) return;
  storeKey(keyInput.value);
  status.replaceChildren(el("p", { class: "loading", role: "status" }, "Đang khôi phục…"));
  try {
    await send("POST", `/meetings/${enc(meetingId)}/versions/${enc(version.sha256)}/restore`, null);
    sessionStorage.setItem("chidao-restored", version.sha256);
    window.dispatchEvent(new HashChangeEvent("hashchange")); // the notice drawn again, restored
  } catch (error) { status.replaceChildren(el("p", { class: "error", role: "alert" }, error.message)); }
}

function versionRow(meetingId, version, keyInput, status) {
  const action = version.current ? el("span", { class: "badge current" }, "Đang dùng")
    : el("button", { type: "button", class: "btn small", "data-sha": version.sha256,
      onclick: () => restore(meetingId, version, keyInput, status) }, "Khôi phục");
  return el("tr", { "data-sha": version.sha256, class: version.current ? "current" : "" },
    el("td", {}, storedLabel(version.stored_at)), el("td", {}, version.source),
    el("td", {}, `${version.directives} chỉ đạo · ${version.findings} đánh giá`), el("td", {}, action));
}

/** The history, folded under the toolbar, filled once `/meetings/{id}/versions` answers (never the page's JSON twin). */
export function versionHistory(meetingId) {
  const summary = el("summary", {}, "Lịch sử phiên bản");
  const body = el("div", {}, el("p", { class: "loading" }, "Đang tải…"));
  const box = el("details", { class: "card versions", id: "versions" }, summary, body);
  api(`/meetings/${enc(meetingId)}/versions`, false).then((answer) => {
    const versions = listOf(answer, "versions");
    const keyInput = el("input", { type: "password", name: "key", value: apiKey(), autocomplete: "off" });
    const status = el("div", { id: "versions-status" });
    const restored = sessionStorage.getItem("chidao-restored"); sessionStorage.removeItem("chidao-restored");
    if (restored && versions.some((v) => v.sha256 === restored && v.current)) {
      status.append(el("p", { class: "banner", role: "status" }, "Đã khôi phục phiên bản này.")); box.open = true;
    }
    summary.textContent = `Lịch sử phiên bản (${versions.length})`;
    body.replaceChildren(status,
      versions.length > 1 ? el("p", {}, el("label", {}, "Khóa API (để khôi phục) ", keyInput)) : emptyBox("Chỉ có một phiên bản của thông báo này."),
      el("table", { class: "tasks versions" }, el("thead", {}, el("tr", {}, ["Lưu lúc", "Tệp", "Nội dung", ""].map((h) => el("th", {}, h)))),
        el("tbody", {}, versions.map((v) => versionRow(meetingId, v, keyInput, status)))));
  }).catch((error) => body.replaceChildren(el("p", { class: "error", role: "alert" }, error.message)));
  return box;
}
