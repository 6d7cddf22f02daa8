// Service worker of the monitors' web form (scope /reports/): keeps the form page, its assets and the XForm so the
// form opens and fills with no connection. Reports themselves wait in IndexedDB (xform.js), never here.
"use strict";
var CACHE = "vigil-report-form-v1";

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(["/reports/form"]); }).catch(function () {}).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
    if (event.data && Array.isArray(event.data.cache)) {
        event.waitUntil(caches.open(CACHE).then(function (cache) {
            return Promise.all(event.data.cache.filter(function (u) { return new URL(u, self.location).origin === self.location.origin; })
                .map(function (u) { return cache.add(u).catch(function () {}); }));
        }));
    }
});

// Network first (the newest form and page when online), the cached copy when not. Only GETs; the reports' POSTs pass by.
self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin || new URL(request.url).pathname.indexOf("/api/") === 0) {
        return;
    }
    event.respondWith(fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        }
        return response;
    }).catch(function () {
        return caches.match(request, { ignoreVary: true }).then(function (hit) {
            return hit || caches.match(request, { ignoreSearch: true, ignoreVary: true }).then(function (any) { return any || Response.error(); });
        });
    }));
});
