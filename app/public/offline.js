// Registers the service worker that keeps offline copies of the pages a
// person opened (see sw.js). A plain script, like quick-exit.js.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}
