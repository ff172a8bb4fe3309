/*
 * Upload progress for forms with data-progress="<id of a <progress>>": the form is sent with
 * XMLHttpRequest so the bar can follow the upload, and the answer page replaces this one (or the
 * browser goes where the server redirected). Without this script the form posts normally.
 */
(function () {
  'use strict';
  document.querySelectorAll('form[data-progress]').forEach(function (form) {
    var bar = document.getElementById(form.getAttribute('data-progress'));
    if (!bar || !window.XMLHttpRequest || !window.FormData) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      bar.hidden = false;
      bar.removeAttribute('value');
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round(e.loaded * 100 / e.total);
        }
      });
      request.upload.addEventListener('load', function () {
        bar.removeAttribute('value'); // uploaded: the server converts now
      });
      request.addEventListener('load', function () {
        var answered = request.responseURL && request.responseURL.split('?')[0];
        if (answered && answered !== form.action.split('?')[0]) {
          window.location.assign(request.responseURL); // redirected (e.g. to the import's own page)
          return;
        }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        bar.hidden = true;
        form.submit();
      });
      form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
      request.send(new FormData(form));
    });
  });
}());
