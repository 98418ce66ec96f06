// Quick exit: leave for a neutral page and replace this one in the history,
// so Back does not return here. Also on the Escape key. A plain script, not
// WebAssembly, so it works the moment the page shows. It also forgets what
// Senim kept on this phone: the trusted number of Help now's alert.
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
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (event.target && event.target.closest && event.target.closest("#quick-exit")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();
