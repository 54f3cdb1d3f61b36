// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Search suggestions are added by static/js/suggest.js when present.
})();
