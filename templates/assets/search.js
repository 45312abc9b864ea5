/* briefgen's search: filters the list of briefs in search/briefs.js, in the browser.
   No server and no network: it works on any static host and from the disk.

   A query matches a brief when every one of its words begins a word of the brief, in any
   order, after both are folded (case and accents dropped) and stemmed (common English endings
   dropped): "closing clinics" finds "clinics will close". The query and filters are kept in
   the page's address (?q=…&rating=…), so Back and a shared link show the same results.

   Every word it shows comes from the page (the #search-words data, in the page's language),
   and the browser's Intl picks the plural form and writes the dates. */
(function () {
  "use strict";
  var briefs = window.BRIEFGEN_BRIEFS || [];
  var form = document.querySelector(".search-form");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var FIELDS = ["q", "rating", "tag", "speaker"];
  var LIMIT = 50;
  var LANG = document.documentElement.lang;
  var WORDS = JSON.parse(document.getElementById("search-words").textContent);
  var PLURALS = new Intl.PluralRules(LANG);
  var DATES = new Intl.DateTimeFormat(LANG, {day: "numeric", month: "long", year: "numeric",
                                             timeZone: "UTC"});
  // Endings dropped from a word of at least 3 letters more, longest first.
  var ENDINGS = ["ations", "ation", "ings", "ing", "ied", "ies", "ers", "er", "ed", "es", "ly", "s", "e"];

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function stem(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var end = ENDINGS[i];
      if (word.length - end.length >= 3 && word.slice(-end.length) === end) {
        return word.slice(0, -end.length) + (end === "ied" || end === "ies" ? "y" : "");
      }
    }
    return word;
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  var prepared = briefs.map(function (b) {
    var text = [b.title, b.claim, b.claimant, b.verdict, b.label, b.speakers.join(" ")].join(" ");
    // the brief's words, and their stems, as one string with a space before each: a query
    // word matches where " " + it occurs, that is at the start of a word
    var seen = {};
    words(text).forEach(function (w) { seen[w] = true; seen[stem(w)] = true; });
    return { brief: b, index: " " + Object.keys(seen).join(" ") };
  });

  // A count's sentence, in the form the page's language gives that count.
  function counted(forms, count, shown) {
    var form = forms[PLURALS.select(count)] || forms.other || forms.many;
    return form.replace("{count}", String(count)).replace("{shown}", String(shown));
  }

  function matches(index, query) {
    return query.every(function (w) { return index.indexOf(" " + w) !== -1; });
  }

  var shown = null;  // the paths listed now: the list is rebuilt only when they change

  function run() {
    var query = words(form.q.value).map(stem);
    var rating = form.rating.value, tag = form.tag.value, speaker = form.speaker.value;
    var found = prepared.filter(function (p) {
      var b = p.brief;
      return (!rating || b.rating === rating) && (!tag || b.tags.indexOf(tag) !== -1) &&
        (!speaker || b.speaker_ids.indexOf(speaker) !== -1) && matches(p.index, query);
    });
    var paths = found.slice(0, LIMIT).map(function (p) { return p.brief.path; }).join("\n");
    if (paths !== shown) {
      shown = paths;
      list.textContent = "";
      found.slice(0, LIMIT).forEach(function (p) {
        var b = p.brief, item = document.createElement("li"), link = document.createElement("a");
        link.href = "../" + b.path;
        link.textContent = b.title;
        if (b.language && b.language !== LANG) { link.lang = b.language; }
        var meta = document.createElement("p"), claim = document.createElement("span");
        meta.className = "meta";
        claim.textContent = b.claimant + ": " + b.claim;
        if (b.language && b.language !== LANG) { claim.lang = b.language; }
        meta.appendChild(document.createTextNode((WORDS.labels[b.rating] || b.label) + " · "));
        meta.appendChild(claim);
        meta.appendChild(document.createTextNode(" · " + DATES.format(new Date(b.date))));
        item.appendChild(link);
        item.appendChild(meta);
        list.appendChild(item);
      });
    }
    var count = Math.min(found.length, LIMIT);
    status.textContent = found.length > LIMIT ? counted(WORDS.more, found.length, count) :
      counted(WORDS.found, found.length, count);
  }

  // The address holds the query: replaced as the reader types (no new history entry per
  // letter), read when the page loads, also when Back returns to it.
  function remember() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { if (form[name].value) { params.set(name, form[name].value); } });
    var search = params.toString();
    try {
      history.replaceState(null, "", search ? "?" + search : location.pathname);
    } catch (error) {
      // a browser that refuses to change a file:// address: the search works without it
    }
  }
  function restore() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) { form[name].value = params.get(name) || ""; });
  }

  function update() { run(); remember(); }
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.q.addEventListener("input", update);  // not "change": it comes when the box loses focus
  ["rating", "tag", "speaker"].forEach(function (name) { form[name].addEventListener("change", update); });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { restore(); run(); }  // back from a result, page kept whole
  });
  restore();
  run();
})();
