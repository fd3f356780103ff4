/*
 * Deliberate: ends Dynamic Registration as LTI DR 1.0 says, by telling the LMS window that opened
 * this page (a popup's opener, or an iframe's parent) to close it. The message carries no secret.
 */
(function () {
  'use strict';
  function close() {
    var target = window.opener || window.parent;
    if (target && target !== window) {
      target.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
    }
  }
  var button = document.getElementById('close-registration');
  if (button) { button.addEventListener('click', close); }
})();
