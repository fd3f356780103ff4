/*
 * Deliberate: the student's practice page. Typesets [data-latex] with KaTeX (the plain text stays
 * where KaTeX is missing), measures the time taken on each answer, submits the work
 * box with Ctrl+Enter, moves the focus to what changed after each htmx swap, and tells a framing
 * LMS the page's height (lti.frameResize: Canvas resizes its iframe; platforms that do not listen
 * ignore it).
 */
(function () {
  'use strict';
  var shownAt = Date.now();

  function typeset(root) {
    if (!window.katex) { return; }
    root.querySelectorAll('[data-latex]').forEach(function (el) {
      if (el.dataset.typeset) { return; }
      var text = el.textContent;
      try {
        // KaTeX writes MathML for screen readers next to the visual rendering
        window.katex.render(el.dataset.latex, el, { throwOnError: false, displayMode: el.dataset.display === 'true' });
        el.dataset.typeset = 'true';
      } catch (e) { el.textContent = text; }
    });
  }

  function announceHeight() {
    if (window.parent === window) { return; }
    // only a number leaves the page, so any parent origin may read it
    window.parent.postMessage({ subject: 'lti.frameResize', height: document.documentElement.scrollHeight }, '*');
  }

  function focusAfterSwap(region) {
    var target = region.querySelector('#feedback') || region.querySelector('#reflection-text')
      || region.querySelector('#answer') || region.querySelector('#interests input');
    if (target) { target.focus(); }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id === 'answer-form' && form.elapsed) { form.elapsed.value = String(Date.now() - shownAt); }
  }, true);

  document.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('#answer-form');
    if (form && event.detail.parameters.elapsed === '') { event.detail.parameters.elapsed = String(Date.now() - shownAt); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.target.id === 'work' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.target.form.requestSubmit();
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var region = document.getElementById('practice');
    if (!region) { return; }
    typeset(region);
    var item = region.querySelector('[data-item]');
    if (!item || item.dataset.item !== String(window.__deliberateItem)) { shownAt = Date.now(); }
    window.__deliberateItem = item ? item.dataset.item : null;
    focusAfterSwap(region);
    announceHeight();
  });

  window.addEventListener('load', function () {
    typeset(document);
    var item = document.querySelector('[data-item]');
    window.__deliberateItem = item ? item.dataset.item : null;
    announceHeight();
  });
})();

/* The accent palette of language items: a button types its letter into the answer at the caret. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-insert]');
    var input = document.getElementById('answer');
    if (!button || !input) { return; }
    var start = input.selectionStart === null ? input.value.length : input.selectionStart;
    var end = input.selectionEnd === null ? start : input.selectionEnd;
    input.value = input.value.slice(0, start) + button.dataset.insert + input.value.slice(end);
    input.focus();
    input.setSelectionRange(start + button.dataset.insert.length, start + button.dataset.insert.length);
  });
}());
