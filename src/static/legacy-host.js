/*
 * EPM Star Scorer: the check for webviews too old for the add-in. ES5 only (it must run where
 * the bundles cannot even be parsed): volume-licensed Office 2016/2019 runs add-ins in Internet
 * Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot run the pane's bundles. There the
 * pane shows, in the user's language, that this Excel is too old and how to score anyway, instead
 * of staying blank; and the ribbon's Score now completes at once with that message (kept for the
 * pane, as every Score now outcome is) instead of spinning until Office's timeout.
 */
(function () {
  "use strict";
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var oldEngine = /Trident\/|MSIE |Edge\/\d/.test(ua);
  var missing = typeof window.Promise === "undefined" || typeof window.Symbol === "undefined";
  if (!oldEngine && !missing) return;
  window.EPM_LEGACY_HOST = true;

  var TEXT = {
    en: {
      title: "This version of Excel is too old for the EPM Star Scorer pane",
      body:
        "It runs add-ins in Internet Explorer or Edge Legacy, which cannot run the scorer. " +
        "You can still score this audit workbook:",
      page: "open the browser page (app.html) in a current browser and choose the saved workbook;",
      cli: "or use the command line: epm-scorer score audit.xlsx --out scored.xlsx",
      supported:
        "The pane needs Excel 2021 or later, Microsoft 365, Excel on the web, or retail Excel 2019 " +
        "on Windows with the Microsoft Edge WebView2 runtime installed.",
      command: "Score now is not available in this version of Excel.",
    },
    zh: {
      title: "此版本的 Excel 过旧，无法显示 EPM 星级评分任务窗格",
      body: "它使用 Internet Explorer 或旧版 Edge 运行加载项，无法运行评分器。仍可用以下方式为本审核工作簿评分：",
      page: "在新版浏览器中打开浏览器页面（app.html），选择已保存的工作簿；",
      cli: "或使用命令行：epm-scorer score audit.xlsx --out scored.xlsx",
      supported:
        "任务窗格需要 Excel 2021 或更新版本、Microsoft 365、Excel 网页版，或已安装 Microsoft Edge WebView2 运行时的 Windows 零售版 Excel 2019。",
      command: "此版本的 Excel 无法使用“立即评分”。",
    },
  };

  // The same rule as core resolveLang (this file runs before any bundle, in old webviews).
  function langOf(tag) {
    return /^zh/i.test(String(tag || "")) ? "zh" : "en";
  }
  var nav = window.navigator || {};
  var lang = langOf(nav.language || nav.userLanguage || nav.browserLanguage);

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function render() {
    var root = document.getElementById("root");
    if (!root) return;
    var t = TEXT[lang];
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = el("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "legacy-host");
    box.style.cssText =
      "font-family:Segoe UI,Microsoft YaHei,sans-serif;padding:16px;line-height:1.5";
    box.appendChild(el("h2", t.title));
    box.appendChild(el("p", t.body));
    var list = el("ul");
    var item = el("li");
    var link = el("a", t.page);
    link.setAttribute("href", "app.html");
    link.setAttribute("target", "_blank");
    item.appendChild(link);
    list.appendChild(item);
    list.appendChild(el("li", t.cli));
    box.appendChild(list);
    box.appendChild(el("p", t.supported));
    root.appendChild(box);
    document.documentElement.setAttribute("lang", lang === "zh" ? "zh-CN" : "en-US");
  }

  /* Score now (commands.html): complete at once, keep the message for the pane (outcome.ts). */
  function scoreNow(event) {
    try {
      window.localStorage.setItem(
        "epm-star-scorer.lastCommand",
        JSON.stringify({
          time: new Date().toISOString(),
          ok: false,
          message: TEXT[lang].command,
          hint: TEXT[lang].supported,
        })
      );
    } catch (ignored) {
      /* storage disabled: the message cannot be kept, the event still completes */
    }
    if (event && event.completed) event.completed();
  }
  window.scoreNow = scoreNow;

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();

  var office = window.Office;
  if (office && office.onReady) {
    office.onReady(function () {
      if (office.actions && office.actions.associate)
        office.actions.associate("scoreNow", scoreNow);
      var display = office.context && office.context.displayLanguage;
      if (display) {
        lang = langOf(display);
        render();
      }
    });
  }
})();
