// Offline copies of the pages a person opened: the search page and its
// results for a place name, site pages and Help now, fetched from the
// network first and kept for when there is no connection, marked "saved
// on …". Never an address that carries more than a place name
// (coordinates from "use my location", a service such as PEP, any filter:
// the server sends those "no-store" too, server/src/web/search_privacy.rs),
// never booking pages, codes, the portal or anything sent "no-store".
// Quick exit (/exit) deletes the copies and this worker's registration;
// quick-exit.js is kept too, so that it works on a saved copy offline.
const CACHE = "senim-pages-v1";
const KEPT = /^\/(ru|kk|en|uz|ky|tg)(\/site\/[a-z0-9-]+|\/help|\/privacy)?$/;
/** The one query parameter a kept address may carry with a value. */
const PLACE = "place";

/** Whether an address may be kept: a kept page, and no filter but the place. */
function mayKeep(url) {
  if (!KEPT.test(url.pathname)) return false;
  for (const [key, value] of url.searchParams) {
    if (key !== PLACE && value !== "") return false;
  }
  return true;
}

/** Kept from installation on, so quick exit works on a saved copy without a connection. */
const QUICK_EXIT_SCRIPT = "/quick-exit.js";

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(QUICK_EXIT_SCRIPT)).catch(() => {}));
});
self.addEventListener("activate", (event) => event.waitUntil(forgetWhatIsNotKept().then(() => self.clients.claim())));

/** Deletes copies an earlier version of this worker kept that this one would not. */
async function forgetWhatIsNotKept() {
  if (!(await caches.has(CACHE))) return;
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname !== QUICK_EXIT_SCRIPT && !mayKeep(url)) await cache.delete(request);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method === "GET" && url.origin === self.location.origin && url.pathname === QUICK_EXIT_SCRIPT) {
    event.respondWith(quickExitScript(request));
    return;
  }
  if (request.method !== "GET" || request.mode !== "navigate" || url.origin !== self.location.origin || !mayKeep(url)) return;
  event.respondWith(fromNetworkKeepingACopy(request));
});

/** quick-exit.js from the network (its copy refreshed), or the kept copy without a connection. */
async function quickExitScript(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(QUICK_EXIT_SCRIPT, copy)).catch(() => {});
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(QUICK_EXIT_SCRIPT);
    if (kept) return kept;
    throw offline;
  }
}

async function fromNetworkKeepingACopy(request) {
  try {
    const response = await fetch(request);
    const storable = response.ok && !/no-store/.test(response.headers.get("cache-control") || "");
    if (storable) {
      const cache = await caches.open(CACHE);
      await cache.put(request, await markedAsSaved(response.clone()));
    }
    return response;
  } catch (offline) {
    const saved = await caches.match(request);
    if (saved) return saved;
    throw offline;
  }
}

/** The page with its "saved on" note shown and dated (local time of the phone). */
async function markedAsSaved(response) {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const html = (await response.text())
    .replace(/(<p id="saved-copy"[^>]*?) hidden(="")?/, "$1")
    .replace('<time id="saved-on"></time>', `<time id="saved-on">${when}</time>`);
  const headers = new Headers(response.headers);
  // The body is now plain text: it is no longer the compressed bytes.
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(html, { status: response.status, headers });
}
