// Vigil: small enhancements for every page. Everything works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("has-js");
})();
