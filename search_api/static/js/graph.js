/* #/graph/ID: a Cytoscape graph centred on any node; a tap adds the node's neighbours. */
import { api, listOf } from "./api.js";
import { el, enc, short, show, emptyBox, errorBox } from "./dom.js";
import { dateLabel, meetingLabel, periodLabel, TYPE_COLORS, TYPE_LABELS } from "./format.js";

const FIELD_LABELS = { period: "Kỳ họp", date: "Ngày họp", issued: "Ngày ban hành", chair: "Chủ trì", signer: "Người ký",
  number: "Số", kind: "Loại", province: "Tỉnh", directives: "Số chỉ đạo", section: "Mục", text: "Nội dung",
  active_from: "Hoạt động từ", active_to: "Hoạt động đến", role: "Vai trò" };
const DATE_FIELDS = new Set(["date", "issued", "active_from", "active_to"]);

export function nodeType(node) { return node.label || node.type || (node.labels || [])[0] || node.kind || "Node"; }
function nodeName(node) { return node.name || node.title || node.text || node.id; }
function nodeCaption(node) { // a meeting is known by its month, not its long title
  return nodeType(node) === "Meeting" && node.period ? `Phiên họp ${meetingLabel(node).toLowerCase()}` : nodeName(node);
}

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

function fieldValue(key, value) {
  if (key === "period") return periodLabel(value);
  if (DATE_FIELDS.has(key)) return dateLabel(value);
  if (key === "role") return value === "lead" ? "Chủ trì" : "Phối hợp";
  return String(value);
}

function detailPanel(panel, data) {
  const rows = Object.entries(data).filter(([k, v]) => FIELD_LABELS[k] && v !== null && v !== "" && typeof v !== "object");
  const type = data.type;
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
    select.replaceChildren(first, ...periods.map((p) => el("option", { value: p }, periodLabel(p))));
    select.value = periods.includes(chosen) ? chosen : "";
  }
}

export function updateCount(cy, controls) {
  controls.querySelector("#node-count").textContent = `${cy.nodes().length} nút`;
  refreshPeriods(cy, controls);
}

export async function expand(cy, id) {
  const added = addElements(cy, await api(`/graph?node=${enc(id)}&depth=1&limit=60`));
  if (added) cy.layout({ name: "cose", animate: false, randomize: false, fit: true }).run();
  return added;
}

export async function mountGraph(container, id, small) {
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
    detailPanel(panel, event.target.data());
    await expand(cy, event.target.id()).catch((error) => panel.append(errorBox(error)));
    applyFilters(cy, controls); updateCount(cy, controls);
  });
  await expand(cy, id); updateCount(cy, controls);
  return cy;
}

export function latestMeeting(meetings) {
  const sorted = meetings.slice().sort((a, b) => String(a.date || a.period).localeCompare(String(b.date || b.period)));
  return sorted[sorted.length - 1];
}

export async function graphView(id) {
  const meetings = id ? [] : listOf(await api("/meetings"), "meetings");
  const start = id || (latestMeeting(meetings) || {}).id; // no node named: the latest meeting
  if (!start) { show(el("h1", {}, "Đồ thị quan hệ"), emptyBox("Chưa có phiên họp nào.")); return; }
  const root = el("section", {});
  show(el("h1", {}, "Đồ thị quan hệ"), root);
  await mountGraph(root, start, false);
}
