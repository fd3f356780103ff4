/*
 * Deliberate: the student's practice page (its math is MathML from the server, typeset by the
 * browser). Draws the mastery bars at their width (a style set from script: the page's CSP
 * refuses style attributes), measures the time taken on each answer, submits the work
 * box with Ctrl+Enter, moves the focus to what changed after each htmx swap, and tells a framing
 * LMS the page's height (lti.frameResize: Canvas resizes its iframe; platforms that do not listen
 * ignore it).
 */
(function () {
  'use strict';
  var shownAt = Date.now();

  function fillBars(root) {
    root.querySelectorAll('.bar-fill[data-percent]').forEach(function (el) {
      el.style.width = Math.max(0, Math.min(100, Number(el.dataset.percent) || 0)) + '%';
    });
  }

  function announceHeight() {
    if (window.parent === window) { return; }
    // only a number leaves the page, so any parent origin may read it
    window.parent.postMessage({ subject: 'lti.frameResize', height: document.documentElement.scrollHeight }, '*');
  }

  // what changed, else where to type next; a solved item's notes (writing) are read before the next task
  function focusAfterSwap(region) {
    var target = region.querySelector('#feedback') || region.querySelector('#reflection-text')
      || region.querySelector('#solved[data-read-first]')
      || region.querySelector('#answer') || region.querySelector('#work') || region.querySelector('#interests input');
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
    fillBars(region);
    var item = region.querySelector('[data-item]');
    if (!item || item.dataset.item !== String(window.__deliberateItem)) { shownAt = Date.now(); }
    window.__deliberateItem = item ? item.dataset.item : null;
    focusAfterSwap(region);
    announceHeight();
  });

  fillBars(document);

  window.addEventListener('load', function () {
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
