// Remembers name, email and website in this browser only, when the commenter ticks the box.
// Nothing is sent anywhere: the values stay in localStorage and prefill the form next time.
(function () {
  "use strict";
  var KEY = "comment-author";
  var form = document.getElementById("commentform");
  if (!form || !window.localStorage) { return; }
  var fields = ["author_name", "author_email", "author_url"];
  var box = form.elements.remember;

  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { saved = null; }
  if (saved && typeof saved === "object") {
    fields.forEach(function (name) {
      var input = form.elements[name];
      if (input && !input.value && typeof saved[name] === "string") { input.value = saved[name]; }
    });
    if (box) { box.checked = true; }
  }

  form.addEventListener("submit", function () {
    if (box && box.checked) {
      var values = {};
      fields.forEach(function (name) { values[name] = form.elements[name].value; });
      localStorage.setItem(KEY, JSON.stringify(values));
    } else {
      localStorage.removeItem(KEY);
    }
  });
}());
