// summarize HTML report: click an item to scroll to and flash its evidence; hover a highlight to see
// which items cite it. Reads only data-* attributes written by the renderer and writes only
// textContent and classes: no article or model text is ever parsed as HTML here.
"use strict";
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll("#article mark.hl"));
  var items = Array.prototype.slice.call(document.querySelectorAll(".item[data-target]"));
  var tip = document.getElementById("tip");
  var FLASH_MS = 1500;

  function ids(el, name) {
    var value = el.getAttribute(name) || "";
    return value.split(" ").filter(function (s) { return s.length > 0; });
  }

  function marksOf(targets) {
    return marks.filter(function (m) {
      var cited = ids(m, "data-items");
      return targets.some(function (t) { return cited.indexOf(t) >= 0; });
    });
  }

  function clearCurrent() {
    document.querySelectorAll(".is-current, .flash").forEach(function (el) {
      el.classList.remove("is-current", "flash");
    });
  }

  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation when the same item is clicked twice
      el.classList.add("flash");
      window.setTimeout(function () { el.classList.remove("flash"); }, FLASH_MS);
    });
  }

  function show(item) {
    var found = marksOf(ids(item, "data-target"));
    clearCurrent();
    item.classList.add("is-current");
    if (found.length === 0) { return; }
    found.forEach(function (m) { m.classList.add("is-current"); });
    found[0].scrollIntoView({ block: "center", inline: "nearest" });
    flash(found);
  }

  items.forEach(function (item) {
    item.addEventListener("click", function () { show(item); });
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(item); }
    });
  });

  function itemsCiting(mark) {
    var cited = ids(mark, "data-items");
    return items.filter(function (item) {
      return ids(item, "data-target").some(function (t) { return cited.indexOf(t) >= 0; });
    });
  }

  marks.forEach(function (mark) {
    // The title stays in the file for readers without scripts; with scripts the tooltip replaces it.
    mark.setAttribute("data-title", mark.getAttribute("title") || "");
    mark.removeAttribute("title");
    mark.addEventListener("mouseenter", function () {
      tip.textContent = "Cited by " + ids(mark, "data-items").join(", ") + "\n" + mark.getAttribute("data-title");
      var box = mark.getBoundingClientRect();
      tip.style.left = Math.max(4, box.left + window.scrollX) + "px";
      tip.style.top = (box.bottom + window.scrollY + 6) + "px";
      tip.hidden = false;
      itemsCiting(mark).forEach(function (item) { item.classList.add("linked"); });
    });
    mark.addEventListener("mouseleave", function () {
      tip.hidden = true;
      document.querySelectorAll(".item.linked").forEach(function (el) { el.classList.remove("linked"); });
    });
    mark.addEventListener("click", function () {
      var citing = itemsCiting(mark);
      if (citing.length > 0) {
        citing[0].scrollIntoView({ block: "nearest" });
        flash(citing);
      }
    });
  });
})();
