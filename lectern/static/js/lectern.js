// Small enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");

  // Menu disclosures: one open at a time, Escape or a click elsewhere closes them.
  var groups = Array.prototype.slice.call(document.querySelectorAll(".site-nav__group"));
  function closeAll(except) {
    groups.forEach(function (group) {
      if (group !== except) group.removeAttribute("open");
    });
  }
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (group.open) closeAll(group);
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = groups.filter(function (group) { return group.open; })[0];
    if (open) {
      open.removeAttribute("open");
      open.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".site-nav__group")) closeAll(null);
  });
})();

// Cite this publication: a Copy button next to each reference (the text stays selectable without it).
(function () {
  "use strict";
  var section = document.querySelector(".cite");
  if (!section || !navigator.clipboard || !window.isSecureContext) return;
  var statuses = section.querySelectorAll(".cite__status");
  Array.prototype.forEach.call(section.querySelectorAll(".cite__copy"), function (button) {
    var reference = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".cite__status");
    if (!reference || !status) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = reference.textContent.replace(/\s+/g, " ").trim();
      navigator.clipboard.writeText(text).then(function () {
        Array.prototype.forEach.call(statuses, function (other) { other.textContent = ""; });
        // Set after a pause, so that copying the same reference again is announced again.
        window.setTimeout(function () { status.textContent = section.getAttribute("data-copied"); }, 50);
      });
    });
  });
})();

// Videos: the provider's player is inserted only when the reader presses Play, so nothing is
// requested from the provider before (without JavaScript the link under the poster leads there).
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-video]"), function (video) {
    var button = video.querySelector(".video__play");
    var player = video.querySelector("template.video__player");
    var frame = video.querySelector(".video__frame");
    if (!button || !player || !frame || !("content" in player)) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      frame.replaceChildren(player.content.cloneNode(true));
      var iframe = frame.querySelector("iframe");
      if (iframe) iframe.focus();
    });
  });
})();

// Newsletter sign-up: sent in place, the answer shown in the form's live region and errors next
// to their fields (without JavaScript the form posts, and the newsletter page shows the answer).
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;
  var each = function (list, callback) { Array.prototype.forEach.call(list, callback); };

  each(document.querySelectorAll("[data-newsletter-form]"), function (form) {
    var status = form.querySelector("[data-newsletter-status]");
    var button = form.querySelector("button[type=submit]");
    var email = form.querySelector("[data-field=email]");
    var prefix = email ? email.id.replace(/email$/, "") : "newsletter-";

    function say(text, success) {
      var notice = document.createElement("p");
      notice.className = success ? "notice notice--success" : "notice";
      notice.textContent = text;
      status.replaceChildren(notice);
    }
    function describedBy(element, ids) {
      if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
      else element.removeAttribute("aria-describedby");
    }
    function clearErrors() {
      each(form.querySelectorAll(".field-error"), function (error) { error.remove(); });
      each(form.querySelectorAll("[data-field]"), function (field) {
        field.removeAttribute("aria-invalid");
        var ids = (field.getAttribute("aria-describedby") || "").split(" ");
        describedBy(field, ids.filter(function (id) { return id && !/-error$/.test(id); }));
      });
    }
    function showErrors(errors) {
      var first = null;
      Object.keys(errors).forEach(function (name) {
        var field = form.querySelector("[data-field='" + name + "']");
        if (!field) return;
        var error = document.createElement("span");
        error.className = "field-error";
        error.id = prefix + name + "-error";
        error.textContent = errors[name].join(" ");
        if (field.tagName === "FIELDSET") field.appendChild(error);
        else field.insertAdjacentElement("afterend", error);
        if (field.tagName !== "FIELDSET") field.setAttribute("aria-invalid", "true");
        var ids = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        describedBy(field, ids.concat(error.id));
        first = first || (field.tagName === "FIELDSET" ? field.querySelector("input") : field);
      });
      if (first) first.focus();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          clearErrors();
          say(answer.message, answer.ok);
          if (answer.ok && email) email.value = "";
          else showErrors(answer.errors || {});
        })
        .catch(function () { say(form.getAttribute("data-failed-message"), false); })
        .finally(function () { button.disabled = false; });
    });
  });
})();
