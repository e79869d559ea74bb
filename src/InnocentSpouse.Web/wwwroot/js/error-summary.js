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
  document.addEventListener('enhancedload', focusSummary);
})();
