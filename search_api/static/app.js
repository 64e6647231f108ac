/* chidao explorer: vanilla JS, hash routing, every document string goes through textContent. */
"use strict";

const TYPE_COLORS = { Meeting: "#123a63", Directive: "#f2b632", Finding: "#e59866", Agency: "#2e86c1",
  Project: "#27ae60", Theme: "#8e44ad", Deadline: "#c0392b", Indicator: "#16a085", LegalDocument: "#7f8c8d" };
const TYPE_LABELS = { Meeting: "Phiên họp", Directive: "Chỉ đạo", Finding: "Đánh giá", Agency: "Cơ quan",
  Project: "Dự án", Theme: "Chủ đề", Deadline: "Thời hạn", Indicator: "Chỉ tiêu", LegalDocument: "Văn bản" };
const SMALL_MEETING = 8; // the landing graph of a notice with this few directives also shows their neighbours
const STATUS_LABELS = { open: "Đang thực hiện", overdue: "Quá hạn", no_deadline: "Không thời hạn" };

/** Build an element; children are nodes or strings (strings become text nodes, never HTML). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function view() { return document.getElementById("view"); }
function show(...nodes) { view().replaceChildren(el("div", { class: "page" }, ...nodes)); }
function enc(value) { return encodeURIComponent(value); }

/** Bumped on every navigation: a view still loading for an earlier URL stops at its next api()
 * call instead of drawing over the page the user has moved to. */
let routeSeq = 0;
class Stale extends Error {}

async function api(path) {
  const seq = routeSeq;
  document.getElementById("json-twin").setAttribute("href", path);
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (seq !== routeSeq) throw new Stale(path);
  if (!response.ok) {
    const message = (body.error && body.error.message) || response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

/** An api() call whose failure leaves a section empty (an older server without that endpoint). */
function optional(promise, fallback) {
  return promise.catch((error) => { if (error instanceof Stale) throw error; return fallback; });
}

/** Accept a bare list or an object holding the list under one of the given keys. */
function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const key of keys) if (body && Array.isArray(body[key])) return body[key];
  return [];
}

