// Quick exit: the control is a plain link to /exit, which tells the
// browser to forget what it keeps of this site (Clear-Site-Data: the HTTP
// cache, the offline copies, localStorage and the service worker) and
// sends it on to a neutral page; that works without JavaScript. This
// script adds what JavaScript can: the page goes blank at once, Escape
// leaves too, the page is replaced in the history (so Back does not
// return here), and it forgets what it can itself first (for browsers or
// plain-HTTP set-ups that ignore the header): the trusted number of Help
// now's alert, the offline copies and the service worker. It waits at
// most 300 ms for those.
(function () {
  function forget() {
    try {
      window.localStorage.clear();
    } catch (e) {
      // Storage switched off: nothing was kept.
    }
    var work = [];
    if (window.caches) {
      work.push(window.caches.keys().then(function (keys) {
        return Promise.all(keys.map(function (key) { return window.caches.delete(key); }));
      }));
    }
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      work.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (registration) { return registration.unregister(); }));
      }));
    }
    return Promise.all(work);
  }
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    var go = function () { window.location.replace(link.href); };
    var forgotten;
    try {
      forgotten = forget();
    } catch (e) {
      return go();
    }
    Promise.race([forgotten, new Promise(function (ok) { setTimeout(ok, 300); })]).then(go, go);
  }
  document.addEventListener("click", function (event) {
    if (event.target && event.target.closest && event.target.closest("#quick-exit")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();
