/*
 * Deliberate, teacher pages: downloads and printing from inside the LMS frame. A download link is
 * fetched with the session header (cookies may be blocked in the frame) and saved from memory; the
 * print button prints the page with the print stylesheet. A refused steering change shows its message
 * in the page's error line.
 */
(function () {
  'use strict';
  var HEADER = 'X-Deliberate-Session';
  function token() {
    var meta = document.querySelector('meta[name="deliberate-session"]');
    return meta ? meta.getAttribute('content') : null;
  }
  // a steering change refused with 400 names where its message goes (HX-Retarget): show it there
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var target = xhr && xhr.status === 400 && xhr.getResponseHeader('HX-Retarget');
    if (target) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      event.detail.selectOverride = target;
    }
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-download]');
    if (link) {
      event.preventDefault();
      var headers = {};
      if (token()) { headers[HEADER] = token(); }
      fetch(link.href, { headers: headers, credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.blob();
      }).then(function (blob) {
        var url = URL.createObjectURL(blob);
        var save = document.createElement('a');
        save.href = url;
        save.download = link.getAttribute('data-download');
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      }).catch(function () {
        link.setAttribute('aria-invalid', 'true');
        link.textContent = link.getAttribute('data-failed');
      });
      return;
    }
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
