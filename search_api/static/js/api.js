/* The one fetch path: JSON twin link, loading indicator, stale-navigation guard, Vietnamese errors. */

/** Bumped on every navigation: a view still loading for an earlier URL stops at its next api()
 * call instead of drawing over the page the user has moved to. */
let routeSeq = 0;
let pending = 0;
export class Stale extends Error {}

export function nextRoute() { routeSeq += 1; return routeSeq; }
export function currentRoute() { return routeSeq; }
export function setTwin(path) { document.getElementById("json-twin").setAttribute("href", path); }

function busy(delta) {
  pending = Math.max(0, pending + delta);
  document.body.classList.toggle("busy", pending > 0);
  document.getElementById("view").setAttribute("aria-busy", pending > 0 ? "true" : "false");
  document.getElementById("loading").hidden = pending === 0;
}

/** GET a JSON path (the page's JSON twin unless `twin` is false). */
export async function api(path, twin = true) {
  const seq = routeSeq;
  if (twin) setTwin(path);
  busy(1);
  try {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (seq !== routeSeq) throw new Stale(path);
    if (!response.ok) throw new Error((body.error && body.error.message) || `Lỗi máy chủ (${response.status})`);
    return body;
  } catch (error) {
    if (error instanceof TypeError) throw new Error("Không kết nối được tới máy chủ");
    throw error;
  } finally { busy(-1); }
}

/** An api() call whose failure leaves a section empty (an older server without that endpoint). */
export function optional(promise, fallback) {
  return promise.catch((error) => { if (error instanceof Stale) throw error; return fallback; });
}

/** Accept a bare list or an object holding the list under one of the given keys. */
export function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const key of keys) if (body && Array.isArray(body[key])) return body[key];
  return [];
}
