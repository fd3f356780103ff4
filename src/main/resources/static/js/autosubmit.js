/* Submits the page's form marked data-autosubmit, as an LMS does with form_post responses. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosubmit]');
  if (form) { form.submit(); }
})();