function fold(text) {
  return String(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** A word's letters and its marks apart, so "xóa" and "xoá" (old tone placement) are one word. */
function toneKey(word) {
  const letters = Array.from(word.normalize("NFD").toLowerCase());
  const marks = letters.filter((ch) => /\p{M}/u.test(ch)).sort().join("");
  return `${letters.filter((ch) => !/\p{M}/u.test(ch)).join("")}|${marks}`;
}

/** Text with every whole word of the query wrapped in <mark>. A query word typed with diacritics
 * matches only the same word (case aside: "tạm" is not "tâm"); one typed bare matches any tone. */
function highlighted(text, query) {
  const source = String(text || "");
  const terms = String(query || "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const exact = new Set(terms.filter((t) => fold(t) !== t.toLowerCase()).map(toneKey));
  const bare = new Set(terms.filter((t) => fold(t) === t.toLowerCase()));
  if (!terms.length) return [source];
  const out = []; let at = 0;
  for (const match of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (!exact.has(toneKey(word)) && !bare.has(fold(word))) continue;
    if (match.index > at) out.push(source.slice(at, match.index));
    out.push(el("mark", {}, word)); at = match.index + word.length;
  }
  if (at < source.length) out.push(source.slice(at));
  return out;
}

function agencyLink(name, role) {
  return el("a", { class: `chip ${role}`, href: `#/agency/${enc(name)}` }, name);
}
function projectChip(name) { return el("a", { class: "chip project", href: `#/project/${enc(name)}` }, name); }
function themeChip(name) { return el("a", { class: "chip theme", href: `#/graph/${enc(name)}` }, name); }

function deadlineText(deadline) {
  if (!deadline) return "Không có thời hạn";
  return deadline.text || deadline.date || "";
}
function meetingLabel(meeting) {
  if (!meeting) return "";
  return meeting.period ? `Tháng ${String(meeting.period).split("-").reverse().join("/")}` : (meeting.date || meeting.id);
}

function errorBox(error) { return el("p", { class: "error" }, `Không tải được dữ liệu — ${error.message}`); }

/* ---------- search ---------- */
function resultCard(result, query) {
  const meeting = result.meeting || {};
  const link = `#/meeting/${enc(meeting.id || "")}#${enc(result.id)}`;
  return el("article", { class: "card result", "data-id": result.id },
    el("p", { class: "text" }, highlighted(result.text, query)),
    el("div", { class: "meta" },
      el("span", {}, "Phiên họp: ", el("a", { href: link, class: "open-notice" }, meetingLabel(meeting))),
      el("span", {}, "Thời hạn: ", deadlineText(result.deadline)),
      result.kind === "finding" ? el("span", {}, "Đánh giá") : result.kind === "passage" ? el("span", {}, "Đoạn văn") : null),
    el("div", { class: "meta" },
      (result.lead || []).length ? ["Chủ trì: ", (result.lead || []).map((n) => agencyLink(n, "lead"))] : null,
      (result.support || []).length ? ["Phối hợp: ", (result.support || []).map((n) => agencyLink(n, "support"))] : null),
    el("div", {}, (result.projects || []).map(projectChip), (result.themes || []).map(themeChip)));
}

async function searchView(params) {
  const query = params.get("q") || "";
  document.getElementById("q").value = query;
  const head = el("h1", {}, `Kết quả tìm kiếm cho “${query}”`);
  if (!query.trim()) { show(el("h1", {}, "Nhập nội dung cần tìm")); return; }
  show(head, el("p", { class: "empty" }, "Đang tìm…"));
  const body = await api(`/search?${params.toString()}`);
  const results = listOf(body, "results");
  show(head, results.length ? el("div", { id: "results" }, results.map((r) => resultCard(r, query)))
    : el("p", { class: "empty" }, "Không tìm thấy kết quả phù hợp."));
}

/* ---------- meeting (full notice) ---------- */
function paragraph(item, kind, target) {
  const card = el("article", { class: `card directive ${item.id === target ? "highlight" : ""}`, id: item.id },
    el("p", {}, item.text),
    el("div", { class: "meta" }, item.section ? el("span", {}, `Mục ${item.section}`) : null,
      kind === "directive" ? el("span", {}, "Thời hạn: ", deadlineText(item.deadline)) : el("span", {}, "Đánh giá")),
    el("div", {}, (item.lead || []).map((n) => agencyLink(n, "lead")), (item.support || []).map((n) => agencyLink(n, "support")),
      (item.projects || []).map(projectChip), (item.themes || []).map(themeChip)));
  return card;
}

async function meetingView(id, target) {
  const body = await api(`/meetings/${enc(id)}`);
  const meeting = body.meeting || body;
  const findings = listOf(body.findings || meeting.findings || []);
  const directives = listOf(body.directives || meeting.directives || []);
  show(el("h1", {}, meeting.title || meetingLabel(meeting)),
    el("p", { class: "meta" }, meetingLabel(meeting), meeting.chair ? `Chủ trì: ${meeting.chair}` : "",
      el("a", { href: `#/graph/${enc(meeting.id || id)}` }, "Xem đồ thị")),
    findings.length ? el("h2", {}, "Đánh giá tình hình") : null, findings.map((f) => paragraph(f, "finding", target)),
    el("h2", {}, "Nội dung chỉ đạo"), directives.map((d) => paragraph(d, "directive", target)));
  const focus = target ? document.getElementById(target) : null;
  if (focus) focus.scrollIntoView({ block: "center" });
}

/* ---------- graph ---------- */
function nodeType(node) { return node.label || node.type || (node.labels || [])[0] || node.kind || "Node"; }
function nodeName(node) { return node.name || node.title || node.text || node.id; }
function nodeCaption(node) { // a meeting is known by its month, not its long title
  return nodeType(node) === "Meeting" && node.period ? `Phiên họp ${meetingLabel(node).toLowerCase()}` : nodeName(node);
}
function short(text, size) { const s = String(text || ""); return s.length > size ? `${s.slice(0, size - 1)}…` : s; }

function toElements(body) {
  const nodes = listOf(body, "nodes").map((n) => ({ group: "nodes",
    data: { ...n, id: n.id, type: nodeType(n), caption: short(nodeCaption(n), 40) } }));
  const edges = listOf(body, "edges").map((e) => ({ group: "edges",
    data: { ...e, id: `${e.source}|${e.type}|${e.target}`, source: e.source, target: e.target } }));
  return nodes.concat(edges);
}

function addElements(cy, body) {
  const fresh = toElements(body).filter((item) => cy.getElementById(item.data.id).empty());
  cy.add(fresh.filter((item) => item.group === "nodes"));
  cy.add(fresh.filter((item) => item.group === "edges" && !cy.getElementById(item.data.source).empty()
    && !cy.getElementById(item.data.target).empty()));
  return fresh.length;
}

function cyStyle() {
  return [
    { selector: "node", style: { "background-color": (n) => TYPE_COLORS[n.data("type")] || "#95a5a6",
      label: "data(caption)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 120, width: 18, height: 18 } },
    { selector: "node[type = 'Directive'], node[type = 'Finding']", style: { label: "" } },
    { selector: "node[type = 'Meeting']", style: { width: 30, height: 30, "font-weight": "bold" } },
    { selector: "node.hover, node:selected", style: { label: "data(caption)", "z-index": 10,
      "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
    { selector: "edge", style: { width: 1, "line-color": "#b8c4d0", "curve-style": "bezier",
      "target-arrow-shape": "triangle", "target-arrow-color": "#b8c4d0", "arrow-scale": 0.6 } },
    { selector: ".hidden", style: { display: "none" } },
  ];
}

function detailPanel(panel, data) {
  const rows = Object.entries(data).filter(([k]) => !["caption", "id", "type", "label", "name"].includes(k));
  const type = data.type;
  const links = { Agency: `#/agency/${enc(data.id)}`, Project: `#/project/${enc(data.id)}`, Meeting: `#/meeting/${enc(data.id)}` };
  if (["Directive", "Finding"].includes(type) && data.meeting) links[type] = `#/meeting/${enc(data.meeting)}#${enc(data.id)}`;
  panel.replaceChildren(el("div", {}, el("h2", {}, TYPE_LABELS[type] || type), el("p", {}, nodeName(data)),
    links[type] ? el("p", {}, el("a", { href: links[type] }, "Mở trang chi tiết")) : null,
    el("dl", {}, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, typeof v === "object" ? JSON.stringify(v) : String(v))])),
    el("p", { class: "empty" }, "Bấm vào một nút để mở rộng các nút lân cận.")));
}

function applyFilters(cy, root) {
  const types = new Set(Array.from(root.querySelectorAll("input[data-type]:checked")).map((i) => i.dataset.type));
  const since = root.querySelector("#since").value; const until = root.querySelector("#until").value;
  cy.nodes().forEach((node) => {
    const period = node.data("period") || (node.data("date") || "").slice(0, 7);
    const outside = period && ((since && period < since) || (until && period > until));
    node.toggleClass("hidden", !types.has(node.data("type")) || Boolean(outside));
  });
}

function graphControls() {
  const legend = el("div", { class: "legend" }, Object.keys(TYPE_COLORS).map((type) =>
    el("label", {}, el("input", { type: "checkbox", "data-type": type, checked: "checked" }),
      el("span", { class: "dot", style: `background:${TYPE_COLORS[type]}` }), TYPE_LABELS[type])));
  const period = el("div", { class: "toolbar" }, "Từ tháng ", el("select", { id: "since" }, el("option", { value: "" }, "(đầu)")),
    " đến tháng ", el("select", { id: "until" }, el("option", { value: "" }, "(cuối)")), el("span", { id: "node-count" }));
  return el("div", {}, legend, period);
}

/** The period selects offer the months of the nodes on screen; a chosen month stays chosen. */
function refreshPeriods(cy, controls) {
  const periods = Array.from(new Set(cy.nodes().map((n) => n.data("period")).filter(Boolean))).sort();
  for (const select of controls.querySelectorAll("select")) {
    const chosen = select.value; const first = select.options[0];
    select.replaceChildren(first, ...periods.map((p) => el("option", { value: p }, meetingLabel({ period: p }))));
    select.value = periods.includes(chosen) ? chosen : "";
  }
}

function updateCount(cy, controls) {
  controls.querySelector("#node-count").textContent = `${cy.nodes().length} nút`;
  refreshPeriods(cy, controls);
}

async function expand(cy, id) {
  const added = addElements(cy, await api(`/graph?node=${enc(id)}&depth=1&limit=60`));
  if (added) cy.layout({ name: "cose", animate: false, randomize: false, fit: true }).run();
  return added;
}

async function mountGraph(container, id, small) {
  const controls = graphControls();
  const canvas = el("div", { id: "cy", class: small ? "small" : "" });
  const panel = el("aside", { class: "side", id: "side" }, el("p", { class: "empty" }, "Chọn một nút để xem chi tiết."));
  container.append(controls, el("div", { class: "graph-wrap" }, canvas, panel));
  const cy = cytoscape({ container: canvas, style: cyStyle(), wheelSensitivity: 0.3, maxZoom: 1.6 });
  window.chidaoCy = cy;
  const count = () => updateCount(cy, controls);
  for (const kind of ["change", "input"]) controls.addEventListener(kind, () => applyFilters(cy, controls));
  cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
  cy.on("tap", "node", async (event) => {
    detailPanel(panel, event.target.data());
    await expand(cy, event.target.id()).catch((error) => panel.append(errorBox(error)));
    applyFilters(cy, controls); count();
  });
  await expand(cy, id); count();
  return cy;
}

async function graphView(id) {
  const meetings = id ? [] : listOf(await api("/meetings"), "meetings");
  const start = id || (latestMeeting(meetings) || {}).id; // no node named: the latest meeting
  if (!start) { show(el("h1", {}, "Đồ thị quan hệ"), el("p", { class: "empty" }, "Chưa có phiên họp nào.")); return; }
  const root = el("section", {});
  show(el("h1", {}, "Đồ thị quan hệ"), root);
  await mountGraph(root, start, false);
}

function latestMeeting(meetings) {
  const sorted = meetings.slice().sort((a, b) => String(a.date || a.period).localeCompare(String(b.date || b.period)));
  return sorted[sorted.length - 1];
}

/* ---------- agency timeline ---------- */
function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) { const key = keyOf(item); if (!groups.has(key)) groups.set(key, []); groups.get(key).push(item); }
  return groups;
}

function obligationCard(ob) {
  return el("article", { class: `card ob ${ob.status}` },
    el("span", { class: `status ${ob.status}` }, STATUS_LABELS[ob.status] || ob.status), " ",
    el("span", { class: `chip ${ob.role}` }, ob.role === "lead" ? "Chủ trì" : "Phối hợp"),
    el("p", {}, ob.text),
    el("div", { class: "meta" }, el("span", {}, "Thời hạn: ", deadlineText(ob.deadline)),
      el("a", { href: `#/meeting/${enc((ob.meeting || {}).id || "")}#${enc(ob.id)}` }, "Xem trong thông báo")));
}

async function agencyView(id, params) {
  const query = new URLSearchParams();
  if (params.get("as_of")) query.set("as_of", params.get("as_of"));
  if (params.get("role")) query.set("role", params.get("role"));
  const body = await api(`/agencies/${enc(id)}/obligations?${query.toString()}`);
  const obligations = listOf(body, "obligations");
  const months = groupBy(obligations, (ob) => meetingLabel(ob.meeting));
  const form = el("form", { class: "toolbar", id: "agency-filter" },
    "Vai trò ", el("select", { name: "role" }, el("option", { value: "" }, "Tất cả"),
      el("option", { value: "lead" }, "Chủ trì"), el("option", { value: "support" }, "Phối hợp")),
    " Tính đến ngày ", el("input", { type: "date", name: "as_of", value: body.as_of || params.get("as_of") || "" }),
    el("button", { class: "btn", type: "submit" }, "Lọc"),
    el("a", { href: `#/graph/${enc((body.agency || {}).id || id)}` }, "Xem đồ thị"));
  form.elements.role.value = params.get("role") || "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams(Array.from(new FormData(form)).filter(([, v]) => v));
    location.hash = `#/agency/${enc(id)}?${next.toString()}`;
  });
  const counts = groupBy(obligations, (ob) => ob.status);
  const repeated = await optional(api(`/agencies/${enc(id)}/repeated`), { threads: [] });
  document.getElementById("json-twin").setAttribute("href", `/agencies/${enc(id)}/obligations?${query.toString()}`);
  const threads = listOf(repeated, "threads");
  show(el("h1", {}, (body.agency || {}).name || id), form,
    el("p", { class: "meta" }, Object.keys(STATUS_LABELS).map((s) =>
      el("span", {}, el("span", { class: `status ${s}` }, STATUS_LABELS[s]), ` ${(counts.get(s) || []).length}`))),
    obligations.length ? el("div", { class: "timeline", id: "timeline" }, Array.from(months, ([month, items]) =>
      el("section", { class: "month" }, el("h2", {}, month), items.map(obligationCard))))
      : el("p", { class: "empty" }, "Không có nhiệm vụ nào."),
    el("h2", {}, "Nhiệm vụ lặp lại qua nhiều kỳ họp"),
    el("p", { class: "meta" }, "Chữ xanh là nội dung mới, chữ đỏ gạch ngang là nội dung bỏ đi so với kỳ họp trước."),
    threads.length ? el("div", { id: "agency-threads" }, threads.map(threadCard))
      : el("p", { class: "empty" }, "Chưa có nhiệm vụ nào lặp lại qua nhiều phiên họp."));
}

