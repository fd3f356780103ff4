/*
 * Deliberate, teacher pages: downloads and printing from inside the LMS frame. A download link is
 * fetched with the session header (cookies may be blocked in the frame) and saved from memory; the
 * print button prints the page with the print stylesheet. A refused steering change shows its message
 * in the page's error line. A link to another page opens it at its top.
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
  // a link that swaps in another whole page (a student, the class, the settings) opens it at its top,
  // with the keyboard's focus on its heading: the old page's scroll position and focused link are gone
  document.addEventListener('htmx:afterSettle', function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    var swapped = event.detail.target;
    var page = document.getElementById('teacher-home');
    if (!swapped || swapped.id !== 'teacher-home' || !page || !trigger || trigger.tagName !== 'A') { return; }
    var heading = page.querySelector('h1');
    window.scrollTo(0, 0);
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
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
