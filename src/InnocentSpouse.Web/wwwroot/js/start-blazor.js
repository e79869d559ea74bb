// Loads blazor.web.js (enhanced navigation and form posts) once the page's content is on screen (issue 11: no
// script delays the first paint). Pages work without it: every link and form is plain HTML. Waiting keeps its
// 47 KB download, parse and run off the path to the first paint on a slow phone. App.razor gives the
// fingerprinted address in data-src. Fires "app:blazor-loaded" on document once window.Blazor exists
// (error-summary.js listens).
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

  // The browser reports a largest-contentful-paint (or else a paint) entry once that frame is on screen. A timer
  // after the load event covers browsers without these entries and pages opened in a background tab.
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