/* ---------- project threads with word diff ---------- */
function wordDiff(before, after) {
  const a = String(before).split(/\s+/).filter(Boolean); const b = String(after).split(/\s+/).filter(Boolean);
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--)
    table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out = []; let i = 0; let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { out.push(`${a[i]} `); i++; j++; }
    else if (j < b.length && (i >= a.length || table[i][j + 1] >= table[i + 1][j])) { out.push(el("ins", {}, b[j]), " "); j++; }
    else { out.push(el("del", {}, a[i]), " "); i++; }
  }
  return out;
}

/** What an occurrence is compared with: the occurrence of an earlier meeting sharing most words
 * (a thread may hold two paragraphs of one meeting; those are not each other's earlier version). */
function diffBase(items, index) {
  const here = items[index]; const words = new Set(String(here.text).split(/\s+/));
  const shared = (o) => String(o.text).split(/\s+/).filter((w) => words.has(w)).length;
  const earlier = items.slice(0, index).filter((o) => (o.meeting || {}).id !== (here.meeting || {}).id);
  return earlier.reduce((best, o) => (best === null || shared(o) > shared(best) ? o : best), null);
}

function threadCard(thread) {
  const items = (thread.occurrences || []).slice();
  return el("article", { class: "card thread" },
    el("h2", {}, `Nhiệm vụ lặp lại ${thread.meetings || items.length} kỳ (${thread.first_seen || ""} → ${thread.last_seen || ""})`),
    items.map((occ, index) => el("div", { class: "occurrence" },
      el("div", { class: "meta" }, el("a", { href: `#/meeting/${enc((occ.meeting || {}).id || "")}#${enc(occ.id)}` }, meetingLabel(occ.meeting)),
        "Thời hạn: ", deadlineText(occ.deadline), (occ.lead || []).map((n) => agencyLink(n, "lead"))),
      el("p", {}, diffBase(items, index) ? wordDiff(diffBase(items, index).text, occ.text) : occ.text))));
}

