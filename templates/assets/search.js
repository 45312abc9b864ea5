/* briefgen's search: filters the list of briefs in search/briefs.js, in the browser.
   No server and no network: it works on any static host and from the disk. */
(function () {
  "use strict";
  var briefs = window.BRIEFGEN_BRIEFS || [];
  var form = document.querySelector(".search-form");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var LIMIT = 50;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var prepared = briefs.map(function (b) {
    return { brief: b, text: fold([b.title, b.claim, b.claimant, b.verdict, b.speakers.join(" ")].join(" ")) };
  });

  function run() {
    var words = fold(form.q.value).split(/\s+/).filter(Boolean);
    var rating = form.rating.value, tag = form.tag.value, speaker = form.speaker.value;
    var found = prepared.filter(function (p) {
      var b = p.brief;
      return (!rating || b.rating === rating) && (!tag || b.tags.indexOf(tag) !== -1) &&
        (!speaker || b.speaker_ids.indexOf(speaker) !== -1) &&
        words.every(function (w) { return p.text.indexOf(w) !== -1; });
    });
    list.textContent = "";
    found.slice(0, LIMIT).forEach(function (p) {
      var b = p.brief, item = document.createElement("li"), link = document.createElement("a");
      link.href = "../" + b.path;
      link.textContent = b.title;
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = b.label + " · " + b.claimant + ": " + b.claim + " · " + b.date;
      item.appendChild(link);
      item.appendChild(meta);
      list.appendChild(item);
    });
    var shown = Math.min(found.length, LIMIT);
    status.textContent = found.length === 1 ? "1 brief found." :
      found.length + " briefs found" + (found.length > LIMIT ? ", the first " + shown + " shown." : ".");
  }

  var query = new URLSearchParams(window.location.search);
  ["q", "rating", "tag", "speaker"].forEach(function (name) {
    if (query.get(name)) { form[name].value = query.get(name); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  form.addEventListener("input", run);
  form.addEventListener("change", run);
  run();
})();
