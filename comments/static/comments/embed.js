// The comment section on any page, in plain JavaScript: no build step, no third-party request.
//
//   <div id="comments" data-thread="KEY" data-api="https://comments.example"></div>
//   <script src="https://comments.example/static/comments/embed.js" defer></script>
//
// Optional: data-order="newest" or "oldest" (the first sort; else the article page's, which the
// API answers with),
// data-lang="id" (else the page's <html lang>), data-stylesheet="none" (the host styles it).
// It adds embed.css from beside itself; every rule there is scoped under .cg-embed.
// Every text a commenter wrote is put on the page with textContent, never as HTML.
(function () {
  "use strict";

  var TEXTS = {
    en: {
      heading: "Leave a Reply", comments: function (n) { return n === 1 ? "1 comment" : n + " comments"; },
      none: "No comments yet", notes: "Your email address will not be published.",
      required: "Required fields are marked", comment: "Comment", name: "Name", email: "Email",
      website: "Website", remember: "Save my name, email, and website in this browser for the next time I comment.",
      submit: "Post Comment", reply: "Reply", replyTo: "Reply to ", replyingTo: "Replying to ",
      cancel: "Cancel reply", awaiting: "Your comment is awaiting moderation.",
      posted: "Your comment is published.", held: "Thank you! Your comment is awaiting moderation.",
      failed: "The comment could not be sent. Check your connection and try again.",
      loadFailed: "The comments could not be loaded.", sending: "Sending…",
      closed: "Comments are closed.", honeypot: "Leave this field empty",
      fixErrors: "Please correct the marked fields.",
      edit: "Edit", editing: "Edit your comment", cancelEdit: "Cancel editing",
      save: "Save changes", saved: "Your changes are saved.",
      remove: "Delete", removeAsk: "Delete this comment? This cannot be undone.",
      removeYes: "Delete comment", removeNo: "Keep it", removed: "Your comment was deleted.",
      removeFailed: "The comment could not be deleted. Try again later.",
      removeExpired: "The time for deleting this comment has passed.",
      order: "Sort comments", oldest: "Oldest first", newest: "Newest first",
      more: "Load more comments", loadingMore: "Loading…",
      moreFailed: "More comments could not be loaded. Try again.",
      shown: function (n, total) { return "Showing " + n + " of " + total + " comments."; },
      report: "Report", reportBy: "Report the comment by ", reportWhy: "Why should the moderators look at this comment?",
      reportNote: "A note for the moderators (optional)", sendReport: "Send report", cancelReport: "Cancel",
      reported: "Thank you. The moderators will look at it.", reportFailed: "The report could not be sent. Try again later.",
      picks: "Editors' picks", viewInThread: "View in the thread",
      followUp: "Notify me of follow-up comments by email", followUpNo: "No",
      followUpReplies: "Replies to my comment", followUpThread: "All new comments in this discussion",
      followUpHint: "We first email you a link to confirm. Every email has a link to stop them.",
      reasons: { spam: "Spam", abuse: "Abusive or hateful", off_topic: "Off topic", personal_info: "Shares personal information", other: "Something else" }
    },
    id: {
      heading: "Tinggalkan Balasan", comments: function (n) { return n + " komentar"; },
      none: "Belum ada komentar", notes: "Alamat email Anda tidak akan dipublikasikan.",
      required: "Ruas yang wajib ditandai", comment: "Komentar", name: "Nama", email: "Email",
      website: "Situs web", remember: "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
      submit: "Kirim Komentar", reply: "Balas", replyTo: "Balas ke ", replyingTo: "Membalas ",
      cancel: "Batalkan balasan", awaiting: "Komentar Anda sedang menunggu moderasi.",
      posted: "Komentar Anda sudah tayang.", held: "Terima kasih! Komentar Anda sedang menunggu moderasi.",
      failed: "Komentar tidak dapat dikirim. Periksa koneksi Anda lalu coba lagi.",
      loadFailed: "Komentar tidak dapat dimuat.", sending: "Mengirim…",
      closed: "Komentar ditutup.", honeypot: "Biarkan ruas ini kosong",
      fixErrors: "Silakan perbaiki ruas yang ditandai.",
      edit: "Sunting", editing: "Sunting komentar Anda", cancelEdit: "Batal menyunting",
      save: "Simpan perubahan", saved: "Perubahan Anda sudah disimpan.",
      remove: "Hapus", removeAsk: "Hapus komentar ini? Komentar yang dihapus tidak bisa dikembalikan.",
      removeYes: "Ya, hapus komentar", removeNo: "Jangan dihapus", removed: "Komentar Anda sudah dihapus.",
      removeFailed: "Komentar tidak dapat dihapus. Coba lagi nanti.",
      removeExpired: "Waktu untuk menghapus komentar ini sudah habis.",
      order: "Urutkan komentar", oldest: "Terlama dulu", newest: "Terbaru dulu",
      more: "Muat komentar lainnya", loadingMore: "Memuat…",
      moreFailed: "Komentar lainnya tidak dapat dimuat. Coba lagi.",
      shown: function (n, total) { return "Menampilkan " + n + " dari " + total + " komentar."; },
      report: "Laporkan", reportBy: "Laporkan komentar dari ", reportWhy: "Mengapa moderator perlu melihat komentar ini?",
      reportNote: "Catatan untuk moderator (opsional)", sendReport: "Kirim laporan", cancelReport: "Batal",
      reported: "Terima kasih. Moderator akan memeriksanya.", reportFailed: "Laporan tidak dapat dikirim. Coba lagi nanti.",
      picks: "Pilihan editor", viewInThread: "Lihat di utas",
      followUp: "Beri tahu saya lewat email jika ada komentar lanjutan", followUpNo: "Tidak",
      followUpReplies: "Balasan untuk komentar saya", followUpThread: "Semua komentar baru di diskusi ini",
      followUpHint: "Kami mengirim tautan konfirmasi ke email Anda lebih dulu. Setiap email memuat tautan untuk menghentikannya.",
      reasons: { spam: "Spam", abuse: "Kasar atau menghasut kebencian", off_topic: "Di luar topik", personal_info: "Menyebarkan informasi pribadi", other: "Hal lain" }
    }
  };
  var ORDERS = ["oldest", "newest"];
  var MAX_DEPTH = 5;
  var REMEMBER_KEY = "comment-author";
  var FIELDS = ["content", "author_name", "author_email", "author_url", "follow_up"];
  // Read now: document.currentScript is only set while this file runs.
  var SCRIPT = document.currentScript || document.querySelector("script[src*='comments/embed']");

  // The language's texts over English: a key the table lacks reads in English, never "undefined".
  function texts(lang) {
    var own = TEXTS[lang] || {};
    var merged = {};
    Object.keys(TEXTS.en).forEach(function (key) {
      var value = own[key];
      if (key === "reasons") {
        merged.reasons = {};
        Object.keys(TEXTS.en.reasons).forEach(function (reason) {
          merged.reasons[reason] = (value && value[reason]) || TEXTS.en.reasons[reason];
        });
      } else {
        merged[key] = value === undefined || value === "" ? TEXTS.en[key] : value;
      }
    });
    return merged;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function button(text, className, onClick, attrs) {
    var node = el("button", Object.assign({ "type": "button", "class": className, "text": text }, attrs || {}));
    node.addEventListener("click", onClick);
    return node;
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : "";
  }

  function store(key, value) {
    try {
      if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, JSON.stringify(value)); }
    } catch (e) { /* private mode: nothing is remembered */ }
  }

  function load(key) {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function time(c) { return Date.parse(c.created) || 0; }

  function oldestFirst(a, b) { return time(a.c) - time(b.c) || a.c.id - b.c.id; }

  // The stylesheet beside this script (same origin, same query), once, unless the host opts out.
  function addStylesheet(root) {
    if (root.getAttribute("data-stylesheet") === "none" || !SCRIPT || !SCRIPT.src) { return; }
    if (document.querySelector("link[data-cg-embed]")) { return; }
    var href = new URL("embed.css", SCRIPT.src);
    href.search = new URL(SCRIPT.src).search;
    document.head.appendChild(el("link", { "rel": "stylesheet", "href": href.href, "data-cg-embed": "" }));
  }

  function CommentSection(root) {
    this.root = root;
    this.thread = root.getAttribute("data-thread");
    this.api = (root.getAttribute("data-api") || "").replace(/\/+$/, "");
    var lang = (root.getAttribute("data-lang") || document.documentElement.lang || "en").toLowerCase().slice(0, 2);
    this.lang = TEXTS[lang] ? lang : "en";
    this.t = texts(this.lang);
    var order = root.getAttribute("data-order");
    // null until the first page says which order the site reads in.
    this.order = ORDERS.indexOf(order) >= 0 ? order : null;
    this.pendingKey = "comment-pending:" + this.api + ":" + this.thread;
    // Comments this browser posted, with the secret that lets it edit them for a while.
    this.ownKey = "comment-own:" + this.api + ":" + this.thread;
    this.editing = null;
    this.formToken = "";
    this.parentId = null;
    this.comments = [];
    this.featured = [];
    this.total = 0;
    this.next = null;
    // The one message shown in a comment ({id, text, seen}), after the reader acted on it.
    this.notice = null;
    // Comments deleted here (by id): their place says so until the page is loaded again.
    this.removed = {};
    // The page last read, and how many comments read on it left the published list since (deleted,
    // or held after an edit): the next page then starts that many earlier.
    this.current = null;
    this.shift = 0;
  }

  CommentSection.prototype.request = function (method, path, body, headers) {
    var options = { method: method, headers: Object.assign({ "Accept": "application/json", "Accept-Language": this.lang }, headers || {}) };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(this.api + path, options);
  };

  CommentSection.prototype.start = function () {
    var self = this;
    var t = this.t;
    addStylesheet(this.root);
    this.root.classList.add("cg-embed", "comments-area");
    this.title = el("h2", { "class": "comments-title", "text": "" });
    this.orderSelect = el("select", { "id": "embed-order", "name": "order" });
    ORDERS.forEach(function (order) {
      self.orderSelect.appendChild(el("option", { "value": order, "text": t[order] }));
    });
    this.orderSelect.addEventListener("change", function () { self.reorder(self.orderSelect.value); });
    this.toolbar = el("p", { "class": "cg-toolbar", "hidden": "" }, [
      el("label", { "for": "embed-order", "text": t.order }), this.orderSelect
    ]);
    this.picks = el("section", { "class": "editors-picks", "hidden": "" });
    this.list = el("ol", { "class": "comment-list" });
    this.moreButton = button(t.more, "cg-load-more", function () { self.loadMore(); }, { "hidden": "" });
    this.listStatus = el("p", { "class": "comments-status", "role": "status" });
    this.home = el("div", { "class": "cg-respond-home" }, [this.buildForm()]);
    [this.title, this.toolbar, this.picks, this.list,
      el("div", { "class": "cg-more" }, [this.moreButton, this.listStatus]), this.home
    ].forEach(function (node) { self.root.appendChild(node); });
    this.fetchToken();
    this.loadFirst();
  };

  CommentSection.prototype.firstPage = function () {
    var path = "/api/v1/comments/?thread=" + encodeURIComponent(this.thread);
    return this.order ? path + "&order=" + this.order : path;
  };

  CommentSection.prototype.fetchPage = function (path) {
    return this.request("GET", path).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    });
  };

  // `next` is a link from the API server's root; the embed asks its own API for it.
  CommentSection.prototype.took = function (page) {
    var self = this;
    var known = Object.assign({}, this.removed);
    this.comments.forEach(function (c) { known[c.id] = true; });
    // A comment posted meanwhile shifts the pages: one seen already is not added twice.
    var fresh = (page.results || []).filter(function (c) { return !known[c.id]; });
    this.comments = this.comments.concat(fresh);
    this.total = page.count || 0;
    this.featured = page.featured || this.featured;
    if (ORDERS.indexOf(page.order) >= 0) { this.order = page.order; }
    this.orderSelect.value = this.order || ORDERS[0];
    this.next = page.next ? (function (next) { return next.pathname + next.search; }(new URL(page.next, self.api + "/"))) : null;
    return fresh;
  };

  CommentSection.prototype.loadFirst = function () {
    var self = this;
    this.comments = [];
    this.next = null;
    this.shift = 0;
    this.current = this.firstPage();
    return this.fetchPage(this.current)
      .then(function (page) { self.took(page); self.render(); })
      .catch(function () {
        self.listStatus.setAttribute("role", "alert");
        self.listStatus.textContent = self.t.loadFailed;
      });
  };

  CommentSection.prototype.reorder = function (order) {
    this.order = order;
    this.clearNotice();
    this.listStatus.textContent = "";
    this.loadFirst();
  };

  // The next page, added to what is shown; resolves to the comments it added.
  CommentSection.prototype.fetchMore = function () {
    var self = this;
    var more = this.moreButton;
    var path = this.next;
    more.disabled = true;
    more.setAttribute("aria-busy", "true");
    more.textContent = this.t.loadingMore;
    // After a shift, the page read last is read again for the comments that moved onto it.
    var again = this.shift ? this.fetchPage(this.current).then(function (page) { return self.took(page); }) : Promise.resolve([]);
    return again.then(function (moved) {
      return self.fetchPage(path).then(function (page) {
        self.shift = 0;
        self.current = path;
        return moved.concat(self.took(page));
      });
    }).then(function (fresh) {
      self.render();
      return fresh;
    }).catch(function (error) {
      self.listStatus.textContent = self.t.moreFailed;
      throw error;
    }).finally(function () {
      more.disabled = false;
      more.removeAttribute("aria-busy");
      more.textContent = self.t.more;
    });
  };

  CommentSection.prototype.focusComment = function (id) {
    var body = this.root.querySelector("#comment-" + id + " > .comment-body, #comment-" + id + " > .cg-notice");
    if (body) { body.setAttribute("tabindex", "-1"); body.focus(); }
    return !!body;
  };

  CommentSection.prototype.loadMore = function () {
    var self = this;
    if (!this.next || this.moreButton.disabled) { return; }
    this.fetchMore().then(function (fresh) {
      // The reader goes on where the new comments start; the count is announced.
      var first = fresh.map(function (c) { return self.root.querySelector("#comment-" + c.id); })
        .filter(Boolean).sort(function (a, b) {
          return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        })[0];
      if (first) { self.focusComment(first.id.slice("comment-".length)); }
    }).catch(function () { /* said in the status line */ });
  };

  // An editor's pick on a page not read yet: read on until it is there, then go to it.
  CommentSection.prototype.reveal = function (id) {
    var self = this;
    if (this.focusComment(id)) { return Promise.resolve(); }
    if (!this.next) { return Promise.resolve(); }
    return this.fetchMore().then(function () { return self.reveal(id); }).catch(function () {});
  };

  CommentSection.prototype.fetchToken = function () {
    var self = this;
    return this.request("GET", "/api/v1/comments/token/?thread=" + encodeURIComponent(this.thread))
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (body) { self.formToken = body.form_token || ""; })
      .catch(function () { self.formToken = ""; });
  };

  CommentSection.prototype.ownPending = function () {
    var published = {};
    this.comments.forEach(function (c) { published[c.id] = true; });
    var week = 7 * 24 * 3600 * 1000;
    var mine = (load(this.pendingKey) || []).filter(function (c) {
      return !published[c.id] && Date.now() - c.saved < week;
    });
    store(this.pendingKey, mine.length ? mine : null);
    return mine;
  };

  CommentSection.prototype.render = function () {
    var self = this;
    var all = this.comments.map(function (c) { return { c: c, pending: false, children: [] }; });
    this.ownPending().forEach(function (c) { all.push({ c: c, pending: true, children: [] }); });
    var byId = {};
    all.forEach(function (node) { byId[node.c.id] = node; });
    Object.keys(this.removed).forEach(function (id) {
      if (!byId[id]) { byId[id] = { c: self.removed[id], pending: false, children: [] }; all.push(byId[id]); }
    });
    // Newest first, a reply comes before its parent: it waits for it while pages are left.
    // Oldest first, or on the last page, a reply without its parent (not published) stands alone,
    // as on the article page.
    var alone = this.order === "oldest" || !this.next;
    var roots = [];
    all.forEach(function (node) {
      var parent = node.c.parent && byId[node.c.parent];
      if (parent) { parent.children.push(node); } else if (!node.c.parent || alone) { roots.push(node); }
    });
    roots.sort(this.order === "newest" ? function (a, b) { return oldestFirst(b, a); } : oldestFirst);
    this.list.textContent = "";
    roots.forEach(function (node) { self.list.appendChild(self.renderComment(node, 1)); });
    this.renderPicks();
    this.title.textContent = this.total ? this.t.comments(this.total) : this.t.none;
    this.toolbar.hidden = this.total < 2;
    this.moreButton.hidden = !this.next;
    this.listStatus.setAttribute("role", "status");
    this.listStatus.textContent = this.next ? this.t.shown(this.comments.length, this.total) : "";
    this.placeForm();
    // Focus goes to a new message once, not again each time the list is drawn.
    if (this.notice && !this.notice.seen) {
      var id = "#comment-" + this.notice.id;
      var notice = this.root.querySelector(id + " > .cg-notice, " + id + " > .comment-body > .cg-notice");
      if (notice) { this.notice.seen = true; notice.focus(); }
    }
  };

  // Editors' picks: the featured comments again, first, each linking to its place in the thread.
  CommentSection.prototype.renderPicks = function () {
    var self = this;
    var picks = this.featured.slice(0, 10);
    this.picks.textContent = "";
    if (!picks.length) { this.picks.setAttribute("hidden", ""); return; }
    var titleId = "embed-picks-title";
    this.picks.setAttribute("aria-labelledby", titleId);
    this.picks.appendChild(el("h3", { "id": titleId, "class": "editors-picks-title", "text": this.t.picks }));
    var list = el("ul", { "class": "editors-picks-list" });
    picks.forEach(function (c) {
      list.appendChild(el("li", { "class": "editors-pick" }, [
        el("b", { "class": "comment-author" }, [el("bdi", { "text": c.author_name })]),
        el("div", { "class": "comment-content", "text": String(c.content) }),
        self.pickLink(c)
      ]));
    });
    this.picks.appendChild(list);
    this.picks.removeAttribute("hidden");
  };

  CommentSection.prototype.pickLink = function (c) {
    var self = this;
    var link = el("a", { "class": "editors-pick-link", "href": "#comment-" + c.id, "text": this.t.viewInThread });
    link.addEventListener("click", function (event) {
      if (self.root.querySelector("#comment-" + c.id)) { return; }
      event.preventDefault();
      self.reveal(c.id).then(function () {
        var found = self.root.querySelector("#comment-" + c.id);
        if (found) { found.scrollIntoView({ block: "start" }); }
      });
    });
    return link;
  };

  CommentSection.prototype.renderComment = function (node, depth) {
    var self = this;
    var c = node.c;
    var item = el("li", { "id": "comment-" + c.id, "class": "comment depth-" + depth + (node.pending ? " comment-pending" : "") });
    item.appendChild(this.removed[c.id] ? this.noticeNode(c.id) : this.renderBody(node, depth));
    if (node.children.length) {
      var children = el("ol", { "class": "children" });
      node.children.sort(oldestFirst).forEach(function (child) { children.appendChild(self.renderComment(child, depth + 1)); });
      item.appendChild(children);
    }
    return item;
  };

  CommentSection.prototype.renderBody = function (node, depth) {
    var self = this;
    var t = this.t;
    var c = node.c;
    var url = safeUrl(c.author_url);
    // <bdi>: a right-to-left name cannot reorder the text around it.
    var name = el("bdi", { "text": c.author_name });
    var author = url ? el("a", { "href": url, "rel": "nofollow ugc noopener", "class": "url" }, [name]) : name;
    var when = new Date(c.created);
    var meta = el("footer", { "class": "comment-meta" }, [
      c.avatar ? el("img", { "class": "avatar", "src": this.api + c.avatar, "alt": "", "width": "40", "height": "40" }) : null,
      el("span", { "class": "comment-meta-text" }, [
        el("b", { "class": "comment-author" }, [author]),
        document.createTextNode(" "),
        el("time", { "datetime": c.created, "text": when.toLocaleString(this.lang, { dateStyle: "medium", timeStyle: "short" }) })
      ]),
      node.pending ? el("p", { "class": "comment-awaiting-moderation", "text": t.awaiting }) : null
    ]);
    var body = el("div", { "class": "comment-content" });
    String(c.content).split("\n").forEach(function (line, i) {
      if (i) { body.appendChild(el("br")); }
      body.appendChild(document.createTextNode(line));
    });
    var article = el("article", { "class": "comment-body" }, [meta, body]);
    var actions = el("p", { "class": "comment-actions" });
    if (!node.pending && depth < MAX_DEPTH) {
      actions.appendChild(button(t.reply, "comment-reply-link", function () { self.replyTo(c); },
        { "aria-label": t.replyTo + c.author_name }));
    }
    var own = this.editable(c.id);
    if (own) {
      actions.appendChild(button(t.edit, "comment-edit-link", function () { self.edit(c, own); }));
      var remove = button(t.remove, "comment-delete-link", function () { self.confirmRemove(c, own, article, remove); });
      actions.appendChild(remove);
    }
    if (!node.pending) {
      var report = button(t.report, "comment-report-link", function () { self.openReport(c, article, report); },
        { "aria-label": t.reportBy + c.author_name });
      actions.appendChild(report);
    }
    article.appendChild(actions);
    if (this.notice && this.notice.id === c.id) { article.appendChild(this.noticeNode(c.id)); }
    return article;
  };

  // A message stays until the reader does something else (tombstones of deleted comments stay).
  CommentSection.prototype.clearNotice = function () {
    this.notice = null;
    [].forEach.call(this.root.querySelectorAll(".comment-body > .cg-notice"), function (node) { node.remove(); });
  };

  // The message about the comment the reader acted on, in its place; focus moves to it.
  CommentSection.prototype.noticeNode = function (id) {
    var text = this.removed[id] ? this.t.removed : this.notice.text;
    return el("p", { "class": "cg-notice", "tabindex": "-1", "text": text });
  };

  CommentSection.prototype.field = function (name, label, type, required, extra) {
    var id = "embed-" + name;
    var input = type === "textarea"
      ? el("textarea", { "id": id, "name": name, "rows": "6", "maxlength": "5000" })
      : el("input", { "id": id, "name": name, "type": type });
    Object.keys(extra || {}).forEach(function (key) { input.setAttribute(key, extra[key]); });
    if (required) { input.setAttribute("required", ""); input.setAttribute("aria-required", "true"); }
    var labelNode = el("label", { "for": id, "text": label + (required ? " " : "") },
      [required ? el("span", { "class": "required", "aria-hidden": "true", "text": "*" }) : null]);
    var error = el("span", { "class": "field-error", "id": id + "-error" });
    return el("p", { "class": "comment-form-" + name }, [labelNode, input, error]);
  };

  // "Notify me of follow-up comments by email": double opt-in, so the server sends a confirming
  // link first (comments.follow_ups); the choice is not remembered, each comment asks again.
  CommentSection.prototype.followUpField = function () {
    var t = this.t;
    var select = el("select", { "id": "embed-follow_up", "name": "follow_up", "aria-describedby": "embed-follow_up-hint" }, [
      el("option", { "value": "", "text": t.followUpNo }),
      el("option", { "value": "replies", "text": t.followUpReplies }),
      el("option", { "value": "thread", "text": t.followUpThread })
    ]);
    return el("p", { "class": "comment-form-follow-up" }, [
      el("label", { "for": "embed-follow_up", "text": t.followUp }), select,
      el("span", { "class": "comment-form-hint", "id": "embed-follow_up-hint", "text": t.followUpHint }),
      el("span", { "class": "field-error", "id": "embed-follow_up-error" })
    ]);
  };

  CommentSection.prototype.buildForm = function () {
    var self = this;
    var t = this.t;
    this.replying = el("small", { "class": "replying-to" });
    this.formTitle = el("span", { "text": t.heading });
    this.formStatus = el("span", { "class": "form-status", "role": "status" });
    this.submitButton = el("button", { "type": "submit", "class": "submit", "text": t.submit });
    // What only a new comment asks: hidden while the author edits their comment's text.
    this.newOnly = [
      el("p", { "class": "comment-notes" }, [
        el("span", { "id": "embed-email-notes", "text": t.notes + " " }),
        el("span", { "text": t.required + " " }, [el("span", { "class": "required", "aria-hidden": "true", "text": "*" })])
      ]),
      this.field("author_name", t.name, "text", true, { "autocomplete": "name", "maxlength": "80" }),
      this.field("author_email", t.email, "email", true, { "autocomplete": "email", "maxlength": "254", "aria-describedby": "embed-email-notes" }),
      this.field("author_url", t.website, "url", false, { "autocomplete": "url", "maxlength": "200" }),
      el("p", { "class": "comment-form-cookies-consent" }, [
        el("input", { "id": "embed-remember", "name": "remember", "type": "checkbox" }),
        el("label", { "for": "embed-remember", "text": t.remember })
      ]),
      this.followUpField()
    ];
    this.form = el("form", { "class": "comment-form", "novalidate": "" }, [
      this.newOnly[0],
      el("p", { "class": "form-error", "role": "alert" }),
      this.field("content", t.comment, "textarea", true),
      this.newOnly[1], this.newOnly[2], this.newOnly[3],
      this.hidden(el("p", { "class": "comment-form-subject", "aria-hidden": "true" }, [
        el("label", { "for": "embed-subject", "text": t.honeypot }),
        el("input", { "id": "embed-subject", "name": "subject", "type": "text", "tabindex": "-1", "autocomplete": "off" })
      ])),
      this.newOnly[4], this.newOnly[5],
      el("p", { "class": "form-submit" }, [this.submitButton, this.formStatus])
    ]);
    var saved = load(REMEMBER_KEY);
    if (saved) {
      ["author_name", "author_email", "author_url"].forEach(function (name) {
        if (typeof saved[name] === "string") { self.form.elements[name].value = saved[name]; }
      });
      this.form.elements.remember.checked = true;
    }
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.submit(); });
    this.respond = el("div", { "id": "respond", "class": "comment-respond" }, [
      el("h3", { "id": "reply-title", "class": "comment-reply-title" }, [this.formTitle, document.createTextNode(" "), this.replying]),
      this.form
    ]);
    return this.respond;
  };

  // The form sits under the comment being answered or edited, else after the thread.
  CommentSection.prototype.placeForm = function () {
    var target = this.editing ? this.editing.comment.id : this.parentId;
    var article = target && this.root.querySelector("#comment-" + target + " > .comment-body");
    if (article) {
      article.parentNode.insertBefore(this.respond, article.nextSibling);
    } else if (this.respond.parentNode !== this.home) {
      this.home.appendChild(this.respond);
    }
  };

  CommentSection.prototype.editable = function (id) {
    var now = Date.now();
    return (load(this.ownKey) || []).filter(function (o) {
      return o.id === id && Date.parse(o.editable_until) > now;
    })[0] || null;
  };

  CommentSection.prototype.setMode = function (editing) {
    this.newOnly.forEach(function (node) { node.hidden = editing; });
    this.formTitle.textContent = editing ? this.t.editing : this.t.heading;
    this.submitButton.textContent = editing ? this.t.save : this.t.submit;
    this.replying.textContent = "";
  };

  CommentSection.prototype.edit = function (comment, own) {
    var self = this;
    this.clearErrors();
    this.clearNotice();
    this.editing = { comment: comment, token: own.edit_token };
    this.parentId = null;
    this.setMode(true);
    this.replying.appendChild(button(this.t.cancelEdit, "cancel-reply", function () { self.stopEditing(true); }));
    this.form.elements.content.value = comment.content;
    this.placeForm();
    this.form.elements.content.focus();
  };

  CommentSection.prototype.stopEditing = function (refocus) {
    var id = this.editing && this.editing.comment.id;
    this.editing = null;
    this.setMode(false);
    this.form.elements.content.value = "";
    this.placeForm();
    var edit = refocus && id && this.root.querySelector("#comment-" + id + " .comment-edit-link");
    if (edit) { edit.focus(); }
  };

  CommentSection.prototype.saveEdit = function () {
    var self = this;
    var editing = this.editing;
    var content = this.form.elements.content.value;
    var path = "/api/v1/comments/" + editing.comment.id + "/";
    return this.request("PATCH", path, { content: content }, { "X-Edit-Token": editing.token }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        self.formStatus.textContent = "";
        if (response.status === 200) {
          editing.comment.content = content;
          var mine = (load(self.pendingKey) || []).map(function (c) {
            if (c.id === editing.comment.id) { c.content = content; }
            return c;
          });
          if (data.status === "pending" && !mine.some(function (c) { return c.id === editing.comment.id; })) {
            self.comments = self.comments.filter(function (c) { return c.id !== editing.comment.id; });
            self.total = Math.max(0, self.total - 1);
            self.shift += 1;
            mine.push({ id: editing.comment.id, parent: editing.comment.parent, author_name: editing.comment.author_name,
                        author_url: editing.comment.author_url, content: content, created: editing.comment.created, saved: Date.now() });
          }
          store(self.pendingKey, mine.length ? mine : null);
          self.notice = { id: editing.comment.id, text: data.status === "pending" ? self.t.held : self.t.saved };
          self.stopEditing(false);
          self.render();
        } else if (response.status === 400) {
          self.showErrors(data);
        } else {
          self.formError(data.detail || self.t.failed);
        }
      });
    });
  };

  // Deleting asks once, in the comment's place; what happened is said there too.
  CommentSection.prototype.confirmRemove = function (c, own, article, opener) {
    var self = this;
    if (article.querySelector(".cg-confirm")) { return; }
    this.clearNotice();
    var askId = "embed-delete-" + c.id;
    var answer = el("p", { "class": "cg-confirm-answer", "role": "alert" });
    var keep = button(this.t.removeNo, "cg-secondary", function () { box.remove(); opener.focus(); });
    var yes = button(this.t.removeYes, "cg-danger", function () {
      yes.disabled = true;
      self.request("DELETE", "/api/v1/comments/" + c.id + "/", null, { "X-Edit-Token": own.edit_token }).then(function (response) {
        if (response.status !== 204) {
          yes.disabled = false;
          answer.textContent = response.status === 403 ? self.t.removeExpired : self.t.removeFailed;
          return;
        }
        self.removed[c.id] = c;
        if (self.comments.some(function (k) { return k.id === c.id; })) {
          self.comments = self.comments.filter(function (k) { return k.id !== c.id; });
          self.total = Math.max(0, self.total - 1);
          self.shift += 1;
        }
        store(self.ownKey, (load(self.ownKey) || []).filter(function (o) { return o.id !== c.id; }));
        var pending = (load(self.pendingKey) || []).filter(function (k) { return k.id !== c.id; });
        store(self.pendingKey, pending.length ? pending : null);
        if (self.editing && self.editing.comment.id === c.id) { self.stopEditing(false); }
        self.notice = { id: c.id, text: self.t.removed };
        self.render();
      }).catch(function () { yes.disabled = false; answer.textContent = self.t.removeFailed; });
    });
    var box = el("div", { "class": "cg-confirm", "role": "group", "aria-labelledby": askId }, [
      el("p", { "id": askId, "class": "cg-confirm-question", "text": this.t.removeAsk }),
      el("p", { "class": "cg-confirm-buttons" }, [yes, keep]),
      answer
    ]);
    article.appendChild(box);
    keep.focus();
  };

  // The honeypot: out of sight for people, set through the CSSOM so a strict CSP allows it
  // (and so it stays hidden when embed.css does not load).
  CommentSection.prototype.hidden = function (node) {
    node.style.position = "absolute";
    node.style.left = "-10000px";
    node.style.width = "1px";
    node.style.height = "1px";
    node.style.overflow = "hidden";
    return node;
  };

  CommentSection.prototype.replyTo = function (comment) {
    var self = this;
    if (this.editing) { this.stopEditing(false); }
    this.clearErrors();
    var was = this.parentId;
    this.parentId = comment ? comment.id : null;
    this.replying.textContent = "";
    if (comment) {
      this.clearNotice();
      this.replying.appendChild(document.createTextNode(this.t.replyingTo));
      this.replying.appendChild(el("bdi", { "text": comment.author_name }));
      this.replying.appendChild(document.createTextNode(" "));
      this.replying.appendChild(button(this.t.cancel, "cancel-reply", function () { self.replyTo(null); }));
    }
    this.placeForm();
    var back = !comment && was && this.root.querySelector("#comment-" + was + " .comment-reply-link");
    (back || this.form.elements.content).focus();
  };

  // A small form under the comment: a reason, an optional note; the answer replaces it.
  CommentSection.prototype.openReport = function (c, article, opener) {
    var self = this;
    var t = this.t;
    if (article.querySelector(".comment-report-form")) { return; }
    this.clearNotice();
    var id = "report-" + c.id;
    var select = el("select", { "id": id + "-reason", "name": "reason", "required": "required" });
    Object.keys(t.reasons).forEach(function (reason) {
      select.appendChild(el("option", { "value": reason, "text": t.reasons[reason] }));
    });
    var note = el("textarea", { "id": id + "-note", "name": "note", "rows": "2", "maxlength": "500" });
    var send = el("button", { "type": "submit", "class": "submit", "text": t.sendReport });
    var answer = el("p", { "class": "report-answer", "role": "alert" });
    var form = el("form", { "class": "comment-report-form" }, [
      el("p", {}, [el("label", { "for": id + "-reason", "text": t.reportWhy }), select]),
      el("p", {}, [el("label", { "for": id + "-note", "text": t.reportNote }), note]),
      el("p", { "class": "cg-confirm-buttons" }, [send, button(t.cancelReport, "cg-secondary", function () { form.remove(); opener.focus(); })]),
      answer
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send.disabled = true;
      self.request("POST", "/api/v1/comments/" + c.id + "/report/", { reason: select.value, note: note.value })
        .then(function (response) {
          if (response.status !== 202) { throw new Error("report " + response.status); }
          var done = el("p", { "class": "report-answer", "tabindex": "-1", "text": t.reported });
          form.replaceWith(done);
          opener.remove();
          done.focus();
        })
        .catch(function () { send.disabled = false; answer.textContent = t.reportFailed; });
    });
    article.appendChild(form);
    select.focus();
  };

  CommentSection.prototype.formError = function (message) {
    this.form.querySelector(".form-error").textContent = message;
  };

  // A field keeps what describes it (the email's "not published", the follow-up's hint) and
  // gets its error after it.
  function describe(input, errorId) {
    if (!input.hasAttribute("data-notes")) { input.setAttribute("data-notes", input.getAttribute("aria-describedby") || ""); }
    var ids = [input.getAttribute("data-notes"), errorId].filter(Boolean).join(" ");
    if (ids) { input.setAttribute("aria-describedby", ids); } else { input.removeAttribute("aria-describedby"); }
  }

  CommentSection.prototype.clearErrors = function () {
    var form = this.form;
    this.formError("");
    FIELDS.forEach(function (name) {
      var input = form.elements[name];
      input.removeAttribute("aria-invalid");
      form.querySelector("#embed-" + name + "-error").textContent = "";
      describe(input, "");
    });
  };

  CommentSection.prototype.showErrors = function (errors) {
    var form = this.form;
    var first = null;
    var general = [];
    Object.keys(errors).forEach(function (name) {
      var messages = [].concat(errors[name]).join(" ");
      if (FIELDS.indexOf(name) >= 0) {
        var input = form.elements[name];
        input.setAttribute("aria-invalid", "true");
        describe(input, "embed-" + name + "-error");
        form.querySelector("#embed-" + name + "-error").textContent = messages;
        if (!first) { first = input; }
      } else {
        general.push(messages);
      }
    });
    this.formError(general.length ? general.join(" ") : this.t.fixErrors);
    (first || form.elements.content).focus();
  };

  CommentSection.prototype.submit = function () {
    var self = this;
    var form = this.form;
    this.clearErrors();
    this.clearNotice();
    // nudge_token: the server asked about this text once (the nudge); the same text sent with
    // it goes to the moderators, changed text is looked at afresh.
    var body = { thread: this.thread, parent: this.parentId, form_token: this.formToken, subject: form.elements.subject.value,
                 nudge_token: this.nudgeToken || "" };
    FIELDS.forEach(function (name) { body[name] = form.elements[name].value; });
    var done = function () { self.submitButton.disabled = false; };
    this.submitButton.disabled = true;
    this.formStatus.textContent = this.t.sending;
    if (this.editing) {
      this.saveEdit().catch(function () {
        self.formStatus.textContent = "";
        self.formError(self.t.failed);
      }).then(done);
      return;
    }
    if (form.elements.remember.checked) {
      store(REMEMBER_KEY, { author_name: body.author_name, author_email: body.author_email, author_url: body.author_url });
    } else {
      store(REMEMBER_KEY, null);
    }
    this.request("POST", "/api/v1/comments/", body).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    }).then(function (result) {
      self.formStatus.textContent = "";
      if (result.status === 201) {
        self.nudgeToken = "";
        self.posted(result.data, body);
      } else if (result.status === 200 && result.data.nudge) {
        self.nudgeToken = result.data.nudge_token || "";
        self.formError(result.data.detail || self.t.failed);
        form.elements.content.focus();
      } else if (result.status === 400) {
        self.showErrors(result.data);
      } else {
        self.formError(result.data.detail || self.t.failed);
        form.elements.content.focus();
      }
    }).catch(function () {
      self.formStatus.textContent = "";
      self.formError(self.t.failed);
    }).then(function () {
      done();
      self.fetchToken();
    });
  };

  CommentSection.prototype.posted = function (created, body) {
    var own = (load(this.ownKey) || []).filter(function (o) { return Date.parse(o.editable_until) > Date.now(); });
    own.push({ id: created.id, edit_token: created.edit_token, editable_until: created.editable_until });
    store(this.ownKey, own);
    if (created.status === "approved" && created.comment) {
      this.comments.push(created.comment);
      this.total += 1;
      this.notice = { id: created.id, text: this.t.posted };
    } else {
      var mine = load(this.pendingKey) || [];
      mine.push({ id: created.id, parent: body.parent, author_name: body.author_name, author_url: body.author_url,
                  content: body.content, created: new Date().toISOString(), saved: Date.now() });
      store(this.pendingKey, mine);
      this.notice = { id: created.id, text: this.t.held };
    }
    this.form.elements.content.value = "";
    this.form.elements.follow_up.value = "";
    this.parentId = null;
    this.replying.textContent = "";
    this.render();
  };

  function boot() {
    var root = document.getElementById("comments");
    if (root && root.getAttribute("data-thread") && !root.getAttribute("data-started")) {
      root.setAttribute("data-started", "true");
      new CommentSection(root).start();
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", boot); } else { boot(); }
}());
