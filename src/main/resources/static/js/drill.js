/*
 * Deliberate, the teacher's drill-down and projection pages: draws the mastery chart with uPlot from
 * the page's JSON endpoint ([data-mastery-chart]); the library is loaded on first need, so this
 * works on a full page and in content htmx swaps in
 * (the script runs again then: it only scans the new content). No inline script: CSP allows self.
 */
(function () {
  'use strict';
  var HEADER = 'X-Deliberate-Session';
  var COLORS = ['#2563eb', '#c2410c', '#059669', '#7c3aed', '#b91c1c', '#0891b2', '#a16207', '#db2777', '#4b5563', '#65a30d', '#1e3a8a'];
  var loading = {};

  function token() {
    var meta = document.querySelector('meta[name="deliberate-session"]');
    return meta ? meta.getAttribute('content') : null;
  }

  function load(js, css, ready) {
    if (!document.querySelector('link[href="' + css + '"]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = css;
      document.head.appendChild(link);
    }
    if (!loading[js]) {
      loading[js] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = js;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    loading[js].then(ready);
  }

  function chart(el) {
    if (el.dataset.drawn) { return; }
    el.dataset.drawn = 'pending';
    var headers = { Accept: 'application/json' };
    if (token()) { headers[HEADER] = token(); }
    fetch(el.dataset.masteryChart, { headers: headers, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    }).then(function (data) {
      var uplot = function () { draw(el, data); };
      if (window.uPlot) { uplot(); } else { load('/webjars/uplot/dist/uPlot.iife.min.js', '/webjars/uplot/dist/uPlot.min.css', uplot); }
    }).catch(function () {
      el.dataset.drawn = 'failed';
      el.textContent = el.dataset.failed || '';
    });
  }

  function draw(el, data) {
    var series = [{ label: el.dataset.xLabel || '#' }];
    var columns = [data.x];
    data.series.forEach(function (s, i) {
      series.push({ label: s.name, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: false,
        value: function (u, v) { return v == null ? '–' : v + '%'; } });
      columns.push(s.values);
    });
    var width = Math.max(280, Math.min(el.clientWidth || 560, 900));
    el.textContent = '';
    new window.uPlot({
      width: width,
      height: 220,
      series: series,
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [{ label: el.dataset.xLabel }, { values: function (u, ticks) { return ticks.map(function (t) { return t + '%'; }); } }],
      cursor: { drag: { x: false, y: false } }
    }, columns, el);
    el.dataset.drawn = 'true';
  }

  function scan() {
    document.querySelectorAll('[data-mastery-chart]').forEach(chart);
  }

  if (!window.__deliberateDrill) {
    window.__deliberateDrill = true;
    document.addEventListener('htmx:afterSettle', scan);
    document.addEventListener('click', function (event) {
      if (event.target.closest('[data-print-projection]')) { window.print(); }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', scan); } else { scan(); }
})();
