/* Repeated-task threads with a word diff against the previous occurrence (bounded: long texts
 * are compared on demand, never while the page renders). */
import { el } from "./dom.js";
import { agencyLink, deadlineText, meetingLabel, noticeLink, periodLabel } from "./format.js";

const DIFF_CELLS = 40000; // words(a) x words(b) above this: the diff waits for a click

export function wordDiff(before, after) {
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

function words(text) { return String(text || "").split(/\s+/).length; }

/** The diff now when it is small, else a button computing it when asked. */
export function diffOrButton(base, text) {
  if (!base) return el("p", {}, text);
  if (words(base.text) * words(text) <= DIFF_CELLS) return el("p", {}, wordDiff(base.text, text));
  const box = el("p", {}, text);
  const button = el("button", { class: "btn small", type: "button",
    onclick: () => { box.replaceChildren(...wordDiff(base.text, text)); button.remove(); } }, "So sánh với kỳ trước");
  return el("div", {}, box, button);
}

export function threadCard(thread) {
  const items = (thread.occurrences || []).slice();
  return el("article", { class: "card thread" },
    el("h2", {}, `Nhiệm vụ lặp lại ${thread.meetings || items.length} kỳ (${periodLabel(thread.first_seen)} → ${periodLabel(thread.last_seen)})`),
    items.map((occ, index) => el("div", { class: "occurrence" },
      el("div", { class: "meta" }, noticeLink(occ, meetingLabel(occ.meeting)),
        el("span", {}, "Thời hạn: ", deadlineText(occ.deadline)), (occ.lead || []).map((n) => agencyLink(n, "lead"))),
      diffOrButton(diffBase(items, index), occ.text))));
}
