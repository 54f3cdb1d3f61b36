/*
 * Suggestions as you type for every search box with data-suggest-url.
 * Progressive enhancement: without this script the form submits as usual.
 * Follows the ARIA Authoring Practices combobox pattern (list autocomplete):
 * the input keeps focus, arrow keys move aria-activedescendant through the
 * listbox, Enter picks, Escape closes, and a live region says how many
 * suggestions there are. Text is inserted with textContent only.
 */
(function () {
  "use strict";

  var GROUPS = [
    ["organizations", "Organization"],
    ["speakers", "Speaker"],
    ["releases", "Release"],
  ];

  function enhance(input, index) {
    var url = input.getAttribute("data-suggest-url");
    var form = input.form;
    if (!url || !form) return;

    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.insertAdjacentElement("afterend", list);
    form.appendChild(status);

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(i) {
      if (!options.length) return;
      if (active >= 0) options[active].el.removeAttribute("aria-selected");
      active = (i + options.length) % options.length;
      var el = options[active].el;
      el.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", el.id);
      el.scrollIntoView({ block: "nearest" });
    }

    function choose(option) {
      close();
      if (option.url) {
        window.location.assign(option.url);
        return;
      }
      input.value = option.value;
      form.submit();
    }

    function render(data) {
      list.textContent = "";
      options = [];
      active = -1;
      GROUPS.forEach(function (group) {
        (data[group[0]] || []).forEach(function (item) {
          var li = document.createElement("li");
          li.id = listId + "-" + options.length;
          li.setAttribute("role", "option");
          li.className = "suggest-list__option";
          var label = document.createElement("span");
          label.textContent = item.label;
          var kind = document.createElement("span");
          kind.className = "suggest-list__kind";
          kind.textContent = " " + group[1];
          li.appendChild(label);
          li.appendChild(kind);
          var option = { el: li, value: item.value, url: item.url || "" };
          li.addEventListener("mousedown", function (event) {
            event.preventDefault();
            choose(option);
          });
          options.push(option);
          list.appendChild(li);
        });
      });
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent =
          options.length + " suggestion" + (options.length === 1 ? "" : "s") +
          " available. Use the up and down arrows to review.";
      } else {
        close();
        status.textContent = "";
      }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < 2) {
        close();
        return;
      }
      if (controller) controller.abort();
      controller = "AbortController" in window ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(value), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : {};
        })
        .then(function (data) {
          if (input.value.trim() === value) render(data);
        })
        .catch(function () {
          /* Suggestions are optional; the form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        if (!open) {
          fetchSuggestions();
          return;
        }
        event.preventDefault();
        setActive(active + 1);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        setActive(active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(options[active]);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document
    .querySelectorAll("input[data-suggest-url]")
    .forEach(function (input, index) {
      enhance(input, index);
    });
})();
