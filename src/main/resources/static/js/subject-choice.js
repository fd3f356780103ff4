// The assignment form offers every subject: only the chosen subject's skills and contexts are shown
// and sent (a disabled fieldset sends nothing). Delegated, so it also works after htmx swaps the form.
document.addEventListener('change', function (event) {
  var choice = event.target;
  if (!choice.matches || !choice.matches('input[data-subject-choice]')) {
    return;
  }
  choice.form.querySelectorAll('fieldset[data-subject]').forEach(function (fieldset) {
    var chosen = fieldset.getAttribute('data-subject') === choice.value;
    fieldset.disabled = !chosen;
    fieldset.hidden = !chosen;
  });
});
