// The site's one script, deferred on every page (one file rather than three: each file costs its own compression
// overhead and tag, and the first page has a 60 KB budget; docs/performance.md). Three independent parts, each
// in its own function. Every page works without it.

// 1. Quick exit: docs/adr/0005-quick-exit.md (what it does), ADR 0011 (its words in the page's language).
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

// 2. Error summary: it has autofocus, which browsers honour without JavaScript. With JavaScript on,
// blazor.web.js may move focus after load (and enhanced navigation skips autofocus), so focus the summary again.
(function () {
  'use strict';
  function focusSummary() {
    var summary = document.querySelector('.app-error-summary');
    if (summary && document.activeElement !== summary) {
      summary.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusSummary);
  } else {
    focusSummary();
  }
  window.addEventListener('load', function () { window.setTimeout(focusSummary, 0); });
  // After an enhanced (fetch) navigation the browser keeps focus on whatever element survived the DOM update,
  // often the new page's Continue button, and announces nothing. Move focus to the error summary, or else to the
  // page heading, as a full page load would start from the top.
  function onEnhancedLoad() {
    if (document.querySelector('.app-error-summary')) {
      focusSummary();
      return;
    }
    var heading = document.querySelector('main h1');
    if (heading && !heading.contains(document.activeElement)) {
      if (!heading.hasAttribute('tabindex')) {
        heading.setAttribute('tabindex', '-1');
      }
      heading.focus({ preventScroll: true });
    }
  }

  // Blazor's own "enhancedload" event, once part 3 has loaded blazor.web.js.
  function listenForEnhancedLoad() {
    if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
      window.Blazor.addEventListener('enhancedload', onEnhancedLoad);
    }
  }
  if (window.Blazor) {
    listenForEnhancedLoad();
  } else {
    document.addEventListener('app:blazor-loaded', listenForEnhancedLoad, { once: true });
  }

  // A link in the summary only scrolls to its field's fragment; as in GOV.UK, also move focus to the field, so
  // keyboard and screen reader users land where the fix is, with its legend or label in view.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('.app-error-summary a') : null;
    if (!link) {
      return;
    }
    var url = new URL(link.href, document.baseURI);
    if (!url.hash || url.pathname !== window.location.pathname) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!field) {
      return;
    }
    var fieldset = field.closest('fieldset');
    var caption = (fieldset && fieldset.querySelector('legend')) || document.querySelector('label[for="' + field.id + '"]');
    field.focus({ preventScroll: true });
    (caption || field).scrollIntoView();
  }, true);
})();

// 3. Blazor: loads blazor.web.js (data-src) once the page is on screen, so it never delays the first paint (issue 11).
// Pages work without it. Fires "app:blazor-loaded" on document for part 2.
(function () {
  'use strict';
  var self = document.currentScript;
  var src = self && self.getAttribute('data-src');
  if (!src || window.Blazor) {
    return;
  }

  var started = false;
  function load() {
    if (started) {
      return;
    }
    started = true;
    var script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', function () {
      document.dispatchEvent(new Event('app:blazor-loaded'));
    });
    document.body.appendChild(script);
  }

  // A (largest-contentful-)paint entry arrives once that frame is shown; the timer covers other browsers and
  // background tabs.
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var type = types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint'
    : types.indexOf('paint') >= 0 ? 'paint' : null;
  if (type) {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      window.setTimeout(load, 0);
    }).observe({ type: type, buffered: true });
  }
  function fallback() {
    window.setTimeout(load, type ? 1000 : 0);
  }
  if (document.readyState === 'complete') {
    fallback();
  } else {
    window.addEventListener('load', fallback);
  }
})();
