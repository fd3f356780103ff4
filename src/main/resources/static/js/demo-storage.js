/*
 * The demo LMS's side of LTI postMessage storage, in the hidden frame the tool names through
 * lti_storage_target: answers lti.capabilities, lti.put_data and lti.get_data from the tool's origin
 * only, keeping values in this frame's sessionStorage, per tool origin.
 */
(function () {
  'use strict';
  var toolOrigin = document.body.dataset.toolOrigin;
  var SUBJECTS = ['lti.capabilities', 'lti.put_data', 'lti.get_data'];

  function storageKey(origin, key) { return 'lti|' + origin + '|' + key; }

  function reply(event, message) { event.source.postMessage(message, event.origin); }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.subject !== 'string') { return; }
    var base = { subject: data.subject + '.response', message_id: data.message_id };
    if (event.origin !== toolOrigin) {
      base.error = { code: 'wrong_origin', message: 'this tool is not registered here' };
      reply(event, base);
      return;
    }
    if (SUBJECTS.indexOf(data.subject) < 0) {
      base.error = { code: 'unsupported_subject', message: 'unsupported subject ' + data.subject };
      reply(event, base);
      return;
    }
    if (data.subject === 'lti.capabilities') {
      base.supported_messages = [
        { subject: 'lti.put_data', frame: window.name }, { subject: 'lti.get_data', frame: window.name }];
      reply(event, base);
      return;
    }
    if (!data.key || !data.message_id) {
      base.error = { code: 'bad_request', message: 'key and message_id are required' };
      reply(event, base);
      return;
    }
    var k = storageKey(event.origin, data.key);
    if (data.subject === 'lti.put_data') {
      if (data.value === null || data.value === undefined) { window.sessionStorage.removeItem(k); }
      else { window.sessionStorage.setItem(k, String(data.value)); }
      base.key = data.key;
      base.value = data.value;
    } else {
      base.key = data.key;
      base.value = window.sessionStorage.getItem(k);
    }
    reply(event, base);
  });
})();
