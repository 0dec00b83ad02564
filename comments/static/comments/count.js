// Comment counts on any page (an article list, a front page), in plain JavaScript: no build step.
//
//   <a href="/my-post#comments"><span data-comment-count="my-post-slug"></span></a>
//   <script src="https://comments.example/static/comments/count.js"
//           data-api="https://comments.example" defer></script>
//
// Every span's key goes into as few requests as the API allows (GET /api/v1/threads/counts/),
// and each span gets "3 comments" / "3 komentar" in its own language: its data-lang, else the
// lang of the span or the nearest element around it that has one (<html lang="id">), else the
// script's data-lang, else English. The text is set with textContent only. A span whose count
// could not be fetched keeps what the page put in it.
(function () {
  "use strict";

  var TEXTS = {
    en: {
      none: "No comments yet",
      some: function (n, shown) { return n === 1 ? "1 comment" : shown + " comments"; }
    },
    id: {
      none: "Belum ada komentar",
      some: function (n, shown) { return shown + " komentar"; }
    }
  };
  // The API's own limits (comments/api/count_views.py): keys per request, characters per key.
  var MAX_KEYS = 100;
  var MAX_KEY_LENGTH = 200;
  // Keep each address well under what servers and proxies accept in a request line (gunicorn
  // refuses more than 4,094 bytes); long keys then take more requests.
  var MAX_QUERY_LENGTH = 2000;
  var PATH = "/api/v1/threads/counts/?keys=";

  var script = document.currentScript;

  function apiBase() {
    var given = script && script.getAttribute("data-api");
    if (given) { return given.replace(/\/+$/, ""); }
    // Without data-api: the server the script itself came from.
    try { return new URL(script.src).origin; } catch (e) { return ""; }
  }

  function languageOf(span) {
    var owner = span.closest("[lang]");
    var lang = span.getAttribute("data-lang") ||
      (owner && owner.getAttribute("lang")) ||
      (script && script.getAttribute("data-lang")) || "en";
    return lang.toLowerCase().slice(0, 2) === "id" ? "id" : "en";
  }

  function label(count, lang) {
    var texts = TEXTS[lang];
    if (count === 0) { return texts.none; }
    var shown = count;
    try { shown = new Intl.NumberFormat(lang).format(count); } catch (e) { /* plain digits */ }
    return texts.some(count, shown);
  }

  // Groups of keys, each within the API's key limit and the length of one address.
  function chunks(keys) {
    var groups = [];
    var current = [];
    var length = 0;
    keys.forEach(function (key) {
      var encoded = encodeURIComponent(key);
      if (current.length && (current.length === MAX_KEYS || length + encoded.length + 1 > MAX_QUERY_LENGTH)) {
        groups.push(current);
        current = [];
        length = 0;
      }
      current.push(encoded);
      length += encoded.length + 1;
    });
    if (current.length) { groups.push(current); }
    return groups;
  }

  function fill(root) {
    var spans = Array.prototype.slice.call(
      (root || document).querySelectorAll("[data-comment-count]")
    );
    var byKey = Object.create(null);  // no inherited names: a key may be "__proto__"
    spans.forEach(function (span) {
      var key = (span.getAttribute("data-comment-count") || "").trim();
      // A key the API would refuse would fail its whole request: leave that span alone.
      if (!key || key.length > MAX_KEY_LENGTH || /[,\x00-\x1f\x7f]/.test(key)) { return; }
      (byKey[key] = byKey[key] || []).push(span);
    });
    var base = apiBase();
    chunks(Object.keys(byKey)).forEach(function (group) {
      fetch(base + PATH + group.join(","), { credentials: "omit", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (!body || !body.counts) { return; }
          group.forEach(function (encoded) {
            var key = decodeURIComponent(encoded);
            var count = body.counts[key];
            if (typeof count !== "number") { return; }
            byKey[key].forEach(function (span) { span.textContent = label(count, languageOf(span)); });
          });
        })
        .catch(function () { /* offline or refused: the spans keep the page's own text */ });
    });
  }

  // For pages that add articles later (infinite scroll): CommentCount.fill(newContainer).
  window.CommentCount = { fill: fill };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { fill(document); });
  } else {
    fill(document);
  }
})();
