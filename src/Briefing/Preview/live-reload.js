// Live reload for `briefing preview`. The preview server adds this script to the pages it serves; it is never
// part of a build. It listens to the server's event stream: a rebuild reloads the page where the reader was,
// a stylesheet-only change swaps the stylesheets in place, and a failed build shows its errors over the page.
(() => {
  "use strict";
  const script = document.currentScript;
  let version = script.dataset.version;
  const scrollKey = "briefing-preview-scroll:" + location.pathname;

  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = saved.split(",").map(Number);
    const restore = () => window.scrollTo(x, y);
    restore();
    window.addEventListener("load", restore, { once: true });
  }

  const reload = () => {
    sessionStorage.setItem(scrollKey, window.scrollX + "," + window.scrollY);
    location.reload();
  };

  // A new <link> replaces the old one only once it has loaded, so the page never shows unstyled.
  const swapStylesheets = () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set("preview", Date.now().toString(36));
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", () => link.remove(), { once: true });
      link.after(fresh);
    }
  };

  const overlayId = "briefing-preview-errors";
  const hideErrors = () => document.getElementById(overlayId)?.remove();
  const showErrors = (errors) => {
    hideErrors();
    if (!errors || errors.length === 0) return;
    const host = document.createElement("div");
    host.id = overlayId;
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = `
      .panel { position: fixed; inset: auto 1rem 1rem 1rem; max-height: 70vh; overflow: auto; z-index: 2147483647;
        background: #fff; color: #1a1a1a; border: 2px solid #b3261e; border-radius: .5rem; padding: 1rem 1.25rem;
        font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 .5rem 2rem rgba(0,0,0,.3); }
      h2 { margin: 0 0 .5rem; font-size: 1.05rem; color: #b3261e; }
      ol { margin: 0; padding-left: 1.25rem; }
      li { margin: .5rem 0; }
      code { font: 13px/1.4 ui-monospace, monospace; background: #f3f3f3; padding: .1rem .3rem; border-radius: .2rem; }
      .hint { color: #555; }
      button { float: right; font: inherit; border: 1px solid #999; background: #fff; border-radius: .25rem; cursor: pointer; }
      @media (prefers-color-scheme: dark) {
        .panel { background: #1e1e1e; color: #eee; } code { background: #333; } .hint { color: #bbb; }
        button { background: #1e1e1e; color: #eee; } }`;
    const panel = document.createElement("section");
    panel.className = "panel";
    panel.setAttribute("role", "alert");
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", hideErrors);
    const title = document.createElement("h2");
    title.textContent = "The last change broke the build. This page is the last good version.";
    const list = document.createElement("ol");
    for (const error of errors) {
      const item = document.createElement("li");
      if (error.file) {
        const where = document.createElement("code");
        where.textContent = error.file + (error.line > 0 ? ":" + error.line + (error.column > 0 ? ":" + error.column : "") : "");
        item.append(where, " ");
      }
      item.append(error.message);
      if (error.hint) {
        const hint = document.createElement("div");
        hint.className = "hint";
        hint.textContent = error.hint;
        item.append(hint);
      }
      list.append(item);
    }
    panel.append(close, title, list);
    root.append(style, panel);
    document.body.append(host);
  };

  const events = new EventSource(script.dataset.events);
  const on = (name, handle) => events.addEventListener(name, (e) => handle(JSON.parse(e.data)));
  on("hello", (state) => {
    // The site changed while this page was loading or while the server was away.
    if (state.version && state.version !== version) return reload();
    showErrors(state.errors);
  });
  on("reload", reload);
  on("css", (state) => { version = state.version; hideErrors(); swapStylesheets(); });
  on("error", (state) => showErrors(state.errors));
  on("clear", hideErrors);
})();
