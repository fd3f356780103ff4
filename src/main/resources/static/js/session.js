/*
 * Deliberate: keeps the in-app session without third-party cookies. The page carries its session
 * token (meta tag); every htmx request sends it as X-Deliberate-Session, and a renewed token that
 * comes back in that response header replaces it.
 */
(function () {
  'use strict';
  var HEADER = 'X-Deliberate-Session';
  var meta = document.querySelector('meta[name="deliberate-session"]');
  function token() { return meta ? meta.getAttribute('content') : null; }
  document.addEventListener('htmx:configRequest', function (event) {
    var value = token();
    if (value) { event.detail.headers[HEADER] = value; }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var xhr = event.detail.xhr;
    var renewed = xhr && xhr.getResponseHeader(HEADER);
    if (renewed && meta) { meta.setAttribute('content', renewed); }
  });
})();
