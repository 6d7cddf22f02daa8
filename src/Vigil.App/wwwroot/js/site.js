// Vigil: small enhancements for every page. Everything works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("has-js");
    // A table wider than the screen scrolls in its box: keyboard users must be able to reach it (focus, then arrow keys).
    document.querySelectorAll(".table-scroll:not([tabindex])").forEach(function (box) {
        if (box.scrollWidth > box.clientWidth) {
            box.setAttribute("tabindex", "0");
            var caption = box.querySelector("caption[id]");
            box.setAttribute("role", "region");
            if (caption) {
                box.setAttribute("aria-labelledby", caption.id);
            } else {
                var table = box.querySelector("table");
                box.setAttribute("aria-label", table && table.getAttribute("aria-label") || document.title);
            }
        }
    });
})();
