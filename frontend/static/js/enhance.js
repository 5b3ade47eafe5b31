/* Progressive enhancement only: every page works without this file.
   - `n` / `p` jump to the next / previous change of a comparison (the same anchors as the
     "next change" links, so the address bar and the Back button keep working);
   - in the side-by-side view, very long blocks scroll inside their cell, and the left and right
     cells of a row scroll together. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // On a phone the inline view reads better than two squeezed columns: a comparison asked for
  // without a layout opens inline there (without the script, the columns stack instead).
  var query = location.search;
  if (location.pathname === "/compare" && /[?&]left=/.test(query) && !/[?&]view=/.test(query) &&
      window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) {
    location.replace(location.pathname + query + "&view=inline" + location.hash);
    return;
  }

  function changes() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-change]"));
  }

  function currentIndex(list) {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < list.length; i++) {
      if (list[i].id === id) { return i; }
    }
    var top = window.innerHeight * 0.2;
    var index = -1;
    for (var j = 0; j < list.length; j++) {
      if (list[j].getBoundingClientRect().top <= top) { index = j; }
    }
    return index + 0.5;
  }

  function go(step) {
    var list = changes();
    if (!list.length) { return; }
    var here = currentIndex(list);
    var target = step > 0 ? Math.floor(here) + 1 : Math.ceil(here) - 1;
    if (target < 0 || target >= list.length) { return; }
    location.hash = list[target].id;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var el = event.target;
    if (el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName))) { return; }
    if (event.key === "n") { go(1); event.preventDefault(); }
    else if (event.key === "p") { go(-1); event.preventDefault(); }
  });

  function syncRow(row) {
    var cells = row.querySelectorAll(".cell-scroll");
    if (cells.length !== 2) { return; }
    var busy = false;
    Array.prototype.forEach.call(cells, function (cell, i) {
      if (cell.scrollHeight > cell.clientHeight) {
        cell.tabIndex = 0;
        cell.setAttribute("role", "region");
        cell.setAttribute("aria-label", (i === 0 ? "Left" : "Right") + " text, scrollable");
      }
      cell.addEventListener("scroll", function () {
        if (busy) { busy = false; return; }
        var other = cells[1 - i];
        var range = cell.scrollHeight - cell.clientHeight;
        var ratio = range > 0 ? cell.scrollTop / range : 0;
        busy = true;
        other.scrollTop = ratio * (other.scrollHeight - other.clientHeight);
      });
    });
  }

  /* The bar above the diff says which change is in view ("Change 3 of 17") with previous and
     next links; without the script it offers the first change. */
  function indexInView(list) {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < list.length; i++) {
      var top = list[i].getBoundingClientRect().top;
      if (list[i].id === id && top > -10 && top < window.innerHeight * 0.5) { return i; }
    }
    var line = 80;
    var index = -1;
    for (var j = 0; j < list.length; j++) {
      if (list[j].getBoundingClientRect().top <= line) { index = j; }
    }
    if (index >= 0 && list[index].getBoundingClientRect().bottom > line) { return index; }
    return index + 0.5;
  }

  function updateBar() {
    var bar = document.querySelector("[data-diff-bar]");
    var list = changes();
    if (!bar || !list.length) { return; }
    var here = indexInView(list);
    var index = Math.floor(here);
    var position = bar.querySelector("[data-position]");
    var next = bar.querySelector("[data-step='next']");
    var previous = bar.querySelector("[data-step='previous']");
    if (!previous) {
      previous = document.createElement("a");
      previous.setAttribute("data-step", "previous");
      previous.textContent = "Previous change";
      next.parentNode.insertBefore(previous, next);
    }
    position.textContent = index >= 0 && here === index
      ? "Change " + (index + 1) + " of " + list.length
      : list.length + " changes";
    var target = here === index ? index + 1 : Math.floor(here) + 1;
    var back = here === index ? index - 1 : Math.ceil(here) - 1;
    if (target < list.length) { next.href = "#" + list[target].id; next.hidden = false; } else { next.hidden = true; }
    next.textContent = target === 0 ? "Go to the first change" : "Next change";
    if (back >= 0) { previous.href = "#" + list[back].id; previous.hidden = false; } else { previous.hidden = true; }
  }

  /* A table wider than the screen says so, and takes the keyboard to scroll it. */
  function scrollCue(box) {
    var wide = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle("overflows", wide);
    var cue = box.previousElementSibling;
    var has = cue && cue.classList.contains("scroll-cue");
    if (wide && !has) {
      cue = document.createElement("p");
      cue.className = "scroll-cue";
      cue.textContent = "The table is wider than the screen: scroll sideways to see every column";
      box.parentNode.insertBefore(cue, box);
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "Wide table, scrolls sideways");
    } else if (!wide && has) {
      cue.parentNode.removeChild(cue);
    }
  }

  function scrollCues() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-scroll-cue]"), scrollCue);
  }

  function init() {
    scrollCues();
    window.addEventListener("resize", scrollCues);
    Array.prototype.forEach.call(document.querySelectorAll("tr[data-sync]"), syncRow);
    updateBar();
    window.addEventListener("hashchange", updateBar);
    var pending = false;
    window.addEventListener("scroll", function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; updateBar(); });
    }, { passive: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