async function projectView(id) {
  const body = await api(`/projects/${enc(id)}/repeated`);
  const threads = listOf(body, "threads");
  show(el("h1", {}, (body.project || {}).name || id),
    el("p", {}, el("a", { href: `#/graph/${enc((body.project || {}).id || id)}` }, "Xem đồ thị dự án"),
      " · Phần chữ xanh là nội dung mới, chữ đỏ gạch ngang là nội dung bỏ đi so với kỳ họp trước."),
    threads.length ? threads.map(threadCard) : el("p", { class: "empty" }, "Chưa có nhiệm vụ nào lặp lại qua nhiều phiên họp."));
}

/* ---------- themes chart ---------- */
function themePeriods(theme) {
  const raw = theme.by_period || theme.counts || theme.periods || {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((r) => [r.period, r.count ?? r.n ?? 0]));
  return raw;
}

async function themeCounts(themes) {
  const given = themes.map((t) => [t.name || t.id, themePeriods(t)]);
  if (given.some(([, p]) => Object.keys(p).length)) return given;
  const counts = new Map(themes.map((t) => [t.name || t.id, {}]));
  for (const meeting of listOf(await api("/meetings"), "meetings")) {
    const body = await api(`/meetings/${enc(meeting.id)}`);
    for (const d of listOf(body.directives || (body.meeting || {}).directives || [])) for (const name of d.themes || []) {
      const row = counts.get(name) || {}; row[meeting.period] = (row[meeting.period] || 0) + 1; counts.set(name, row);
    }
  }
  return Array.from(counts);
}

