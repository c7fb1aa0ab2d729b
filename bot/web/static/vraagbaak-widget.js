/*! Vraagbaak Jeugd chat widget. No dependencies. Embed with one tag:
 * <script src="https://SERVER/static/vraagbaak-widget.js" data-gemeente="voorbeeldstad" defer></script>
 * Optional: data-server (default: where this script comes from), data-title, data-theme (URL of a
 * design-tokens CSS file), data-theme-class (class that scopes those tokens), data-accent (a colour).
 * The server escapes every message and sends a safe HTML fragment; what the user types is shown with
 * textContent only. */
(function () {
  "use strict";
  if (window.__vraagbaakWidget) return;
  window.__vraagbaakWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="vraagbaak-widget.js"]');
  var cfg = (script && script.dataset) || {};
  var server = (cfg.server || (script && script.src ? new URL(script.src, location.href).origin : location.origin)).replace(/\/$/, "");
  var gemeente = cfg.gemeente || "";
  var title = cfg.title || "Vraagbaak Jeugd";
  var maxLength = parseInt(cfg.maxLength || "2000", 10);
  var KEY = "vraagbaak.session." + server;
  var OPEN_KEY = "vraagbaak.open." + server;

  function store(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value);
    } catch (e) { /* private mode: the session lives as long as the page */ }
  }
  function load(key) { try { return sessionStorage.getItem(key); } catch (e) { return null; } }

  function newSessionId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return "web-" + Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function css(href) {
    if (document.querySelector('link[href="' + href + '"]')) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }
  css(server + "/static/vendor/nlds-widget.css");
  css(server + "/static/vraagbaak-widget.css");
  if (cfg.theme) css(cfg.theme);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") node.className = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    if (text) node.textContent = text;
    return node;
  }
  function button(cls, text, attrs) {
    var b = el("button", Object.assign({ type: "button", "class": "utrecht-button " + cls }, attrs || {}), text);
    return b;
  }

  // ---- the DOM -------------------------------------------------------------------------------
  var root = el("div", { "class": "vraagbaak" + (cfg.themeClass ? " " + cfg.themeClass : ""), "data-vraagbaak": "" });
  if (cfg.accent) {
    root.style.setProperty("--vraagbaak-panel-header-background-color", cfg.accent);
    root.style.setProperty("--vraagbaak-user-bubble-background-color", cfg.accent);
    root.style.setProperty("--utrecht-button-primary-action-background-color", cfg.accent);
    root.style.setProperty("--utrecht-button-primary-action-border-color", cfg.accent);
  }
  var launcher = button("utrecht-button--primary-action vb-launcher", "", { "aria-controls": "vb-panel", "aria-expanded": "false" });
  launcher.append(el("span", { "class": "vb-launcher__icon", "aria-hidden": "true" }), el("span", {}, "Chat met de Vraagbaak"));

  var panel = el("section", { id: "vb-panel", "class": "vb-panel", "aria-labelledby": "vb-title" });
  panel.hidden = true;
  var header = el("div", { "class": "vb-header" });
  var heading = el("h2", { id: "vb-title", "class": "vb-title" }, title);
  var close = button("utrecht-button--subtle vb-close", "Sluiten", { "aria-label": "Chat sluiten" });
  header.append(heading, close);

  var urgent = el("p", { "class": "vb-urgent" });
  urgent.append(el("strong", {}, "Direct hulp nodig?"), document.createTextNode(" Bel "),
    el("a", { href: "tel:112", "class": "vb-urgent__link" }, "112"), document.createTextNode(" of "),
    el("a", { href: "tel:113", "class": "vb-urgent__link" }, "113"));

  var privacy = el("details", { "class": "vb-privacy" });
  var privacySummary = el("summary", {}, "Wat gebeurt er met je gegevens?");
  var privacyText = el("p", { "class": "utrecht-paragraph" },
    "Je praat met een digitale assistent van de gemeente, geen mens. We bewaren het gesprek om je te helpen, " +
    "hoogstens 90 dagen. We geven het alleen aan een medewerker als jij dat goed vindt, behalve als er gevaar is. " +
    "Je kunt het gesprek altijd wissen met de knop onderaan.");
  privacy.append(privacySummary, privacyText);

  var log = el("div", { "class": "vb-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": "Gesprek", tabindex: "0" });
  var intro = el("p", { "class": "vb-intro" }, "Schrijf in je eigen woorden wat je zorgen geeft over je kind of over jezelf. Een medewerker is er ook.");
  log.append(intro);

  var typing = el("p", { "class": "vb-typing", role: "status" });
  var status = el("p", { "class": "vb-status", role: "status" });

  var form = el("form", { "class": "vb-form", novalidate: "" });
  var label = el("label", { "for": "vb-input", "class": "utrecht-form-label vb-label" }, "Je bericht");
  var input = el("textarea", { id: "vb-input", "class": "utrecht-textarea vb-input", rows: "2", maxlength: String(maxLength), "aria-describedby": "vb-hint", autocomplete: "off" });
  var hint = el("p", { id: "vb-hint", "class": "vb-hint" }, "Enter verstuurt. Shift + Enter geeft een nieuwe regel.");
  var send = el("button", { type: "submit", "class": "utrecht-button utrecht-button--primary-action vb-send" }, "Verstuur");
  var row = el("div", { "class": "vb-form__row" });
  row.append(input, send);
  form.append(label, row, hint);

  var actions = el("div", { "class": "vb-actions" });
  var human = button("utrecht-button--secondary-action vb-human", "Praat met een medewerker");
  var forget = button("utrecht-button--subtle vb-forget", "Gesprek beëindigen en wissen");
  actions.append(human, forget);

  var dialog = el("dialog", { "class": "vb-dialog", "aria-labelledby": "vb-dialog-title", "aria-describedby": "vb-dialog-text" });
  var dialogTitle = el("h3", { id: "vb-dialog-title", "class": "vb-dialog__title" }, "Gesprek beëindigen en wissen?");
  var dialogText = el("p", { id: "vb-dialog-text", "class": "utrecht-paragraph" },
    "We wissen dit gesprek. Als je ons vertelde over gevaar, bewaren we alleen dat bericht zodat een medewerker kan helpen.");
  var dialogYes = button("utrecht-button--primary-action vb-dialog__yes", "Ja, wis het gesprek");
  var dialogNo = button("utrecht-button--secondary-action vb-dialog__no", "Nee, ga terug");
  var dialogRow = el("div", { "class": "vb-dialog__row" });
  dialogRow.append(dialogYes, dialogNo);
  dialog.append(dialogTitle, dialogText, dialogRow);

  panel.append(header, urgent, privacy, log, typing, status, form, actions, dialog);
  root.append(launcher, panel);

  // ---- state ---------------------------------------------------------------------------------
  var session = load(KEY);
  var pending = [];      // messages typed but not yet answered: never lost on a dropped connection
  var busy = false, offline = false, historyLoaded = false, retryTimer = null, attempt = 0;

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function addUser(text) {
    var item = el("div", { "class": "vb-msg vb-msg--user" });
    item.append(el("span", { "class": "vb-visually-hidden" }, "Jij: "));
    var p = el("p", { "class": "vb-text" });
    p.textContent = text;      // never HTML: what a user types is text
    item.append(p);
    log.append(item);
    scrollDown();
    return item;
  }
  function addFragment(message) {
    var item = el("div", { "class": "vb-msg vb-msg--" + (message.from === "user" ? "user" : "bot") });
    item.append(el("span", { "class": "vb-visually-hidden" }, message.from === "user" ? "Jij: " : "Vraagbaak: "));
    var tpl = document.createElement("template");
    tpl.innerHTML = message.html;  // built and escaped by the server (bot/web/render.py)
    item.append(tpl.content);
    log.append(item);
    scrollDown();
  }
  function disableOldChoices() {
    var groups = log.querySelectorAll(".vb-choices");
    Array.prototype.forEach.call(groups, function (g, i) {
      if (i < groups.length - 1) g.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    });
  }
  function setTyping(on) {
    typing.textContent = "";
    typing.classList.toggle("vb-typing--on", on);
    if (on) {
      typing.append(el("span", { "class": "vb-dots", "aria-hidden": "true" }), document.createTextNode("De Vraagbaak typt…"));
    }
    scrollDown();
  }
  function say(text) { status.textContent = text; scrollDown(); }

  // ---- talking to the server -----------------------------------------------------------------
  function request(method, path, body) {
    var opts = { method: method, credentials: "omit", headers: {} };
    if (body) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    return fetch(server + path, opts);
  }

  function connectionLost() {
    if (!offline) {
      offline = true;
      root.classList.add("vb-offline");
      say("De verbinding is even weg. We proberen het opnieuw…");
    }
    if (retryTimer) return;
    var delay = Math.min(1000 * Math.pow(2, attempt), 15000);
    attempt += 1;
    retryTimer = setTimeout(retry, delay);
  }
  function retry() {
    retryTimer = null;
    fetch(server + "/health", { credentials: "omit", cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error("health " + r.status);
      offline = false;
      attempt = 0;
      root.classList.remove("vb-offline");
      say("Verbinding hersteld");
      if (!historyLoaded) loadHistory();
      flush();
    }).catch(connectionLost);
  }
  window.addEventListener("online", function () {
    if (offline) { clearTimeout(retryTimer); retryTimer = null; retry(); }
  });

  function flush() {
    if (busy || offline || !pending.length) return;
    busy = true;
    var item = pending[0];
    setTyping(true);
    request("POST", "/chat/api/message", { session: session, message: item.message, display: item.display, gemeente: gemeente })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) { return { r: r, data: data }; });
      })
      .then(function (res) {
        setTyping(false);
        busy = false;
        if (res.r.status >= 502) { connectionLost(); return; }
        pending.shift();
        item.node.classList.remove("vb-msg--pending");
        if (!res.r.ok) {
          // refused (too long, too fast): give the text back so nothing typed is lost
          item.node.remove();
          if (!item.display && !input.value) input.value = item.message;
          say(res.data.message || "Er ging iets mis. Probeer het opnieuw.");
          pending.forEach(function (p) { p.node.remove(); });
          pending = [];
          return;
        }
        (res.data.messages || []).forEach(addFragment);
        disableOldChoices();
        flush();
      })
      .catch(function () {
        setTyping(false);
        busy = false;
        connectionLost();
      });
  }

  function sendMessage(message, display) {
    if (!session) { session = newSessionId(); store(KEY, session); }
    var node = addUser(display || message);
    node.classList.add("vb-msg--pending");
    pending.push({ message: message, display: display, node: node });
    if (privacy.open) privacy.open = false;   // still one click away
    if (status.textContent && !offline) say("");
    flush();
  }

  function loadHistory() {
    if (!session) { historyLoaded = true; return; }
    request("GET", "/chat/api/history?session=" + encodeURIComponent(session))
      .then(function (r) {
        if (r.status >= 502) throw new Error("unavailable");
        return r.json();
      })
      .then(function (data) {
        historyLoaded = true;
        Array.prototype.slice.call(log.querySelectorAll(".vb-msg")).forEach(function (n) {
          if (!n.classList.contains("vb-msg--pending")) n.remove();
        });
        var pendingNodes = pending.map(function (p) { return p.node; });
        (data.messages || []).forEach(addFragment);
        pendingNodes.forEach(function (n) { log.append(n); });
        disableOldChoices();
        if ((data.messages || []).length) privacy.open = false;
        scrollDown();
      })
      .catch(connectionLost);
  }

  // ---- events --------------------------------------------------------------------------------
  function open() {
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    store(OPEN_KEY, "1");
    if (!historyLoaded) loadHistory();
    input.focus();
    scrollDown();
  }
  function shut() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    store(OPEN_KEY, null);
    launcher.focus();
  }
  launcher.addEventListener("click", open);
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !dialog.open) shut();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { say("Typ eerst je bericht."); input.focus(); return; }
    input.value = "";
    sendMessage(text);
    input.focus();
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : send.click(); }
  });
  log.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest(".vb-choice");
    if (!b || b.disabled) return;
    b.closest(".vb-choices").querySelectorAll("button").forEach(function (x) { x.disabled = true; });
    sendMessage(b.getAttribute("data-payload"), b.textContent);
    input.focus();
  });
  human.addEventListener("click", function () { sendMessage("/request_human", "Ik wil met een medewerker praten"); });
  forget.addEventListener("click", function () {
    if (dialog.showModal) dialog.showModal(); else dialog.setAttribute("open", "");
    dialogNo.focus();
  });
  dialogNo.addEventListener("click", function () { dialog.close(); forget.focus(); });
  dialogYes.addEventListener("click", function () {
    var sid = session;
    function done() {
      dialog.close();
      session = null;
      store(KEY, null);
      pending = [];
      Array.prototype.slice.call(log.querySelectorAll(".vb-msg")).forEach(function (n) { n.remove(); });
      say("Het gesprek is beëindigd en gewist.");
      privacy.open = true;
      input.focus();
    }
    if (!sid) { done(); return; }
    request("DELETE", "/chat/api/session/" + encodeURIComponent(sid)).then(function (r) {
      if (!r.ok) throw new Error("delete " + r.status);
      done();
    }).catch(function () {
      dialog.close();
      say("Wissen lukte niet. Probeer het zo nog eens.");
      forget.focus();
    });
  });

  function mount() {
    document.body.appendChild(root);
    privacy.open = !session;
    if (load(OPEN_KEY)) open();
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
