/* DOM helpers: every string becomes a text node (never HTML). */

/** Build an element; children are nodes or strings (strings become text nodes, never HTML). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
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

export function view() { return document.getElementById("view"); }
export function show(...nodes) { view().replaceChildren(el("div", { class: "page" }, ...nodes)); }
export function enc(value) { return encodeURIComponent(value); }
export function short(text, size) { const s = String(text || ""); return s.length > size ? `${s.slice(0, size - 1)}…` : s; }

export function loadingBox(text) {
  return el("p", { class: "loading", role: "status" }, el("span", { class: "spinner", "aria-hidden": "true" }), text || "Đang tải…");
}
export function errorBox(error) { return el("p", { class: "error", role: "alert" }, `Không tải được dữ liệu — ${error.message}`); }
export function emptyBox(text) { return el("p", { class: "empty" }, text); }

export function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) { const key = keyOf(item); if (!groups.has(key)) groups.set(key, []); groups.get(key).push(item); }
  return groups;
}
