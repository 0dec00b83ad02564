/* Keyboard review of the comment queue in the admin (no framework).

   j/k move a highlight between the rows; a, s and t press the row's own Approve (or Not spam),
   Spam and Trash buttons, which post to the comment's moderation address and come back to this
   list; r follows the row's Reply link; ? opens the help dialog, Escape closes it. Keys are
   ignored while typing in a field and with Ctrl, Alt or Cmd. After an action the highlight
   comes back on the comment that followed the one acted on. Texts come from the page, so they
   are in the moderator's language. */
(function () {
  "use strict";

  var root = document.getElementById("kb-review");
  var table = document.getElementById("result_list");
  if (!root || !table || !table.tBodies.length) {
    return;
  }
  var help = document.getElementById("kb-help");
  var status = document.getElementById("kb-status");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var current = -1;
  var STORE = "comments.admin-review";
  var here = window.location.pathname + window.location.search;

  function commentOf(row) {
    var actions = row && row.querySelector(".row-actions");
    return actions ? actions.getAttribute("data-comment") : null;
  }

  function say(text) {
    status.textContent = "";
    // A new text node each time, so screen readers announce a repeated message too.
    window.setTimeout(function () { status.textContent = text || ""; }, 30);
  }

  function highlight(index, focus) {
    if (!rows.length) {
      return;
    }
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0 && rows[current]) {
      rows[current].classList.remove("kb-current");
      rows[current].removeAttribute("aria-current");
    }
    current = index;
    var row = rows[current];
    row.classList.add("kb-current");
    row.setAttribute("aria-current", "true");
    row.tabIndex = -1;
    if (focus !== false) {
      row.focus({ preventScroll: true });
    }
    row.scrollIntoView({ block: "nearest" });
  }

  function remember(index) {
    var next = rows[index + 1];
    try {
      window.sessionStorage.setItem(STORE, JSON.stringify({
        page: here, index: index, next: next ? commentOf(next) : null
      }));
    } catch (e) { /* private mode: the list simply starts without a highlight */ }
  }

  function restore() {
    var saved = null;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(STORE) || "null");
      window.sessionStorage.removeItem(STORE);
    } catch (e) { return; }
    if (!saved || saved.page !== here || !rows.length) {
      return;
    }
    var index = rows.findIndex(function (row) { return commentOf(row) === saved.next; });
    highlight(index >= 0 ? index : saved.index);
  }

  function act(key) {
    if (current < 0) {
      say(root.getAttribute("data-no-row"));
      return;
    }
    var control = rows[current].querySelector('[data-kb-key="' + key + '"]');
    if (!control) {
      say(root.getAttribute("data-unavailable"));
      return;
    }
    control.click();
  }

  function openHelp() {
    if (!help.open) {
      help.showModal();
      help.focus();
    }
  }

  function closeHelp() {
    if (help.open) {
      help.close();
    }
  }

  // Typing: a text box, a text area, a list box or an editable region; a focused checkbox or
  // button is not typing, so the keys still work after ticking a row.
  function typing(target) {
    if (!target || !target.closest) {
      return false;
    }
    if (target.isContentEditable || target.closest("textarea, select")) {
      return true;
    }
    var input = target.closest("input");
    return Boolean(input) && ["checkbox", "radio", "button", "submit", "reset"].indexOf(input.type) < 0;
  }

  // Where a button or link of a row is used (by key or by mouse), come back after the reload.
  table.addEventListener("click", function (event) {
    var row = event.target.closest("tr");
    var index = rows.indexOf(row);
    if (index < 0) {
      return;
    }
    if (event.target.closest("[data-kb-key]")) {
      remember(index);
    } else {
      highlight(index, false);
    }
  });

  // The Reply page sends the moderator back to this list afterwards.
  table.querySelectorAll('a[data-kb-key="r"]').forEach(function (link) {
    link.href += (link.href.indexOf("?") < 0 ? "?" : "&") + "next=" + encodeURIComponent(here);
  });

  root.querySelector(".kb-help-open").addEventListener("click", openHelp);
  help.querySelector("[data-kb-close]").addEventListener("click", closeHelp);
  help.addEventListener("close", function () {
    if (current >= 0) {
      rows[current].focus({ preventScroll: true });
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    if (typing(event.target)) {
      return;
    }
    if (help.open) {
      if (event.key === "?") {
        closeHelp();
        event.preventDefault();
      }
      return;  // Escape is the dialog's own
    }
    switch (event.key) {
      case "j":
        highlight(current + 1);
        break;
      case "k":
        highlight(current < 0 ? 0 : current - 1);
        break;
      case "a":
      case "s":
      case "t":
      case "r":
        act(event.key);
        break;
      case "?":
        openHelp();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  restore();
})();
