/* Whole-word, tone-aware highlighting of the query words in a paragraph. */
import { el } from "./dom.js";

export function fold(text) {
  return String(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** A word's letters and its marks apart, so "xóa" and "xoá" (old tone placement) are one word. */
function toneKey(word) {
  const letters = Array.from(word.normalize("NFD").toLowerCase());
  const marks = letters.filter((ch) => /\p{M}/u.test(ch)).sort().join("");
  return `${letters.filter((ch) => !/\p{M}/u.test(ch)).join("")}|${marks}`;
}

/** A test for the given words: one typed with diacritics matches only the same word (case aside:
 * "tạm" is not "tâm"); one typed bare matches any tone. */
function matcher(terms) {
  const exact = new Set(terms.filter((t) => fold(t) !== t.toLowerCase()).map(toneKey));
  const bare = new Set(terms.filter((t) => fold(t) === t.toLowerCase()));
  return (word) => exact.has(toneKey(word)) || bare.has(fold(word));
}

/** The text's words, each "word" (a content word of the query), "stop" (one of its stop words)
 * or null, with whether only spaces part it from the word before. */
function tagged(source, marks) {
  const content = matcher(marks.words || []); const stop = matcher(marks.stop || []);
  const out = []; let end = 0;
  for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const kind = content(m[0]) ? "word" : stop(m[0]) ? "stop" : null;
    out.push({ at: m.index, word: m[0], kind, joined: /^[ \u00a0]+$/.test(source.slice(end, m.index)) });
    end = m.index + m[0].length;
  }
  return out;
}

/** Runs of adjacent query words; a run is marked when it holds a content word, so "các" and "và"
 * are marked in "các dự án" but not all over the text. */
function markedWords(items) {
  const keep = new Set(); let run = [];
  const close = () => { if (run.some((i) => i.kind === "word")) run.forEach((i) => keep.add(i)); run = []; };
  for (const item of items) {
    if (!item.kind || !item.joined) close();
    if (item.kind) run.push(item);
  }
  close();
  return keep;
}

/** Text with the query's words wrapped in <mark>. `marks`: {words, stop} as the API splits a
 * query (/search, /meetings/{id}?q=); a plain string is taken as content words only. */
export function highlighted(text, marks) {
  const source = String(text || "");
  const split = typeof marks === "string" || !marks
    ? { words: String(marks || "").split(/[^\p{L}\p{N}]+/u).filter(Boolean), stop: [] } : marks;
  const keep = markedWords(tagged(source, split));
  if (!keep.size) return [source];
  const out = []; let at = 0;
  for (const item of keep) {
    if (item.at > at) out.push(source.slice(at, item.at));
    out.push(el("mark", {}, item.word)); at = item.at + item.word.length;
  }
  if (at < source.length) out.push(source.slice(at));
  return out;
}
