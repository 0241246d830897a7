// Small enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");

  // Menu disclosures: one open at a time, Escape or a click elsewhere closes them.
  var groups = Array.prototype.slice.call(document.querySelectorAll(".site-nav__group"));
  function closeAll(except) {
    groups.forEach(function (group) {
      if (group !== except) group.removeAttribute("open");
    });
  }
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (group.open) closeAll(group);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = groups.filter(function (group) { return group.open; })[0];
    if (open) {
      open.removeAttribute("open");
      open.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".site-nav__group")) closeAll(null);
  });
})();