function barChart(name, byPeriod, periods, max) {
  const ns = "http://www.w3.org/2000/svg"; const width = 40 * periods.length + 20; const height = 100;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "chart"); svg.setAttribute("width", width); svg.setAttribute("height", height);
  periods.forEach((period, i) => {
    const value = byPeriod[period] || 0; const h = max ? Math.round((value / max) * 60) : 0;
    const rect = document.createElementNS(ns, "rect");
    Object.entries({ x: 10 + i * 40, y: 80 - h, width: 28, height: h, fill: "#8e44ad" }).forEach(([k, v]) => rect.setAttribute(k, v));
    const title = document.createElementNS(ns, "title"); title.textContent = `${name} — ${period}: ${value}`; rect.append(title);
    const label = document.createElementNS(ns, "text"); label.setAttribute("x", 10 + i * 40); label.setAttribute("y", 94); label.textContent = period.slice(2);
    const num = document.createElementNS(ns, "text"); num.setAttribute("x", 18 + i * 40); num.setAttribute("y", 76 - h); num.textContent = value || "";
    svg.append(rect, label, num);
  });
  return svg;
}

function discoveredCard(theme, periods, max) {
  return el("article", { class: "card discovered" },
    el("h3", {}, theme.label || theme.id),
    el("p", { class: "meta" }, `${theme.directives} chỉ đạo · ${theme.meetings} kỳ họp (${theme.first_seen || ""} → ${theme.last_seen || ""})`),
    barChart(theme.label || theme.id, theme.by_period || {}, periods, max),
    el("ul", { class: "members" }, (theme.members || []).slice(0, 4).map((m) => el("li", {},
      el("a", { href: `#/meeting/${enc(m.meeting)}#${enc(m.id)}` }, m.period || m.meeting), " ", short(m.text, 140)))));
}

