// Offline copies of the pages a person opened: search results, site pages
// and Help now, fetched from the network first and kept for when there is
// no connection, marked "saved on …". Never booking pages, codes, the
// portal or anything sent with "no-store". Quick exit deletes the copies.
const CACHE = "senim-pages-v1";
const KEPT = /^\/(ru|kk|en|uz|ky|tg)(\/site\/[a-z0-9-]+|\/help)?$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || request.mode !== "navigate" || url.origin !== self.location.origin || !KEPT.test(url.pathname)) return;
  event.respondWith(fromNetworkKeepingACopy(request));
});

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
