/*
 * The demo LMS's tools page: when the tool's registration page (in the frame below, or a popup)
 * posts {subject: "org.imsglobal.lti.close"} (LTI Dynamic Registration 1.0, 3.7), reload to show
 * the new client. Messages from any origin but the tool's are ignored.
 */
(function () {
  'use strict';
  var toolOrigin = document.body.dataset.toolOrigin;

  window.addEventListener('message', function (event) {
    if (event.origin !== toolOrigin) { return; }
    var data = event.data;
    if (data && typeof data === 'object' && data.subject === 'org.imsglobal.lti.close') {
      window.location.reload();
    }
  });
})();
