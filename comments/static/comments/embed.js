// The comment section on any page, in plain JavaScript: no build step, no third-party request.
//
//   <div id="comments" data-thread="KEY" data-api="https://comments.example"></div>
//   <script src="https://comments.example/static/comments/embed.js" defer></script>
//
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
      fixErrors: "Please correct the marked fields.", edit: "Edit", editing: "Editing your comment ",
      save: "Save changes", saved: "Your changes are saved.",
      report: "Report", reportBy: "Report the comment by ", reportWhy: "Why should the moderators look at this comment?",
      reportNote: "A note for the moderators (optional)", sendReport: "Send report", cancelReport: "Cancel",
      reported: "Thank you. The moderators will look at it.", reportFailed: "The report could not be sent. Try again later.",
      picks: "Editors' picks", viewInThread: "View in the thread",
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
      report: "Laporkan", reportBy: "Laporkan komentar dari ", reportWhy: "Mengapa moderator perlu melihat komentar ini?",
      reportNote: "Catatan untuk moderator (opsional)", sendReport: "Kirim laporan", cancelReport: "Batal",
      reported: "Terima kasih. Moderator akan memeriksanya.", reportFailed: "Laporan tidak dapat dikirim. Coba lagi nanti.",
      picks: "Pilihan editor", viewInThread: "Lihat di utas",
      reasons: { spam: "Spam", abuse: "Kasar atau menghasut kebencian", off_topic: "Di luar topik", personal_info: "Menyebarkan informasi pribadi", other: "Hal lain" }
    }
  };
  var MAX_DEPTH = 5;
  var REMEMBER_KEY = "comment-author";
  var FIELDS = ["content", "author_name", "author_email", "author_url"];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
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

  function CommentSection(root) {
    this.root = root;
    this.thread = root.getAttribute("data-thread");
    this.api = (root.getAttribute("data-api") || "").replace(/\/+$/, "");
    var lang = (document.documentElement.lang || "en").toLowerCase().slice(0, 2);
    this.lang = TEXTS[lang] ? lang : "en";
    this.t = TEXTS[this.lang];
    this.pendingKey = "comment-pending:" + this.api + ":" + this.thread;
    // Comments this browser posted, with the secret that lets it edit them for a while.
    this.ownKey = "comment-own:" + this.api + ":" + this.thread;
    this.editing = null;
    this.formToken = "";
    this.parentId = null;
    this.comments = [];
  }

  CommentSection.prototype.request = function (method, path, body) {
    var options = { method: method, headers: { "Accept": "application/json", "Accept-Language": this.lang } };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(this.api + path, options);
  };

  CommentSection.prototype.start = function () {
    var self = this;
    this.root.classList.add("comments-area");
    this.status = el("p", { "class": "comments-status", "role": "status", "aria-live": "polite" });
    this.title = el("h2", { "class": "comments-title", "text": "" });
    this.list = el("ol", { "class": "comment-list" });
    this.picks = el("section", { "class": "editors-picks", "hidden": "" });
    this.root.appendChild(this.title);
    this.root.appendChild(this.picks);
    this.root.appendChild(this.list);
    this.root.appendChild(this.buildForm());
    this.root.appendChild(this.status);
    this.fetchToken();
    this.fetchAll("/api/v1/comments/?thread=" + encodeURIComponent(this.thread) + "&page_size=200", [])
      .then(function (comments) { self.comments = comments; self.render(); })
      .catch(function () { self.say(self.t.loadFailed); });
  };

  CommentSection.prototype.fetchAll = function (path, sofar) {
    var self = this;
    return this.request("GET", path).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (page) {
      var all = sofar.concat(page.results || []);
      if (!page.next) { return all; }
      var next = new URL(page.next, self.api + "/");
      return self.fetchAll(next.pathname + next.search, all);
    });
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
    var roots = [];
    all.forEach(function (node) {
      var parent = node.c.parent && byId[node.c.parent];
      if (parent) { parent.children.push(node); } else { roots.push(node); }
    });
    this.list.textContent = "";
    roots.forEach(function (node) { self.list.appendChild(self.renderComment(node, 1)); });
    this.renderPicks();
    var count = this.comments.length;
    this.title.textContent = count ? this.t.comments(count) : this.t.none;
  };

  // Editors' picks: the featured comments again, first, each linking to its place in the thread.
  CommentSection.prototype.renderPicks = function () {
    var self = this;
    var picks = this.comments.filter(function (c) { return c.featured; }).slice(0, 10);
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
        el("a", { "class": "editors-pick-link", "href": "#comment-" + c.id, "text": self.t.viewInThread })
      ]));
    });
    this.picks.appendChild(list);
    this.picks.removeAttribute("hidden");
  };

  CommentSection.prototype.renderComment = function (node, depth) {
    var self = this;
    var c = node.c;
    var url = safeUrl(c.author_url);
    // <bdi>: a right-to-left name cannot reorder the text around it.
    var name = el("bdi", { "text": c.author_name });
    var author = url ? el("a", { "href": url, "rel": "nofollow ugc noopener", "class": "url" }, [name]) : name;
    var meta = el("footer", { "class": "comment-meta" }, [
      c.avatar ? el("img", { "class": "avatar", "src": this.api + c.avatar, "alt": "", "width": "40", "height": "40" }) : null,
      el("b", { "class": "comment-author" }, [author]),
      el("time", { "datetime": c.created, "text": new Date(c.created).toLocaleString(this.lang) }),
      node.pending ? el("p", { "class": "comment-awaiting-moderation", "text": this.t.awaiting }) : null
    ]);
    var body = el("div", { "class": "comment-content" });
    String(c.content).split("\n").forEach(function (line, i) {
      if (i) { body.appendChild(el("br")); }
      body.appendChild(document.createTextNode(line));
    });
    var article = el("article", { "class": "comment-body" }, [meta, body]);
    var own = this.editable(c.id);
    if (own) {
      var edit = el("button", { "type": "button", "class": "comment-edit-link", "text": this.t.edit });
      edit.addEventListener("click", function () { self.edit(c, own); });
      article.appendChild(edit);
    }
    if (!node.pending && depth < MAX_DEPTH) {
      var reply = el("button", { "type": "button", "class": "comment-reply-link", "aria-label": this.t.replyTo + c.author_name, "text": this.t.reply });
      reply.addEventListener("click", function () { self.replyTo(c); });
      article.appendChild(reply);
    }
    if (!node.pending) {
      var report = el("button", { "type": "button", "class": "comment-report-link", "aria-label": (this.t.reportBy || TEXTS.en.reportBy) + c.author_name, "text": this.t.report || TEXTS.en.report });
      report.addEventListener("click", function () { self.openReport(c, article, report); });
      article.appendChild(report);
    }
    var item = el("li", { "id": "comment-" + c.id, "class": "comment depth-" + depth + (node.pending ? " comment-pending" : "") }, [article]);
    if (node.children.length) {
      var children = el("ol", { "class": "children" });
      node.children.forEach(function (child) { children.appendChild(self.renderComment(child, depth + 1)); });
      item.appendChild(children);
    }
    return item;
  };

  CommentSection.prototype.field = function (name, label, type, required, extra) {
    var id = "embed-" + name;
    var input = type === "textarea"
      ? el("textarea", { "id": id, "name": name, "rows": "8", "maxlength": "5000" })
      : el("input", { "id": id, "name": name, "type": type });
    Object.keys(extra || {}).forEach(function (key) { input.setAttribute(key, extra[key]); });
    if (required) { input.setAttribute("required", ""); input.setAttribute("aria-required", "true"); }
    var labelNode = el("label", { "for": id, "text": label + (required ? " " : "") },
      [required ? el("span", { "class": "required", "aria-hidden": "true", "text": "*" }) : null]);
    var error = el("span", { "class": "field-error", "id": id + "-error" });
    return el("p", { "class": "comment-form-" + name }, [labelNode, input, error]);
  };

  CommentSection.prototype.buildForm = function () {
    var self = this;
    var t = this.t;
    this.replying = el("small", { "class": "replying-to" });
    this.form = el("form", { "class": "comment-form", "novalidate": "" }, [
      el("p", { "class": "comment-notes" }, [
        el("span", { "id": "embed-email-notes", "text": t.notes + " " }),
        el("span", { "text": t.required + " " }, [el("span", { "class": "required", "aria-hidden": "true", "text": "*" })])
      ]),
      el("p", { "class": "form-error", "role": "alert" }),
      this.field("content", t.comment, "textarea", true),
      this.field("author_name", t.name, "text", true, { "autocomplete": "name", "maxlength": "80" }),
      this.field("author_email", t.email, "email", true, { "autocomplete": "email", "maxlength": "254", "aria-describedby": "embed-email-notes" }),
      this.field("author_url", t.website, "url", false, { "autocomplete": "url", "maxlength": "200" }),
      this.hidden(el("p", { "class": "comment-form-subject", "aria-hidden": "true" }, [
        el("label", { "for": "embed-subject", "text": t.honeypot }),
        el("input", { "id": "embed-subject", "name": "subject", "type": "text", "tabindex": "-1", "autocomplete": "off" })
      ])),
      el("p", { "class": "comment-form-cookies-consent" }, [
        el("input", { "id": "embed-remember", "name": "remember", "type": "checkbox" }),
        el("label", { "for": "embed-remember", "text": " " + t.remember })
      ]),
      el("p", { "class": "form-submit" }, [el("button", { "type": "submit", "class": "submit", "text": t.submit })])
    ]);
    var saved = load(REMEMBER_KEY);
    if (saved) {
      ["author_name", "author_email", "author_url"].forEach(function (name) {
        if (typeof saved[name] === "string") { self.form.elements[name].value = saved[name]; }
      });
      this.form.elements.remember.checked = true;
    }
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.submit(); });
    return el("div", { "id": "respond", "class": "comment-respond" }, [
      el("h3", { "id": "reply-title", "class": "comment-reply-title", "text": t.heading + " " }, [this.replying]),
      this.form
    ]);
  };

  CommentSection.prototype.editable = function (id) {
    var now = Date.now();
    return (load(this.ownKey) || []).filter(function (o) {
      return o.id === id && Date.parse(o.editable_until) > now;
    })[0] || null;
  };

  CommentSection.prototype.edit = function (comment, own) {
    var self = this;
    this.editing = { comment: comment, token: own.edit_token };
    this.parentId = null;
    this.replying.textContent = "";
    var cancel = el("button", { "type": "button", "class": "cancel-reply", "text": this.t.cancel });
    cancel.addEventListener("click", function () { self.stopEditing(); });
    this.replying.appendChild(document.createTextNode(this.t.editing));
    this.replying.appendChild(cancel);
    this.form.elements.content.value = comment.content;
    this.form.querySelector("button[type=submit]").textContent = this.t.save;
    this.form.elements.content.focus();
  };

  CommentSection.prototype.stopEditing = function () {
    this.editing = null;
    this.replying.textContent = "";
    this.form.elements.content.value = "";
    this.form.querySelector("button[type=submit]").textContent = this.t.submit;
  };

  CommentSection.prototype.saveEdit = function () {
    var self = this;
    var editing = this.editing;
    var content = this.form.elements.content.value;
    var options = { method: "PATCH", headers: { "Accept": "application/json", "Accept-Language": this.lang,
      "Content-Type": "application/json", "X-Edit-Token": editing.token }, body: JSON.stringify({ content: content }) };
    return fetch(this.api + "/api/v1/comments/" + editing.comment.id + "/", options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 200) {
          editing.comment.content = content;
          var mine = (load(self.pendingKey) || []).map(function (c) {
            if (c.id === editing.comment.id) { c.content = content; }
            return c;
          });
          if (data.status === "pending" && !mine.some(function (c) { return c.id === editing.comment.id; })) {
            self.comments = self.comments.filter(function (c) { return c.id !== editing.comment.id; });
            mine.push({ id: editing.comment.id, parent: editing.comment.parent, author_name: editing.comment.author_name,
                        author_url: editing.comment.author_url, content: content, created: editing.comment.created, saved: Date.now() });
          }
          store(self.pendingKey, mine.length ? mine : null);
          self.stopEditing();
          self.render();
          self.say(data.status === "pending" ? self.t.held : self.t.saved);
        } else if (response.status === 400) {
          self.say("");
          self.showErrors(data);
        } else {
          self.say("");
          self.form.querySelector(".form-error").textContent = data.detail || self.t.failed;
        }
      });
    });
  };

  // The honeypot: out of sight for people, set through the CSSOM so a strict CSP allows it.
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
    if (this.editing) { this.stopEditing(); }
    this.parentId = comment ? comment.id : null;
    this.replying.textContent = "";
    if (comment) {
      var cancel = el("button", { "type": "button", "class": "cancel-reply", "text": this.t.cancel });
      cancel.addEventListener("click", function () { self.replyTo(null); });
      this.replying.appendChild(document.createTextNode(this.t.replyingTo));
      this.replying.appendChild(el("bdi", { "text": comment.author_name }));
      this.replying.appendChild(document.createTextNode(" "));
      this.replying.appendChild(cancel);
    }
    this.form.elements.content.focus();
  };

  // A small form under the comment: a reason, an optional note; the answer replaces it.
  CommentSection.prototype.openReport = function (c, article, button) {
    var self = this;
    var t = function (key) { return self.t[key] || TEXTS.en[key]; };
    if (article.querySelector(".comment-report-form")) { return; }
    var id = "report-" + c.id;
    var select = el("select", { "id": id + "-reason", "name": "reason", "required": "required" });
    Object.keys(TEXTS.en.reasons).forEach(function (reason) {
      select.appendChild(el("option", { "value": reason, "text": t("reasons")[reason] }));
    });
    var note = el("textarea", { "id": id + "-note", "name": "note", "rows": "2", "maxlength": "500" });
    var send = el("button", { "type": "submit", "text": t("sendReport") });
    var cancel = el("button", { "type": "button", "text": t("cancelReport") });
    var answer = el("p", { "class": "report-answer", "role": "status" });
    var form = el("form", { "class": "comment-report-form" }, [
      el("p", {}, [el("label", { "for": id + "-reason", "text": t("reportWhy") }), select]),
      el("p", {}, [el("label", { "for": id + "-note", "text": t("reportNote") }), note]),
      el("p", {}, [send, cancel]),
      answer
    ]);
    cancel.addEventListener("click", function () { form.remove(); button.focus(); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send.disabled = true;
      self.request("POST", "/api/v1/comments/" + c.id + "/report/", { reason: select.value, note: note.value })
        .then(function (response) {
          if (response.status !== 202) { throw new Error("report " + response.status); }
          form.replaceWith(el("p", { "class": "report-answer", "role": "status", "text": t("reported") }));
          button.remove();
        })
        .catch(function () { send.disabled = false; answer.textContent = t("reportFailed"); });
    });
    article.appendChild(form);
    select.focus();
  };

  CommentSection.prototype.say = function (message) {
    this.status.textContent = message;
  };

  CommentSection.prototype.clearErrors = function () {
    var form = this.form;
    form.querySelector(".form-error").textContent = "";
    FIELDS.forEach(function (name) {
      form.elements[name].removeAttribute("aria-invalid");
      form.querySelector("#embed-" + name + "-error").textContent = "";
      form.elements[name].setAttribute("aria-describedby", name === "author_email" ? "embed-email-notes" : "");
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
        input.setAttribute("aria-describedby", "embed-" + name + "-error");
        form.querySelector("#embed-" + name + "-error").textContent = messages;
        if (!first) { first = input; }
      } else {
        general.push(messages);
      }
    });
    form.querySelector(".form-error").textContent = general.length ? general.join(" ") : this.t.fixErrors;
    (first || form.elements.content).focus();
  };

  CommentSection.prototype.submit = function () {
    var self = this;
    var form = this.form;
    this.clearErrors();
    var body = { thread: this.thread, parent: this.parentId, form_token: this.formToken, subject: form.elements.subject.value };
    FIELDS.forEach(function (name) { body[name] = form.elements[name].value; });
    if (form.elements.remember.checked) {
      store(REMEMBER_KEY, { author_name: body.author_name, author_email: body.author_email, author_url: body.author_url });
    } else {
      store(REMEMBER_KEY, null);
    }
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    this.say(this.t.sending);
    if (this.editing) {
      this.saveEdit().catch(function () {
        form.querySelector(".form-error").textContent = self.t.failed;
      }).then(function () { button.disabled = false; });
      return;
    }
    this.request("POST", "/api/v1/comments/", body).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    }).then(function (result) {
      if (result.status === 201) {
        self.posted(result.data, body);
      } else if (result.status === 400) {
        self.say("");
        self.showErrors(result.data);
      } else {
        self.say("");
        form.querySelector(".form-error").textContent = result.data.detail || self.t.failed;
        form.elements.content.focus();
      }
    }).catch(function () {
      self.say("");
      form.querySelector(".form-error").textContent = self.t.failed;
    }).then(function () {
      button.disabled = false;
      self.fetchToken();
    });
  };

  CommentSection.prototype.posted = function (created, body) {
    var own = (load(this.ownKey) || []).filter(function (o) { return Date.parse(o.editable_until) > Date.now(); });
    own.push({ id: created.id, edit_token: created.edit_token, editable_until: created.editable_until });
    store(this.ownKey, own);
    if (created.status === "approved" && created.comment) {
      this.comments.push(created.comment);
      this.say(this.t.posted);
    } else {
      var mine = load(this.pendingKey) || [];
      mine.push({ id: created.id, parent: body.parent, author_name: body.author_name, author_url: body.author_url,
                  content: body.content, created: new Date().toISOString(), saved: Date.now() });
      store(this.pendingKey, mine);
      this.say(this.t.held);
    }
    this.form.elements.content.value = "";
    this.replyTo(null);
    this.render();
    var shown = document.getElementById("comment-" + created.id);
    if (shown) { shown.scrollIntoView({ block: "nearest" }); }
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
