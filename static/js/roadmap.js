// Enhancement only: without it, a link to /roadmap/#node-<slug> lands on that entry of the list.
// With it, the map's node for the entry (in whichever drawing is shown) is scrolled to and marked.
(function () {
  "use strict";

  function showOnMap() {
    var match = /^#node-(.+)$/.exec(window.location.hash);
    if (!match) return;
    var slug = match[1];
    var node = ["wide-", "narrow-"]
      .map(function (prefix) { return document.getElementById(prefix + slug); })
      .filter(function (el) { return el && el.getClientRects().length; })[0];
    if (!node) return;
    document.querySelectorAll(".rm-node--target").forEach(function (el) { el.classList.remove("rm-node--target"); });
    node.classList.add("rm-node--target");
    node.scrollIntoView({ block: "center" });
    node.focus({ preventScroll: true });
  }

  // On arrival only, once the browser has scrolled to the list's entry itself; the list's own links
  // to its entries (#node-...) stay in the list.
  window.addEventListener("load", showOnMap);
})();
