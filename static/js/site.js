// Enhancement only: every page works without this file.
// Printing a page prints the answers hidden in closed <details>, then closes them again.
(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();

// Enhancement only: progress forms post normally without JavaScript.
// With it, a form marked data-progress-form saves in place and the bars on the page update.
(function () {
  "use strict";

  function say(form, text) {
    var status = form.querySelector("[data-form-status]");
    if (status) status.textContent = text;
  }

  // Every bar the answer names (overall, each kind of skill), in its figure and its text.
  function updateBars(data) {
    if (!data.bars) return;
    Object.keys(data.bars).forEach(function (id) {
      var bar = data.bars[id];
      document.querySelectorAll("progress#" + id).forEach(function (el) {
        el.value = bar.percent;
        el.textContent = bar.percent + "%";
      });
      document.querySelectorAll('[data-percent-for="' + id + '"]').forEach(function (el) {
        el.textContent = bar.percent + "%";
        var detail = el.parentElement.querySelector("[data-detail-for]");
        if (detail) detail.textContent = bar.detail;
      });
    });
  }

  function flipStep(form, done) {
    var input = form.querySelector('input[name="done"]');
    var button = form.querySelector("button");
    input.value = done ? "0" : "1";
    button.setAttribute("aria-pressed", done ? "true" : "false");
    button.classList.toggle("btn-secondary", done);
    button.classList.toggle("btn-primary", !done);
    button.querySelector("[data-step-label]").textContent = done ? "Done ✓" : "Mark done";
    var item = form.closest("[data-step]");
    if (item) item.classList.toggle("is-done", done);
    say(form, done ? "Marked done." : "Marked not done.");
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-progress-form]") || !window.fetch) return;
    event.preventDefault();
    say(form, "Saving…");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        if (!result.ok || !result.data.ok) {
          var errors = result.data.errors || {};
          var text = Object.keys(errors)
            .map(function (name) {
              return errors[name].map(function (e) { return e.message; }).join(" ");
            })
            .join(" ");
          say(form, "Not saved: " + (text || "please check the form."));
          return;
        }
        if (form.matches("[data-step-form]")) {
          flipStep(form, result.data.done);
          // "You follow this pathway: N of M steps done" counts the tick too.
          document.querySelectorAll("[data-steps-done]").forEach(function (el) {
            el.textContent = result.data.steps_done;
          });
        } else {
          say(form, "Saved.");
        }
        updateBars(result.data);
      })
      .catch(function () {
        // The network or server failed: fall back to an ordinary submit.
        form.submit();
      });
  });
})();
