/*
 * As-you-type title suggestions for a search box with data-suggest: the titles go into the box's
 * datalist, which phones and desktops show natively and accessibly. Without this script the
 * search box works the same, just without suggestions.
 */
(function () {
  'use strict';
  document.querySelectorAll('input[data-suggest]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('list'));
    if (!list || !window.fetch) {
      return;
    }
    var timer = null;
    var sent = 0;
    box.addEventListener('input', function () {
      clearTimeout(timer);
      var typed = box.value.trim();
      if (typed.length < 2) {
        return;
      }
      timer = setTimeout(function () {
        var ticket = ++sent;
        fetch(box.dataset.suggest + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (titles) {
            if (ticket !== sent) {
              return;
            }
            list.textContent = '';
            titles.forEach(function (hit) {
              var option = document.createElement('option');
              option.value = hit.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* offline: no suggestions */ });
      }, 250);
    });
  });
})();
