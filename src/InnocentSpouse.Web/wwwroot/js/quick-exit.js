// Quick exit: docs/adr/0005-quick-exit.md (what it does), ADR 0011 (its words in the page's language).
(function () {
  'use strict';
  var EXIT_PATH = '/exit';
  var WINDOW_MS = 5000;
  var presses = [];
  var resetTimer = null;

  function text(name, english) {
    var status = document.querySelector('[data-app-exit-status]');
    return (status && status.getAttribute('data-' + name)) || english;
  }

  function hasExit() {
    return document.querySelector('[data-app-exit]') !== null;
  }

  function exitNow(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add('app-exiting');
    var overlay = document.createElement('div');
    overlay.className = 'app-exit-this-page__overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = text('loading', 'Loading.');
    document.documentElement.appendChild(overlay);
    document.title = text('title', 'Loading');
    window.location.replace(EXIT_PATH);
  }

  function showPresses(count) {
    var indicator = document.querySelector('[data-app-exit-indicator]');
    if (indicator) {
      indicator.setAttribute('data-count', String(count));
    }
    var status = document.querySelector('[data-app-exit-status]');
    if (status) {
      var left = 3 - count;
      status.textContent = count === 0 ? '' : left === 1
        ? text('one', 'Shift, press 1 more time to exit.')
        : text('many', 'Shift, press {0} more times to exit.').replace('{0}', String(left));
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-app-exit]') : null;
    if (target) {
      exitNow(event);
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat || !hasExit()) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      showPresses(0);
      exitNow(null);
      return;
    }
    showPresses(presses.length);
    window.clearTimeout(resetTimer);
    resetTimer = window.setTimeout(function () { presses = []; showPresses(0); }, WINDOW_MS);
  });

  // If the browser brings a page back from its cache anyway, make it usable again rather than blank.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove('app-exiting');
      var overlay = document.querySelector('.app-exit-this-page__overlay');
      if (overlay) {
        overlay.remove();
      }
    }
  });
})();
