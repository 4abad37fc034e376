// The report's behaviour: views, filters and search, and (when served by
// `reconcile serve`) the review buttons. Plain JavaScript, no network except
// the review API of the local server that served the page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var body = document.body;
  body.classList.add("js");

  // Views: flags, sources, entities, gone. The address's #fragment picks one.
  var views = Array.prototype.slice.call(document.querySelectorAll("main > .view"));
  var tabs = Array.prototype.slice.call(document.querySelectorAll("nav.views a"));

  function showFor(hash) {
    var target = null;
    if (hash && hash.length > 1) {
      try { target = document.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { target = null; }
    }
    var view = target ? target.closest(".view") : null;
    if (!view) { view = views[0]; }
    views.forEach(function (v) { v.classList.toggle("active", v === view); });
    tabs.forEach(function (a) { a.classList.toggle("active", a.getAttribute("data-view") === view.id); });
    document.querySelectorAll("mark.focus").forEach(function (m) { m.classList.remove("focus"); });
    if (target === view && hash) {
      document.querySelector("nav.views").scrollIntoView();  // keep the tabs in sight
    } else if (target && target !== view) {
      if (target.classList.contains("anchor")) {
        var next = target.nextElementSibling;
        while (next && next.tagName !== "MARK") { next = next.nextElementSibling; }
        if (next) { next.classList.add("focus"); }
      }
      target.scrollIntoView({block: "center"});
    }
  }
  window.addEventListener("hashchange", function () { showFor(location.hash); });
  showFor(location.hash);

  // Filters and search over the flag cards.
  var form = document.querySelector("form.filters");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.flag"));

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function applyFilters() {
    if (!form) { return; }
    var kind = form.elements.kind.value, severity = form.elements.severity.value;
    var status = form.elements.status.value, source = form.elements.source.value;
    var query = words(form.elements.q.value);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.textContent.toLowerCase();
      var ok = (!kind || card.dataset.kind === kind) &&
        (!severity || card.dataset.severity === severity) &&
        (!status || card.dataset.status === status) &&
        (!source || card.dataset.sources.split(" ").indexOf(source) >= 0) &&
        query.every(function (w) { return text.indexOf(w) >= 0; });
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    form.querySelector(".shown").textContent = shown + " of " + cards.length + " flags";
    var none = document.querySelector(".no-match");
    if (none) { none.hidden = shown > 0 || cards.length === 0; }
  }
  if (form) {
    form.addEventListener("input", applyFilters);
    form.addEventListener("change", applyFilters);
  }

  function recount() {
    data.statuses.forEach(function (status) {
      var n = cards.filter(function (c) { return c.dataset.status === status; }).length;
      var chip = document.querySelector('[data-count-status="' + status + '"] b');
      if (chip) { chip.textContent = String(n); }
    });
  }

  // Review controls: only when the page was served by `reconcile serve`.
  if (!data.review) { return; }
  var reviewer = document.getElementById("reviewer");
  try { reviewer.value = localStorage.getItem("reconcile.reviewer") || ""; } catch (e) { /* storage off */ }
  reviewer.addEventListener("change", function () {
    try { localStorage.setItem("reconcile.reviewer", reviewer.value); } catch (e) { /* storage off */ }
  });

  function show(card, decision) {
    card.dataset.status = decision.status;
    var badge = card.querySelector(".tags .status");
    badge.className = "status status-" + decision.status;
    badge.textContent = decision.status;
    var line = card.querySelector(".decision");
    line.hidden = false;
    line.textContent = decision.status + (decision.reviewer ? " by " + decision.reviewer : "") +
      " on " + decision.updated_at.slice(0, 10);
    var note = card.querySelector(".review .note");
    note.textContent = decision.note;
    note.hidden = !decision.note;
    recount();
  }

  document.querySelectorAll("form.review-form").forEach(function (f) {
    var card = f.closest("article.flag");
    var out = f.querySelector(".saved");
    f.querySelectorAll("button[data-status]").forEach(function (button) {
      button.addEventListener("click", function () {
        out.textContent = "saving…";
        var payload = {flag_id: f.dataset.flag, status: button.dataset.status,
          note: f.elements.note.value, by: reviewer.value};
        fetch("api/review", {method: "POST", headers: {"Content-Type": "application/json"},
          body: JSON.stringify(payload)})
          .then(function (r) {
            return r.json().then(function (j) { if (!r.ok) { throw new Error(j.error || r.statusText); } return j; });
          })
          .then(function (decision) { show(card, decision); out.textContent = "saved"; })
          .catch(function (err) { out.textContent = "not saved: " + err.message; });
      });
    });
  });
}());