async function discoveredSection(periods, max) {
  const body = await optional(api("/themes/discovered"), { themes: [] });
  const themes = listOf(body, "themes");
  return el("section", { id: "discovered" }, el("h2", {}, "Chủ đề phát hiện từ dữ liệu"),
    el("p", { class: "meta" }, "Nhóm chỉ đạo lặp lại qua nhiều kỳ họp mà danh mục chủ đề chưa gọi tên; nhãn là các cụm từ đặc trưng nhất của nhóm."),
    themes.length ? el("div", { class: "grid2" }, themes.map((t) => discoveredCard(t, periods, max)))
      : el("p", { class: "empty" }, "Chưa phát hiện chủ đề mới."));
}

async function themesView() {
  const rows = await themeCounts(listOf(await api("/themes"), "themes"));
  const periods = Array.from(new Set(rows.flatMap(([, p]) => Object.keys(p)))).sort();
  const max = Math.max(0, ...rows.flatMap(([, p]) => Object.values(p)));
  rows.sort((x, y) => Object.values(y[1]).reduce((s, v) => s + v, 0) - Object.values(x[1]).reduce((s, v) => s + v, 0));
  show(el("h1", {}, "Chủ đề theo tháng"), el("p", { class: "meta" }, "Số đoạn chỉ đạo nhắc tới mỗi chủ đề trong từng kỳ họp."),
    el("div", { id: "themes", class: "grid2" }, rows.map(([name, byPeriod]) =>
      el("div", { class: "card" }, el("a", { href: `#/graph/${enc(name)}` }, name), el("div", {}, barChart(name, byPeriod, periods, max))))),
    await discoveredSection(periods, max));
  document.getElementById("json-twin").setAttribute("href", "/themes");
}

/* ---------- landing ---------- */
function linkList(items, route) {
  return el("ul", { class: "plain" }, items.map((item) =>
    el("li", {}, el("a", { href: `#/${route}/${enc(item.id || item.name)}` }, item.name || item.id))));
}

async function landingView() {
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

/* ---------- router ---------- */
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [pathAndQuery, fragment] = [raw.split("#")[0], raw.split("#").slice(1).join("#")];
  const [path, query] = [pathAndQuery.split("?")[0], pathAndQuery.split("?").slice(1).join("?")];
  const [name, ...rest] = path.split("/");
  return { name, id: rest.length ? decodeURIComponent(rest.join("/")) : "", params: new URLSearchParams(query),
    fragment: fragment ? decodeURIComponent(fragment) : "" };
}

let lastView = "";
async function route() {
  const { name, id, params, fragment } = parseHash();
  if (lastView === "search" && name !== "search") document.getElementById("q").value = ""; // never wipe what is being typed
  lastView = name;
  window.scrollTo(0, 0); // a new view starts at its top (the notice view then scrolls to its paragraph)
  const routes = { search: () => searchView(params), agency: () => agencyView(id, params), project: () => projectView(id),
    themes: () => themesView(), graph: () => graphView(id), meeting: () => meetingView(id, fragment) };
  const seq = ++routeSeq;
  try { await (routes[name] || landingView)(); } catch (error) {
    if (seq === routeSeq && !(error instanceof Stale)) show(errorBox(error)); // errors of a left view are moot
  }
}

async function health() {
  const body = await api("/health").catch(() => null);
  if (body) document.getElementById("health").textContent = `${body.meetings} phiên họp · ${body.directives} chỉ đạo · kho ${body.store}`;
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?q=${enc(document.getElementById("q").value)}`;
});
window.addEventListener("hashchange", route);
health().finally(route);
