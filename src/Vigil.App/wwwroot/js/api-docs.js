// Vigil: the API reference on /api-docs (Swagger UI, served under /api-docs/ui). Without JavaScript the page links the OpenAPI JSON.
(function () {
    "use strict";
    var root = document.getElementById("swagger-ui");
    if (!root || typeof window.SwaggerUIBundle !== "function") {
        return;
    }
    // Swagger UI draws its servers list as a <select> without a label; name it in the page's language whenever it is drawn.
    var label = root.getAttribute("data-server-label");
    new MutationObserver(function () {
        var select = root.querySelector("select#servers:not([aria-label])");
        if (select) {
            select.setAttribute("aria-label", label);
        }
    }).observe(root, { childList: true, subtree: true });
    window.SwaggerUIBundle({
        url: root.getAttribute("data-spec"),
        domNode: root,
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: "BaseLayout",
        // Deep links put a link inside each operation's toggle button (nested controls a screen reader cannot reach).
        deepLinking: false
    });
})();
