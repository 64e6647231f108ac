/* #/graph/ID: a Cytoscape graph centred on any node; a tap adds the node's neighbours. */
import { api, listOf } from "./api.js";
import { el, enc, short, show, emptyBox, errorBox } from "./dom.js";
import { dateLabel, EDGE_LABELS, meetingLabel, periodLabel, REL_LABELS, TYPE_COLORS, TYPE_LABELS } from "./format.js";

const FIELD_LABELS = { period: "Kỳ họp", date: "Ngày họp", issued: "Ngày ban hành", chair: "Chủ trì", signer: "Người ký",
  number: "Số", kind: "Loại", province: "Tỉnh", directives: "Số chỉ đạo", section: "Mục", text: "Nội dung",
  active_from: "Hoạt động từ", active_to: "Hoạt động đến", role: "Vai trò" };
const DATE_FIELDS = new Set(["date", "issued", "active_from", "active_to"]);

export function nodeType(node) { return node.label || node.type || (node.labels || [])[0] || node.kind || "Node"; }
function nodeName(node) { return node.name || node.title || node.text || node.id; }
function nodeCaption(node) { // a meeting is known by its month, not its long title
  return nodeType(node) === "Meeting" && node.period ? `Phiên họp ${meetingLabel(node).toLowerCase()}` : nodeName(node);
}

const COLLAPSE = 12; // a meeting with more paragraphs than this shows them as one expandable node
const PAGE = 60; // relationships fetched per expansion; "xem thêm" fetches the next ones
let page = PAGE; // this graph's (#/graph/ID?limit=N)
let ownPage = true; // the graph is the page (its calls are the JSON twin), not a small graph inside another
const groups = new Map(); // group node id -> the elements it stands for
const LAYOUT = { name: "cose", animate: false, randomize: false, fit: true, nodeRepulsion: 9000, idealEdgeLength: 70 };

function edgeCaption(e) {
  if (e.type === "ASSIGNED_TO") return e.role === "support" ? "phối hợp" : "chủ trì";
  return e.type === "ISSUED" ? "" : (EDGE_LABELS[e.type] || "");
}

function toElements(body) {
  const nodes = listOf(body, "nodes").map((n) => ({ group: "nodes",
    data: { ...n, id: n.id, type: nodeType(n), caption: short(nodeCaption(n), nodeType(n) === "Directive" ? 48 : 40) } }));
  const edges = listOf(body, "edges").map((e) => ({ group: "edges",
    data: { ...e, id: `${e.source}|${e.type}|${e.target}`, source: e.source, target: e.target, caption: edgeCaption(e) } }));
  return nodes.concat(edges);
}

/** A meeting expanded with many paragraphs not yet on screen: those paragraphs (and their edges) become one node. */
function collapse(cy, fresh, centre) {
  const meeting = fresh.find((i) => i.group === "nodes" && i.data.id === centre && i.data.type === "Meeting");
  const units = new Set(fresh.filter((i) => i.group === "nodes" && ["Directive", "Finding"].includes(i.data.type)
    && i.data.meeting === centre && cy.getElementById(i.data.id).empty()).map((i) => i.data.id));
  if (!meeting || units.size <= COLLAPSE) return fresh;
  const inside = (i) => units.has(i.data.id) || units.has(i.data.source) || units.has(i.data.target);
  const members = fresh.filter(inside);
  const directives = members.filter((i) => i.data.type === "Directive").length;
  const id = `group:${centre}`;
  groups.set(id, members);
  const caption = `${directives} chỉ đạo · ${units.size - directives} đánh giá — bấm để mở`;
  return fresh.filter((i) => !inside(i)).concat(
    { group: "nodes", data: { id, type: "Group", filterType: "Directive", caption, name: caption, period: meeting.data.period, count: units.size } },
    { group: "edges", data: { id: `${centre}|ISSUED|${id}`, source: centre, target: id, type: "ISSUED", caption: "" } });
}

function addElements(cy, items) {
  const fresh = items.filter((item) => cy.getElementById(item.data.id).empty());
  cy.add(fresh.filter((item) => item.group === "nodes"));
  cy.add(fresh.filter((item) => item.group === "edges" && !cy.getElementById(item.data.source).empty()
    && !cy.getElementById(item.data.target).empty()));
  return fresh.length;
}

/** The group's paragraphs back in the graph, the group node gone. */
export function openGroup(cy, id) {
  const members = groups.get(id) || [];
  cy.getElementById(id).remove();
  groups.delete(id);
  const added = addElements(cy, members);
  if (added) cy.layout(LAYOUT).run();
  return added;
}

