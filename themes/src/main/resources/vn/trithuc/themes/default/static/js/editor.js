/*
 * Live preview for the article editor: while the person types, the text is rendered by the
 * server (the same renderer a save uses, so wiki links, red links and sanitising match) and
 * shown beside the text on wide screens and under it on phones. Typing pauses trigger one request;
 * a slow answer never overwrites a newer one. Without this script the Preview button does the same.
 */
(function () {
  'use strict';
  var form = document.querySelector('form.editor[data-preview]');
  if (!form || !window.fetch) {
    return;
  }
  var text = form.querySelector('textarea[name=markdown]');
  var pane = form.querySelector('.live-preview');
  var token = form.querySelector('input[name=_csrf]');
  var timer = null;
  var sent = 0;

  function render() {
    var ticket = ++sent;
    fetch(form.dataset.preview, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
        'X-CSRF-Token': token ? token.value : ''},
      body: JSON.stringify({markdown: text.value})
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (preview) {
      if (preview && ticket === sent) {
        // the server's sanitised rendering of the article, as on the article page
        pane.innerHTML = preview.html;
      }
    }).catch(function () { /* offline: the Preview button still works when the network is back */ });
  }

  // inline upload: the file becomes an attachment and its Markdown goes where the cursor is
  var upload = form.querySelector('input[data-upload]');
  if (upload && window.FormData) {
    var status = form.querySelector('.upload-status');
    upload.closest('.inline-upload').hidden = false;
    upload.addEventListener('change', function () {
      var file = upload.files[0];
      if (!file) {
        return;
      }
      var data = new FormData();
      data.append('file', file);
      status.textContent = status.dataset.uploading;
      fetch(upload.dataset.upload, {method: 'POST', credentials: 'same-origin', body: data,
        headers: {'Accept': 'application/json', 'X-CSRF-Token': token ? token.value : ''}})
        .then(function (response) {
          return response.json().then(function (body) { return {ok: response.ok, body: body}; });
        })
        .then(function (result) {
          if (!result.ok) {
            status.textContent = status.dataset.failed + ' ' + (result.body.detail || result.body.title || '');
            return;
          }
          var a = result.body;
          var snippet = (a.mediaType.indexOf('image/') === 0 ? '!' : '') + '[' + a.filename + '](' + a.url + ')';
          var at = text.selectionStart || text.value.length;
          text.value = text.value.slice(0, at) + snippet + text.value.slice(at);
          text.dispatchEvent(new Event('input'));
          status.textContent = snippet;
          upload.value = '';
        })
        .catch(function () { status.textContent = status.dataset.failed; });
    });
  }

  pane.hidden = false;
  form.classList.add('live');
  text.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(render, 500);
  });
  render();
})();
