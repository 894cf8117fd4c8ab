/*
 * EPM Star Scorer: Office.js slow to arrive. The pane loads Office.js from Microsoft's CDN with a
 * blocking <script> in <head>, as Microsoft requires; a browser paints nothing while such a script
 * is pending, so a pane whose network holds that request back would stay blank until the browser
 * gives up, which can take minutes. This ES5 file runs before that request: when Office.js has not
 * arrived after WAIT_MS it leaves for office-unavailable.html, which says so in the user's language
 * with what to do, and offers to try again. A blocked request (it fails at once) and an Office.js
 * that does not start are explained by the pane itself (OfficeUnavailable).
 */
(function () {
  "use strict";
  var WAIT_MS = 10000;
  var started = new Date().getTime();
  window.setTimeout(function () {
    if (window.Office || window.EPM_PANE_STARTED) return;
    var script = document.getElementById("office-js");
    var url = (script && script.src) || "";
    var seconds = Math.round((new Date().getTime() - started) / 1000);
    window.location.replace(
      "office-unavailable.html?reason=officeJsSlow&seconds=" +
        seconds +
        "&url=" +
        encodeURIComponent(url) +
        "&back=" +
        encodeURIComponent(window.location.pathname.replace(/^.*\//, "") + window.location.search)
    );
  }, WAIT_MS);
})();
