// Loads blazor.web.js (data-src) once the page is on screen, so it never delays the first paint (issue 11).
// Pages work without it. Fires "app:blazor-loaded" on document for error-summary.js.
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
