// Quick exit: leave for a neutral page and replace this one in the history,
// so Back does not return here. Also on the Escape key. A plain script, not
// WebAssembly, so it works the moment the page shows. It also forgets what
// Senim kept on this phone: the trusted number of Help now's alert and the
// offline copies of pages (sw.js); it waits at most 300 ms for those.
(function () {
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    try {
      window.localStorage.removeItem("senim-trusted-number");
    } catch (e) {
      // Storage switched off: nothing was kept.
    }
    var go = function () { window.location.replace(link.href); };
    if (!window.caches) return go();
    var cleared = window.caches.keys().then(function (keys) {
      return Promise.all(keys.map(function (key) { return window.caches.delete(key); }));
    });
    Promise.race([cleared, new Promise(function (ok) { setTimeout(ok, 300); })]).then(go, go);
  }
  document.addEventListener("click", function (event) {
    if (event.target && event.target.closest && event.target.closest("#quick-exit")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();
