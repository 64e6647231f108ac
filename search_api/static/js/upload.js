/* #/upload: upload a notice (API key field, progress, the ingest report) and delete one; the
 * key stays in this tab only (sessionStorage). */
import { listOf, api, setTwin } from "./api.js";
import { el, enc, show, emptyBox } from "./dom.js";
import { meetingLabel } from "./format.js";

const KEY = "chidao-api-key";

export function apiKey() { return sessionStorage.getItem(KEY) || ""; }
export function storeKey(key) { sessionStorage.setItem(KEY, key); }

/** One write request with the key; resolves with the JSON body, rejects with the Vietnamese
 * message of the error shape. `progress(fraction)` follows the upload. */
export function send(method, path, body, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.setRequestHeader("X-API-Key", apiKey());
    xhr.responseType = "json";
    if (progress) xhr.upload.onprogress = (e) => { if (e.lengthComputable) progress(e.loaded / e.total); };
    xhr.onload = () => {
      const data = xhr.response || {};
      if (xhr.status < 300) { resolve(data); return; }
      const failure = new Error((data.error && data.error.message) || `Lỗi máy chủ (${xhr.status})`);
      failure.code = data.error && data.error.code;
      reject(failure);
    };
    xhr.onerror = () => reject(new Error("Không kết nối được tới máy chủ"));
    xhr.send(body);
  });
}

function reportBox(r) {
  const status = { created: "Đã thêm", unchanged: "Không thay đổi (đã có bản này)", replaced: "Đã thay bản cũ" }[r.status] || r.status;
  return el("div", { class: "card", id: "upload-report" }, el("h2", {}, `${status}: ${r.source}`),
    el("p", {}, el("a", { href: `#/meeting/${enc(r.meeting_id)}` }, `${meetingLabel({ period: r.period })} — ${r.meeting_id}`)),
    el("p", { class: "meta" }, `${r.directives} chỉ đạo · ${r.findings} đánh giá · ${r.agencies} cơ quan · ${r.projects} dự án · ${r.deadlines} thời hạn`));
}

/** Upload; another version of a stored meeting (409) is sent again with replace=true only once
 * the user has confirmed it (the replaced version stays in the store's history). */
async function uploadOrReplace(file, progress) {
  const body = () => { const data = new FormData(); data.append("file", file); return data; };
  try { return await send("POST", "/documents", body(), progress); } catch (error) {
    if (error.code !== "version_conflict") throw error;
    if (!window.confirm(`${error.message}\n\nThay thế phiên bản đang dùng bằng tệp này?`)) {
      const declined = new Error("Chưa thay thế: thông báo đang dùng được giữ nguyên."); declined.code = "declined"; throw declined;
    }
    return send("POST", "/documents?replace=true", body(), progress);
  }
}

function uploadForm(out) {
  const bar = el("progress", { max: "1", value: "0", hidden: true, id: "upload-progress" });
  const form = el("form", { class: "card", id: "upload-form" },
    el("label", {}, "Khóa API ", el("input", { type: "password", name: "key", value: apiKey(), autocomplete: "off" })), " ",
    el("label", {}, "Tệp thông báo (.txt, .md, .html, .docx, .doc, .odt, .pdf) ", el("input", { type: "file", name: "file", required: true, accept: ".txt,.md,.html,.htm,.docx,.doc,.odt,.pdf" })), " ",
    el("button", { class: "btn", type: "submit" }, "Tải lên"), bar);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    storeKey(form.elements.key.value);
    bar.hidden = false; out.replaceChildren(el("p", { class: "loading" }, "Đang tải lên và phân tích…"));
    try { out.replaceChildren(reportBox(await uploadOrReplace(form.elements.file.files[0], (f) => { bar.value = f; }))); }
    catch (error) { out.replaceChildren(el("p", { class: error.code === "declined" ? "empty" : "error", role: "alert" }, error.message)); }
    finally { bar.hidden = true; }
  });
  return form;
}

/** A "Xóa" button that asks first, then deletes the meeting and goes to the upload page. */
export function deleteButton(meeting) {
  return el("button", { class: "btn danger", type: "button", id: "delete-meeting", onclick: async (event) => {
    if (!window.confirm(`Xóa thông báo “${meeting.title || meeting.id}” khỏi kho? Thao tác này không hoàn tác được.`)) return;
    try { await send("DELETE", `/documents/${enc(meeting.id)}`, null); location.hash = "#/upload"; }
    catch (error) { event.target.after(el("p", { class: "error", role: "alert" }, error.message)); }
  } }, "Xóa thông báo");
}

export async function uploadView() {
  const out = el("div", {});
  const meetings = listOf(await api("/meetings", false), "meetings");
  setTwin("/meetings");
  show(el("h1", {}, "Tải lên thông báo"), el("p", { class: "meta" }, "Cần khóa API của máy chủ (CHIDAO_API_KEY). Khóa chỉ lưu trong thẻ trình duyệt này."),
    uploadForm(out), out, el("h2", {}, `Các thông báo trong kho (${meetings.length})`),
    meetings.length ? el("ul", { class: "plain" }, meetings.map((m) => el("li", {}, el("a", { href: `#/meeting/${enc(m.id)}` }, `${meetingLabel(m)} — ${m.title || m.id}`))))
      : emptyBox("Chưa có thông báo nào."));
}
