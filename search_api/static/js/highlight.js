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

/** Text with every whole word of the query wrapped in <mark>. A query word typed with diacritics
 * matches only the same word (case aside: "tạm" is not "tâm"); one typed bare matches any tone. */
export function highlighted(text, query) {
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