function cyStyle() {
  return [
    { selector: "node", style: { "background-color": (n) => TYPE_COLORS[n.data("type")] || "#95a5a6",
      label: "data(caption)", "font-size": 11, "min-zoomed-font-size": 7, "text-wrap": "wrap", "text-max-width": 140,
      "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#fff", "text-background-opacity": 0.8,
      "text-background-padding": 1, width: 20, height: 20 } },
    // paragraph labels appear once zoomed in enough to read them (never a heap of overlapping text)
    { selector: "node[type = 'Directive'], node[type = 'Finding']", style: { "font-size": 9, "min-zoomed-font-size": 11,
      "text-max-width": 120, width: 14, height: 14 } },
    { selector: "node[type = 'Meeting']", style: { width: 34, height: 34, "font-weight": "bold", "font-size": 12 } },
    { selector: "node[type = 'Group']", style: { shape: "round-rectangle", width: 46, height: 26, "background-color": "#f2b632",
      "border-width": 2, "border-color": "#123a63", "font-weight": "bold" } },
    { selector: "node.hover, node:selected", style: { "z-index": 10, "text-background-opacity": 1, "font-size": 12 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
    { selector: "edge", style: { width: 1.2, "line-color": "#b8c4d0", "curve-style": "bezier", "target-arrow-shape": "triangle",
      "target-arrow-color": "#b8c4d0", "arrow-scale": 0.7, label: "data(caption)", "font-size": 8, "min-zoomed-font-size": 7,
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.9, color: "#3c4a58" } },
    { selector: "edge[type = 'ASSIGNED_TO']", style: { width: 2, "line-color": "#2e86c1", "target-arrow-color": "#2e86c1" } },
    { selector: "edge[type = 'ASSIGNED_TO'][role = 'support']", style: { "line-style": "dashed", width: 1.5 } },
    { selector: "edge[type = 'REPEATS']", style: { width: 2.5, "line-color": "#c0392b", "target-arrow-color": "#c0392b" } },
    { selector: "edge[type = 'CITES']", style: { "line-style": "dotted", "line-color": "#7f8c8d", "target-arrow-color": "#7f8c8d" } },
    { selector: "edge[type = 'NEXT']", style: { width: 2.5, "line-color": "#123a63", "target-arrow-color": "#123a63" } },
    { selector: ".hidden", style: { display: "none" } },
  ];
}

function fieldValue(key, value) {
  if (key === "period") return periodLabel(value);
  if (DATE_FIELDS.has(key)) return dateLabel(value);
  if (key === "role") return value === "lead" ? "Chủ trì" : "Phối hợp";
  return String(value);
}

function detailPanel(panel, data) {
  const rows = Object.entries(data).filter(([k, v]) => FIELD_LABELS[k] && v !== null && v !== "" && typeof v !== "object");
  const type = data.type;
  panel.dataset.node = data.id;
  if (type === "Group") { panel.replaceChildren(el("h2", {}, "Nhóm đoạn của phiên họp"), el("p", {}, data.caption)); return; }
  const links = { Agency: `#/agency/${enc(data.id)}`, Project: `#/project/${enc(data.id)}`, Meeting: `#/meeting/${enc(data.id)}` };
  if (["Directive", "Finding"].includes(type) && data.meeting) links[type] = `#/meeting/${enc(data.meeting)}#${enc(data.id)}`;
  panel.replaceChildren(el("div", {}, el("h2", {}, TYPE_LABELS[type] || type), el("p", {}, nodeName(data)),
    links[type] ? el("p", {}, el("a", { href: links[type] }, "Mở trang chi tiết")) : null,
    el("dl", {}, rows.map(([k, v]) => [el("dt", {}, FIELD_LABELS[k]), el("dd", {}, fieldValue(k, v))])),
    el("p", { class: "empty" }, "Bấm vào một nút để mở rộng các nút lân cận.")));
}

function applyFilters(cy, root) {
  const types = new Set(Array.from(root.querySelectorAll("input[data-type]:checked")).map((i) => i.dataset.type));
  const since = root.querySelector("#since").value; const until = root.querySelector("#until").value;
  cy.nodes().forEach((node) => {
    const period = node.data("period") || (node.data("date") || "").slice(0, 7);
    const outside = period && ((since && period < since) || (until && period > until));
    node.toggleClass("hidden", !types.has(node.data("filterType") || node.data("type")) || Boolean(outside));
  });
}

function graphControls() {
  const legend = el("div", { class: "legend" }, Object.keys(TYPE_COLORS).map((type) =>
    el("label", {}, el("input", { type: "checkbox", "data-type": type, checked: "checked" }),
      el("span", { class: "dot", style: `background:${TYPE_COLORS[type]}` }), TYPE_LABELS[type])));
  const period = el("div", { class: "toolbar" }, "Từ tháng ", el("select", { id: "since" }, el("option", { value: "" }, "(đầu)")),
    " đến tháng ", el("select", { id: "until" }, el("option", { value: "" }, "(cuối)")), el("span", { id: "node-count" }),
    el("button", { type: "button", class: "btn small", id: "graph-more", hidden: true }));
  const edges = el("div", { class: "legend edges" }, "Quan hệ: ", [["lead", "chủ trì (nét liền)"], ["support", "phối hợp (nét đứt)"],
    ["repeats", "lặp lại"], ["cites", "căn cứ (chấm)"], ["next", "kỳ họp sau"]].map(([k, t]) => el("span", { class: `edge-key ${k}` }, t)));
  return el("div", {}, legend, edges, period);
}

/** The period selects offer the months of the nodes on screen; a chosen month stays chosen. */
function refreshPeriods(cy, controls) {
  const periods = Array.from(new Set(cy.nodes().map((n) => n.data("period")).filter(Boolean))).sort();
  for (const select of controls.querySelectorAll("select")) {
    const chosen = select.value; const first = select.options[0];
    select.replaceChildren(first, ...periods.map((p) => el("option", { value: p }, periodLabel(p))));
    select.value = periods.includes(chosen) ? chosen : "";
  }
}

const shown = new Map(); // "node id|type" -> relationships asked for so far
const relations = new Map(); // node id -> its relationships counted by type (from its last /graph answer)

export function updateCount(cy, controls) {
  controls.querySelector("#node-count").textContent = `${cy.nodes().length} nút`;
  refreshPeriods(cy, controls);
}

/** "Đang hiển thị 60 / 110 — xem thêm" for the last expansion that was cut at its limit. */
function moreButton(controls, cy, id, body, rel) {
  const more = controls.querySelector("#graph-more");
  const edges = listOf(body, "edges").length; const total = body.total || edges;
  more.hidden = edges >= total;
  more.textContent = `Đang hiển thị ${edges} / ${total} quan hệ${rel ? ` «${REL_LABELS[rel] || rel}»` : ""} — xem thêm`;
  more.onclick = async () => { await expand(cy, id, controls, rel); updateCount(cy, controls); };
}

/** Add the node's neighbours (only those over relationships of type `rel` where given), a page more each call. */
export async function expand(cy, id, controls, rel) {
  if (groups.has(id)) return openGroup(cy, id);
  const key = `${id}|${rel || ""}`;
  const limit = (shown.get(key) || 0) + page; shown.set(key, limit);
  const body = await api(`/graph?node=${enc(id)}&depth=1&limit=${limit}${rel ? `&rel=${enc(rel)}` : ""}`, ownPage);
  const centre = body.centre || id;
  if (body.relations) relations.set(centre, body.relations);
  const added = addElements(cy, collapse(cy, toElements(body), centre));
  if (controls) moreButton(controls, cy, id, body, rel);
  if (added) cy.layout(LAYOUT).run();
  return added;
}

/** The node's relationship types with their counts; a button expands that one type. */
function relationMenu(cy, id, controls) {
  const counts = relations.get(id) || [];
  if (!counts.length) return null;
  const pick = async (button, type) => {
    button.disabled = true;
    await expand(cy, id, controls, type).catch((error) => button.after(errorBox(error)));
    applyFilters(cy, controls); updateCount(cy, controls); button.disabled = false;
  };
  return el("div", { id: "graph-relations", class: "relations", "data-node": id }, el("h3", {}, "Mở rộng theo loại quan hệ"),
    counts.map(({ type, count }) => el("button", { type: "button", class: "btn small", "data-rel": type,
      onclick: (event) => pick(event.currentTarget, type) }, `${REL_LABELS[type] || type} (${count})`)));
}

export async function mountGraph(container, id, small, limit) {
  page = Math.min(2000, Math.max(1, Number(limit) || PAGE)); ownPage = !small;
  const controls = graphControls();
  const canvas = el("div", { id: "cy", class: small ? "small" : "" });
  const panel = el("aside", { class: "side", id: "side" }, emptyBox("Chọn một nút để xem chi tiết."));
  container.append(controls, el("div", { class: "graph-wrap" }, canvas, panel));
  const cy = window.cytoscape({ container: canvas, style: cyStyle(), wheelSensitivity: 0.3, maxZoom: 1.6 });
  window.chidaoCy = cy;
  for (const kind of ["change", "input"]) controls.addEventListener(kind, () => applyFilters(cy, controls));
  cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
  cy.on("tap", "node", async (event) => {
    const node = event.target.id();
    detailPanel(panel, event.target.data());
    await expand(cy, node, controls).catch((error) => panel.append(errorBox(error)));
    if (panel.dataset.node === node) panel.append(relationMenu(cy, node, controls) || "");
    applyFilters(cy, controls); updateCount(cy, controls);
  });
  shown.clear(); groups.clear(); relations.clear();
  await expand(cy, id, controls); updateCount(cy, controls);
  const [centre] = relations.keys(); // the start node (named by id or by name)
  if (centre) panel.append(relationMenu(cy, centre, controls) || "");
  return cy;
}

export async function graphView(id, params) {
  // no node named: the latest meeting held (the overview's; /meetings lists the oldest first)
  const start = id || ((await api("/overview", false)).latest_meeting || {}).id;
  if (!start) { show(el("h1", {}, "Đồ thị quan hệ"), emptyBox("Chưa có phiên họp nào.")); return; }
  const root = el("section", {});
  show(el("h1", {}, "Đồ thị quan hệ"), root);
  await mountGraph(root, start, false, params && params.get("limit"));
}
