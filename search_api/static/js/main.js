/* chidao explorer: ES modules per view, hash routing, every document string through textContent. */
import { api, currentRoute, nextRoute, Stale } from "./api.js";
import { enc, errorBox, loadingBox, show } from "./dom.js";
import { agencyView } from "./agency.js";
import { graphView } from "./graph.js";
import { landingView } from "./landing.js";
import { meetingView } from "./meeting.js";
import { projectView } from "./project.js";
import { searchView } from "./search.js";
import { themesView } from "./themes.js";
import { uploadView } from "./upload.js";

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [pathAndQuery, fragment] = [raw.split("#")[0], raw.split("#").slice(1).join("#")];
  const [path, query] = [pathAndQuery.split("?")[0], pathAndQuery.split("?").slice(1).join("?")];
  const [name, ...rest] = path.split("/");
  return { name, id: rest.length ? decodeURIComponent(rest.join("/")) : "", params: new URLSearchParams(query),
    fragment: fragment ? decodeURIComponent(fragment) : "" };
}

const ROUTES = {
  search: (r) => searchView(r.params), agency: (r) => agencyView(r.id, r.params), project: (r) => projectView(r.id, r.params),
  themes: () => themesView(), upload: () => uploadView(), graph: (r) => graphView(r.id, r.params), meeting: (r) => meetingView(r.id, r.fragment, r.params.get("q")),
};

let lastView = "";
async function route() {
  const parsed = parseHash();
  if (lastView === "search" && parsed.name !== "search") document.getElementById("q").value = ""; // never wipe what is being typed
  lastView = parsed.name;
  window.scrollTo(0, 0); // a new view starts at its top (the notice view then scrolls to its paragraph)
  const seq = nextRoute();
  show(loadingBox());
  try { await (ROUTES[parsed.name] || landingView)(parsed); } catch (error) {
    if (seq === currentRoute() && !(error instanceof Stale)) show(errorBox(error)); // errors of a left view are moot
  }
}

async function health() {
  const body = await api("/health", false).catch(() => null);
  if (body) document.getElementById("health").textContent = `${body.meetings} phiên họp · ${body.directives} chỉ đạo · kho ${body.store}`;
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?q=${enc(document.getElementById("q").value)}`;
});
window.addEventListener("hashchange", route);
health().finally(route);
