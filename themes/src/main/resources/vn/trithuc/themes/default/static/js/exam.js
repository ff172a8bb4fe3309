/*
 * The attempt page, enhanced: every answer is saved as it is given (PUT …/answers/{id} with a
 * sequence number that only grows, so a late duplicate never overwrites a newer answer); answers
 * not yet acknowledged wait in localStorage and are sent again when the network returns, even
 * after a reload; each question says whether its answer is saved; the countdown follows the
 * server's deadline and submits at zero. Without this script the page is a form that saves and
 * submits on its own, and the server submits what was saved when time is up.
 */
(function () {
  'use strict';
  var form = document.getElementById('exam-form');
  if (!form || !window.fetch || !window.JSON) {
    return;
  }
  var api = form.getAttribute('data-api');
  var storeKey = 'tt-exam-' + form.getAttribute('data-attempt');
  var state = document.getElementById('exam-state');
  var clock = document.getElementById('exam-clock');
  var words = state ? state.dataset : {};
  var queue = load();
  var sending = false;
  var retryDelay = 1000;
  var retryTimer = null;
  var over = false;
  var submitting = false;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || '{}');
    } catch (e) {
      return {};
    }
  }

  function store() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(queue));
    } catch (e) {
      // private mode or full: the queue still lives in memory
    }
  }

  function fieldsets() {
    return Array.prototype.slice.call(form.querySelectorAll('fieldset[data-question]'));
  }

  function inputs(fs, name) {
    return Array.prototype.slice.call(fs.querySelectorAll('[name="' + name + '"]'));
  }

  function subInputs(fs, base) {
    return Array.prototype.slice.call(fs.querySelectorAll('[name^="' + base + '."]'));
  }

  /** The answer a question's inputs give, as the API takes it; null when left blank. */
  function response(fs) {
    var base = fs.dataset.name;
    var type = fs.dataset.type;
    var i;
    if (type === 'single-choice' || type === 'true-false') {
      var checked = fs.querySelector('input[name="' + base + '"]:checked');
      if (!checked) {
        return null;
      }
      return type === 'true-false' ? checked.value === 'true' : checked.value;
    }
    if (type === 'multiple-choice') {
      var ids = inputs(fs, base).filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      return ids.length ? ids : null;
    }
    if (type === 'matching') {
      var pairs = {};
      var any = false;
      subInputs(fs, base).forEach(function (select) {
        if (select.value) {
          pairs[select.name.substring(base.length + 1)] = select.value;
          any = true;
        }
      });
      return any ? pairs : null;
    }
    if (type === 'ordering') {
      var items = subInputs(fs, base).map(function (select) {
        return {id: select.name.substring(base.length + 1), at: parseInt(select.value, 10)};
      });
      items.sort(function (a, b) { return a.at - b.at; });
      return items.map(function (item) { return item.id; });
    }
    if (type === 'fill-in-blanks') {
      var gaps = [];
      var filled = false;
      for (i = 1; fs.querySelector('[name="' + base + '.g' + i + '"]'); i++) {
        var text = fs.querySelector('[name="' + base + '.g' + i + '"]').value;
        filled = filled || text.trim() !== '';
        gaps.push(text);
      }
      return filled ? gaps : null;
    }
    var field = fs.querySelector('[name="' + base + '"]');
    return field && field.value.trim() !== '' ? field.value : null;
  }

  /** Puts a queued answer back into the inputs (after a reload while offline). */
  function show(fs, value) {
    var base = fs.dataset.name;
    var type = fs.dataset.type;
    if (type === 'single-choice' || type === 'true-false' || type === 'multiple-choice') {
      var chosen = [].concat(value).map(String);
      inputs(fs, base).forEach(function (input) { input.checked = chosen.indexOf(input.value) >= 0; });
    } else if (type === 'matching') {
      subInputs(fs, base).forEach(function (select) { select.value = value[select.name.substring(base.length + 1)] || ''; });
    } else if (type === 'ordering') {
      subInputs(fs, base).forEach(function (select) { select.value = String(value.indexOf(select.name.substring(base.length + 1)) + 1); });
    } else if (type === 'fill-in-blanks') {
      value.forEach(function (text, i) {
        var gap = fs.querySelector('[name="' + base + '.g' + (i + 1) + '"]');
        if (gap) {
          gap.value = text;
        }
      });
    } else {
      var field = fs.querySelector('[name="' + base + '"]');
      if (field) {
        field.value = value;
      }
    }
  }

  function mark(fs, text, kind) {
    var p = fs.querySelector('.save-mark');
    if (p) {
      p.textContent = text;
      p.className = 'save-mark ' + (kind || 'muted');
    }
  }

  function say(text) {
    if (state) {
      state.textContent = text;
    }
  }

  function fieldsetOf(id) {
    return form.querySelector('fieldset[data-question="' + id + '"]');
  }

  function answerGiven(fs) {
    var value = response(fs);
    if (value === null || over) {
      return;
    }
    var id = fs.dataset.question;
    var seq = Math.max(parseInt(fs.dataset.seq, 10) || 0, queue[id] ? queue[id].seq : 0) + 1;
    fs.dataset.seq = String(seq);
    queue[id] = {response: value, seq: seq};
    store();
    mark(fs, words.saving, 'pending');
    flush();
  }

  function pending() {
    return Object.keys(queue);
  }

  /** Sends the queued answers one at a time; returns a promise that settles when the queue is empty or the network failed. */
  function flush() {
    if (sending) {
      return Promise.resolve(false);
    }
    var ids = pending();
    if (!ids.length) {
      return Promise.resolve(true);
    }
    sending = true;
    var id = ids[0];
    var entry = queue[id];
    return fetch(api + '/answers/' + id, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({response: entry.response, seq: entry.seq})
    }).then(function (reply) {
      sending = false;
      var fs = fieldsetOf(id);
      if (reply.status === 204) {
        if (queue[id] && queue[id].seq === entry.seq) {
          delete queue[id];
          store();
          if (fs) {
            mark(fs, '✓ ' + words.saved);
          }
        }
        retryDelay = 1000;
        return flush();
      }
      if (reply.status === 409) {
        // the deadline passed or the attempt was submitted elsewhere: the server's result stands
        over = true;
        queue = {};
        store();
        if (fs) {
          mark(fs, words.late, 'error');
        }
        say(words.late);
        setTimeout(function () { window.location.reload(); }, 1500);
        return false;
      }
      if (reply.status === 400 || reply.status === 404) {
        delete queue[id];
        store();
        if (fs) {
          mark(fs, words.invalid, 'error');
        }
        return flush();
      }
      throw new Error('status ' + reply.status);
    }).catch(function () {
      sending = false;
      offline();
      return false;
    });
  }

  function offline() {
    say(words.offline);
    pending().forEach(function (id) {
      var fs = fieldsetOf(id);
      if (fs) {
        mark(fs, words.queued, 'pending');
      }
    });
    clearTimeout(retryTimer);
    retryTimer = setTimeout(retry, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  }

  function retry() {
    flush().then(function (done) {
      if (done) {
        say(words.saved);
        if (submitting) {
          submitNow();
        }
      }
    });
  }

  function report(kind) {
    try {
      fetch(api + '/events', {
        method: 'POST',
        credentials: 'same-origin',
        keepalive: true,
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({kind: kind})
      }).catch(function () { /* best effort */ });
    } catch (e) {
      // older browsers without keepalive
    }
  }

  function submitNow() {
    var action = document.createElement('input');
    action.type = 'hidden';
    action.name = 'action';
    action.value = 'submit';
    form.appendChild(action);
    form.submit();
  }

  function submit() {
    submitting = true;
    say(words.flushing);
    flush().then(function (done) {
      if (done) {
        submitNow();
      }
    });
  }

  // answers given: choices at once, typing after a pause
  var typing = {};
  form.addEventListener('change', function (event) {
    var fs = event.target.closest('fieldset[data-question]');
    if (fs) {
      clearTimeout(typing[fs.dataset.question]);
      answerGiven(fs);
    }
  });
  form.addEventListener('input', function (event) {
    var fs = event.target.closest('fieldset[data-question]');
    if (fs && (event.target.tagName === 'TEXTAREA' || event.target.type === 'text')) {
      clearTimeout(typing[fs.dataset.question]);
      typing[fs.dataset.question] = setTimeout(function () { answerGiven(fs); }, 800);
    }
  });
  var lastButton = null;
  form.addEventListener('click', function (event) {
    if (event.target.type === 'submit') {
      lastButton = event.target;
    }
  });
  form.addEventListener('submit', function (event) {
    var button = event.submitter || lastButton;
    event.preventDefault();
    if (button && button.value === 'submit') {
      if (window.confirm(button.getAttribute('data-confirm'))) {
        submit();
      }
    } else {
      fieldsets().forEach(function (fs) {
        if (!queue[fs.dataset.question] && response(fs) !== null && !fs.querySelector('.save-mark').textContent) {
          answerGiven(fs);
        }
      });
      flush();
    }
  });
  window.addEventListener('online', function () {
    say(words.back);
    retryDelay = 1000;
    retry();
  });
  window.addEventListener('offline', function () {
    say(words.offline);
  });
  document.addEventListener('visibilitychange', function () {
    report(document.visibilityState === 'hidden' ? 'focus-lost' : 'focus-back');
  });

  // the countdown, from the seconds the server said were left when the page was made
  if (clock) {
    var deadline = Date.now() + parseInt(clock.getAttribute('data-seconds-left'), 10) * 1000;
    clock.hidden = false;
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      clock.textContent = (minutes < 10 ? '0' : '') + minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
      clock.className = 'exam-clock' + (left <= 60 ? ' low' : '');
      if (left === 0 && !submitting) {
        say(words.timeup);
        submit();
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }

  // answers queued before a reload: show them and send them
  pending().forEach(function (id) {
    var fs = fieldsetOf(id);
    if (!fs) {
      delete queue[id];
      return;
    }
    show(fs, queue[id].response);
    fs.dataset.seq = String(Math.max(parseInt(fs.dataset.seq, 10) || 0, queue[id].seq));
    mark(fs, words.saving, 'pending');
  });
  store();
  flush();
}());
