// The error summary has autofocus, which browsers honour without JavaScript. With JavaScript on, blazor.web.js
// may move focus after load (and enhanced navigation skips autofocus), so focus the summary again.
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

  // Blazor's own "enhancedload" event, once start-blazor.js has loaded blazor.web.js.
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
