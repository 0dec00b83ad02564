// The server-rendered comment section, made easier with a little script. Without it everything
// still works: Reply opens ?replytocom=ID, errors come back at #respond, the limit is stated.
//  - after a failed post, focus goes to the error summary, which lists every error;
//  - Reply moves the form under the comment being answered and puts focus in the comment box;
//  - the comment box counts the characters left.
(function () {
  "use strict";
  var respond = document.getElementById("respond");
  var form = document.getElementById("commentform");
  if (!respond) { return; }

  var summary = document.getElementById("error-summary");
  if (summary) {
    // Again once the page has loaded: going to the #respond fragment moves focus back to the
    // document in Chromium.
    summary.focus();
    window.addEventListener("load", function () {
      if (document.activeElement === document.body) { summary.focus(); }
    });
  }

  if (!form) { return; }
  var content = form.elements.content;
  var parentInput = form.elements.parent;
  var home = document.createComment("respond");
  respond.parentNode.insertBefore(home, respond);
  var title = document.getElementById("reply-title");
  var note = null;


  function cancelReply(event) {
    if (event) { event.preventDefault(); }
    home.parentNode.insertBefore(respond, home.nextSibling);
    if (parentInput) { parentInput.value = ""; }
    if (note) { note.remove(); note = null; }
    var old = document.querySelector(".replying-to");
    if (old) { old.remove(); }
    if (content) { content.focus(); }
  }

  function replyTo(link) {
    var comment = document.getElementById("comment-" + link.getAttribute("data-comment-id"));
    if (!comment || !parentInput) { return false; }
    var body = comment.querySelector(".comment-body");
    body.parentNode.insertBefore(respond, body.nextSibling);
    parentInput.value = link.getAttribute("data-comment-id");
    var old = document.querySelector(".replying-to");
    if (old) { old.remove(); }
    note = document.createElement("small");
    note.className = "replying-to";
    var who = document.createElement("bdi");
    who.textContent = link.getAttribute("data-author") || "";
    note.appendChild(document.createTextNode(respond.getAttribute("data-replying-to") + " "));
    note.appendChild(who);
    note.appendChild(document.createTextNode(" "));
    var cancel = document.createElement("a");
    cancel.href = "#respond";
    cancel.id = "cancel-comment-reply-link";
    cancel.textContent = respond.getAttribute("data-cancel");
    cancel.addEventListener("click", cancelReply);
    note.appendChild(cancel);
    if (title) { title.appendChild(note); }
    if (content) { content.focus(); }
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".comment-reply-link") : null;
    if (link && replyTo(link)) { event.preventDefault(); }
  });
  var cancelled = document.getElementById("cancel-comment-reply-link");
  if (cancelled) { cancelled.addEventListener("click", cancelReply); }

  if (content) {
    var limit = parseInt(respond.getAttribute("data-limit"), 10) || 5000;
    var counter = document.createElement("span");
    counter.className = "char-count";
    counter.id = "comment-char-count";
    // Read on demand, not announced on every key: the stated limit is already described.
    counter.setAttribute("aria-live", "off");
    content.parentNode.appendChild(counter);
    var update = function () {
      var left = limit - content.value.length;
      counter.textContent = (respond.getAttribute("data-chars-left") || "").replace("__COUNT__", left);
      counter.classList.toggle("char-count-low", left < 200);
    };
    content.addEventListener("input", update);
    update();
  }
}());
