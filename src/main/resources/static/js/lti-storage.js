/*
 * Deliberate: LTI client-side postMessage storage (1EdTech "LTI Client Side postMessages" and
 * "LTI OIDC Login with LTI Client Side postMessages"). Used when the LMS names a storage frame
 * (lti_storage_target) so a launch works even where the browser blocks the tool's cookies.
 *
 * Messages go only to the origin of the platform's authorization endpoint, and answers are
 * accepted only from it, with the message_id we sent. Canvas speaks "lti.put_data"; older
 * platforms (D2L) "org.imsglobal.lti.put_data": we try the first and fall back to the second.
 */
(function () {
  'use strict';
  var root = document.getElementById('lti-storage');
  if (!root) { return; }
  var cfg = root.dataset;
  var timeout = parseInt(cfg.timeout, 10) || 3000;

  function targetWindow(name) {
    var parent = window.parent !== window ? window.parent : window.opener;
    if (!parent) { return null; }
    if (name === '_parent') { return parent; }
    try { return parent.frames[name] || parent; } catch (e) { return parent; }
  }

  function randomId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function send(subject, payload) {
    return new Promise(function (resolve, reject) {
      var target = targetWindow(cfg.target);
      if (!target) { reject(new Error('no platform window')); return; }
      var id = randomId();
      var timer = window.setTimeout(function () { finish(); reject(new Error('timeout')); }, timeout);
      function finish() { window.clearTimeout(timer); window.removeEventListener('message', onMessage); }
      function onMessage(event) {
        var data = event.data;
        if (event.origin !== cfg.origin || !data || typeof data !== 'object') { return; }
        if (data.subject !== subject + '.response' || data.message_id !== id) { return; }
        finish();
        if (data.error) { reject(new Error(data.error.code || 'error')); } else { resolve(data); }
      }
      window.addEventListener('message', onMessage);
      var message = { subject: subject, message_id: id };
      Object.keys(payload).forEach(function (k) { message[k] = payload[k]; });
      target.postMessage(message, cfg.origin);
    });
  }

  function call(action, payload) {
    return send('lti.' + action, payload).catch(function (error) {
      if (error.message === 'unsupported_subject') { return send('org.imsglobal.lti.' + action, payload); }
      throw error;
    });
  }

  if (cfg.mode === 'login') {
    var go = function () { window.location.replace(cfg.next); };
    call('put_data', { key: cfg.key, value: cfg.value }).then(go, go);
  } else if (cfg.mode === 'launch') {
    var form = document.getElementById('lti-storage-form');
    var field = form.querySelector('input[name="lti_storage_state"]');
    call('get_data', { key: cfg.key }).then(function (data) {
      field.value = typeof data.value === 'string' ? data.value : '';
      form.submit();
    }, function () {
      field.value = '';
      form.submit();
    });
  }
})();
