/* #/themes: paragraphs per theme per month (SVG bars), and themes discovered from the data. */
import { api, listOf, optional, setTwin } from "./api.js";
import { el, enc, short, show, emptyBox } from "./dom.js";
import { periodLabel } from "./format.js";

const SVG = "http://www.w3.org/2000/svg";

function themePeriods(theme) {
  const raw = theme.by_period || theme.counts || theme.periods || {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((r) => [r.period, r.count ?? r.n ?? 0]));
  return raw;
}

/** "2025-06" -> "6/25": a bar's short month. */
function shortMonth(period) {
  const m = String(period).match(/^\d{2}(\d{2})-(\d{2})$/);
  return m ? `${Number(m[2])}/${m[1]}` : String(period);
}

function svgNode(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function barChart(name, byPeriod, periods, max) {
  const svg = svgNode("svg", { class: "chart", width: 40 * periods.length + 20, height: 100 });
  periods.forEach((period, i) => {
    const value = byPeriod[period] || 0; const h = max ? Math.round((value / max) * 60) : 0;
    const rect = svgNode("rect", { x: 10 + i * 40, y: 80 - h, width: 28, height: h, fill: "#8e44ad" });
    rect.append(svgNode("title", {}, `${name} — ${periodLabel(period)}: ${value}`));
    svg.append(rect, svgNode("text", { x: 10 + i * 40, y: 94 }, shortMonth(period)),
      svgNode("text", { x: 18 + i * 40, y: 76 - h }, value || ""));
  });
  return el("div", { class: "chart-wrap" }, svg);
}

function discoveredCard(theme) {
  const byPeriod = theme.by_period || {};
  return el("article", { class: "card discovered" },
    el("h3", {}, theme.label || theme.id),
    el("p", { class: "meta" }, `${theme.directives} chỉ đạo · ${theme.meetings} kỳ họp (${periodLabel(theme.first_seen)} → ${periodLabel(theme.last_seen)})`),
    barChart(theme.label || theme.id, byPeriod, Object.keys(byPeriod).sort(), Math.max(0, ...Object.values(byPeriod))),
    el("ul", { class: "members" }, (theme.members || []).slice(0, 4).map((m) => el("li", {},
      el("a", { href: `#/meeting/${enc(m.meeting)}#${enc(m.id)}` }, periodLabel(m.period) || m.meeting), " ", short(m.text, 140)))));
}

/** What the answer does not hold yet: jurisdictions still being clustered, or answered as of
 * before their latest notice (both brought up to date by the server in the background). */
function partialNote(params) {
  const pending = (params && params.pending) || []; const stale = (params && params.stale) || [];
  if (!pending.length && !stale.length) return null;
  const parts = [];
  if (pending.length) parts.push(`${pending.length} địa phương đang được phân cụm`);
  if (stale.length) parts.push(`${stale.length} địa phương hiển thị kết quả trước lần cập nhật gần nhất`);
  return el("p", { class: "meta partial" }, `${parts.join("; ")}: tải lại trang sau ít phút để xem đầy đủ.`);
}

const CARDS = 24; // discovered themes drawn at a time (10 k notices: 240 of them, ~370 bars each)
const MONTHS = 24; // the trends' months drawn at first: the latest held by today (all on request)

/** `items` drawn `size` at a time into `box`, a "xem thêm" button drawing the next ones. */
function drawnInTurn(box, items, size, draw) {
  let shown = 0;
  const more = el("button", { type: "button", class: "btn small more" });
  const next = () => {
    box.append(...items.slice(shown, shown + size).map(draw)); shown += size;
    more.textContent = `Đang hiển thị ${Math.min(shown, items.length)} / ${items.length} chủ đề — xem thêm`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener("click", next);
  next();
  return more;
}

function discoveredSection(body) {
  const themes = listOf(body, "themes");
  const grid = el("div", { class: "grid2" });
  return el("section", { id: "discovered" }, el("h2", {}, "Chủ đề phát hiện từ dữ liệu"),
    el("p", { class: "meta" }, "Nhóm chỉ đạo lặp lại qua nhiều kỳ họp mà danh mục chủ đề chưa gọi tên, tìm trong từng địa phương (24 tháng gần nhất); nhãn là các cụm từ đặc trưng nhất của nhóm."),
    partialNote(body.params),
    ...(themes.length ? [grid, drawnInTurn(grid, themes, CARDS, discoveredCard)]
      : [emptyBox("Chưa phát hiện chủ đề mới.")]));
}

/** The latest MONTHS of `periods` up to this month (a store's notices may be dated ahead). */
function recentMonths(periods) {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
  const held = periods.filter((p) => p <= month);
  return (held.length ? held : periods).slice(-MONTHS);
}

/** The trends' cards over `periods` (bars scaled to the largest count shown). */
function trendCards(box, rows, periods) {
  const max = Math.max(0, ...rows.flatMap(([, p]) => periods.map((m) => p[m] || 0)));
  box.replaceChildren(...rows.filter(([, p]) => Object.keys(p).length).map(([name, byPeriod]) =>
    el("div", { class: "card" }, el("a", { href: `#/graph/${enc(name)}` }, name), barChart(name, byPeriod, periods, max))));
}

/** The trends drawn over their recent months, a button to draw every month. */
function trendsSection(rows, periods) {
  const box = el("div", { id: "themes", class: "grid2" });
  const recent = recentMonths(periods);
  trendCards(box, rows, recent);
  if (recent.length === periods.length) return [box];
  const all = el("button", { type: "button", class: "btn small", id: "themes-all-months" },
    `Hiện mọi tháng (${periods.length}: ${periodLabel(periods[0])} → ${periodLabel(periods[periods.length - 1])})`);
  all.addEventListener("click", () => { trendCards(box, rows, periods); all.remove(); });
  return [el("p", { class: "meta" }, `${recent.length} tháng gần nhất (${periodLabel(recent[0])} → ${periodLabel(recent[recent.length - 1])}). `, all), box];
}

const POLL_MS = 5000; // while the server still counts the themes (`pending`), ask again this often

/** "Đang tính…" while /themes is pending; the view asks again until it is not (or is left). */
function pendingNote(trends) {
  if (!trends.pending) return null;
  setTimeout(() => { if (location.hash === "#/themes") themesView(); }, POLL_MS);
  return el("p", { class: "meta partial", id: "themes-pending" }, "Máy chủ đang đếm số đoạn theo chủ đề của toàn bộ kho (vài phút sau khi khởi động hoặc cập nhật): trang tự tải lại khi xong.");
}

/** The taxonomy's trends and the discovered themes, fetched side by side; each discovered
 * theme's chart spans its own months (a shared axis at 10 k notices was 30 years wide). */
export async function themesView() {
  const [trends, discovered] = await Promise.all([api("/themes"),
    optional(api("/themes/discovered", false), { themes: [] })]);
  const rows = listOf(trends, "themes").map((t) => [t.name || t.id, themePeriods(t)]);
  const periods = Array.from(new Set(rows.flatMap(([, p]) => Object.keys(p)))).sort();
  const total = (p) => Object.values(p).reduce((s, v) => s + v, 0);
  rows.sort((x, y) => total(y[1]) - total(x[1]));
  show(el("h1", {}, "Chủ đề theo tháng"), el("p", { class: "meta" }, "Số đoạn chỉ đạo nhắc tới mỗi chủ đề trong từng kỳ họp."), pendingNote(trends),
    ...trendsSection(rows, periods), discoveredSection(discovered));
  setTwin("/themes");
}
