// Vigil's XForm renderer for monitors (decision record 0029: why not Enketo). It draws the controls of an ODK XForm
// (input text/int/decimal/date, select1, select, geopoint, upload, groups, itext labels in the page's language, required,
// simple relevant and constraint expressions), queues each report in IndexedDB with a client id (crypto.randomUUID, so a
// resend never makes a second report) and sends the queue to POST /api/v1/reports whenever a connection is there. Photos
// wait in the same queue as Blobs and follow their report to POST /api/v1/reports/{id}/photos, each named by its own client
// id, so a resent photo is not stored twice (decision record 0038).
(function () {
    "use strict";
    var XF = "http://www.w3.org/2002/xforms";
    var box = document.getElementById("xform");
    if (!box) { return; }
    var t = JSON.parse(document.getElementById("xform-texts").textContent);
    var lang = (document.documentElement.lang || "en").slice(0, 2);
    var statusLine = document.getElementById("outbox-status");
    var messages = document.getElementById("xform-message");
    var form = null;

    // ---- the queue (IndexedDB) ----
    function openDb() {
        return new Promise(function (resolve, reject) {
            var open = indexedDB.open("vigil-reports", 1);
            open.onupgradeneeded = function () { open.result.createObjectStore("outbox", { keyPath: "clientId" }); };
            open.onsuccess = function () { resolve(open.result); };
            open.onerror = function () { reject(open.error); };
        });
    }
    function store(mode, work) {
        return openDb().then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction("outbox", mode);
                var result = work(tx.objectStore("outbox"));
                tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
                tx.onerror = function () { reject(tx.error); };
            });
        });
    }
    function all() { return store("readonly", function (s) { return s.getAll(); }); }
    function put(item) { return store("readwrite", function (s) { s.put(item); }); }

    function showCounts() {
        return all().then(function (items) {
            var queued = items.filter(function (i) { return i.state === "queued"; }).length;
            var sent = items.filter(function (i) { return i.state === "sent"; }).length;
            var refused = items.filter(function (i) { return i.state === "refused"; });
            var photoErrors = [];
            items.forEach(function (i) { (i.photos || []).forEach(function (p) { if (p.error) { photoErrors.push(p.error); } }); });
            statusLine.querySelector("[data-count=queued]").textContent = queued;
            statusLine.querySelector("[data-count=sent]").textContent = sent;
            var refusedLine = document.getElementById("outbox-refused");
            refusedLine.hidden = refused.length === 0 && photoErrors.length === 0;
            refusedLine.textContent = [
                refused.length ? t.refused.replace("{0}", refused.length) + " " + refused.map(function (r) { return r.error; }).join(" · ") : "",
                photoErrors.length ? t.photoRefused.replace("{0}", photoErrors.join(" · ")) : ""
            ].filter(Boolean).join(" ");
            document.getElementById("outbox-offline").hidden = navigator.onLine;
        });
    }

    var sending = false;
    function flush() {
        if (sending || !navigator.onLine) { return Promise.resolve(); }
        sending = true;
        return all().then(function (items) {
            var queued = items.filter(function (i) { return i.state === "queued"; });
            return queued.reduce(function (chain, item) {
                return chain.then(function (go) { return go === false ? false : send(item); });
            }, Promise.resolve(true));
        }).catch(function () { return false; }).then(function () { sending = false; return showCounts(); });
    }
    function token() {
        var input = document.querySelector("#xform-token input[name='__RequestVerificationToken']");
        return input ? input.value : "";
    }
    // The report first (unless it went before), then its photos; the item leaves the queue when nothing of it is left to send.
    function send(item) {
        return (item.reportId ? Promise.resolve(true) : sendReport(item)).then(function (go) {
            return go === false || item.state !== "queued" ? go : sendPhotos(item);
        });
    }
    function sendReport(item) {
        return fetch(box.dataset.submitUrl, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "RequestVerificationToken": token() },
            body: JSON.stringify(item.body)
        }).then(function (response) {
            if (response.ok) {
                return response.json().catch(function () { return {}; }).then(function (report) {
                    item.reportId = report.id || null;
                    return put(item).then(function () { return true; });
                });
            }
            return refuse(item, response);
        }, function () { return false; });
    }
    function sendPhotos(item) {
        var waiting = (item.photos || []).filter(function (p) { return !p.sent && !p.error; });
        if (!item.reportId) { waiting = []; } // the server answered without the report: nothing to attach photos to
        return waiting.reduce(function (chain, photo) {
            return chain.then(function (go) {
                if (go === false) { return false; }
                var body = new FormData();
                body.append("photo", photo.blob, photo.name);
                return fetch(box.dataset.submitUrl + "/" + item.reportId + "/photos", {
                    method: "POST", credentials: "same-origin", headers: { "RequestVerificationToken": token() }, body: body
                }).then(function (response) {
                    if (response.ok) {
                        photo.sent = true; photo.blob = null; // sent: the device keeps no copy
                        return put(item).then(function () { return true; });
                    }
                    if (response.status === 400 || response.status === 413 || response.status === 422) {
                        return response.json().catch(function () { return {}; }).then(function (problem) {
                            photo.error = photo.label + ": " + (problem.detail || problem.title || String(response.status));
                            return put(item).then(function () { return true; });
                        });
                    }
                    return false;
                }, function () { return false; });
            });
        }, Promise.resolve(true)).then(function (go) {
            if (go === false) { return false; }
            item.state = "sent"; item.sentAt = new Date().toISOString();
            return put(item).then(function () { return true; });
        });
    }
    function refuse(item, response) {
        if (response.status === 400 || response.status === 409 || response.status === 422) {
            // The server will never take this one as it is: keep it, out of the queue, with the reason.
            return response.json().catch(function () { return {}; }).then(function (problem) {
                item.state = "refused"; item.error = problem.detail || problem.title || String(response.status);
                return put(item).then(function () { return true; });
            });
        }
        return Promise.resolve(false); // signed out, server busy or down: stop and try again later
    }

    // ---- the form ----
    function ns(el, name) { return Array.prototype.filter.call(el.children, function (c) { return c.localName === name; }); }
    function first(el, name) { return ns(el, name)[0] || null; }

    function parseForm(xml) {
        var doc = new DOMParser().parseFromString(xml, "application/xml");
        if (doc.getElementsByTagName("parsererror").length) { throw new Error("not XML"); }
        var head = doc.documentElement.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "head")[0];
        var model = head.getElementsByTagNameNS(XF, "model")[0];
        var instance = ns(model, "instance").filter(function (i) { return !i.getAttribute("id"); })[0];
        var root = instance.firstElementChild;
        var binds = {};
        ns(model, "bind").forEach(function (b) {
            binds[b.getAttribute("nodeset")] = {
                type: b.getAttribute("type") || "string",
                required: b.getAttribute("required") === "true()",
                relevant: b.getAttribute("relevant"),
                constraint: b.getAttribute("constraint"),
                readonly: b.getAttribute("readonly") === "true()"
            };
        });
        var texts = {}, fallback = {};
        var itext = first(model, "itext");
        (itext ? ns(itext, "translation") : []).forEach(function (tr) {
            var l = tr.getAttribute("lang") || "", m = /\(([^)]+)\)/.exec(l), code = (m ? m[1] : l).toLowerCase().slice(0, 2);
            var map = {};
            ns(tr, "text").forEach(function (x) {
                var v = ns(x, "value").filter(function (v) { return !v.getAttribute("form"); })[0];
                map[x.getAttribute("id")] = v ? v.textContent : "";
            });
            if (code === lang) { texts = map; }
            if (tr.getAttribute("default") || !Object.keys(fallback).length) { fallback = map; }
        });
        return {
            id: root.getAttribute("id"), version: root.getAttribute("version"), root: "/" + root.localName, binds: binds,
            body: doc.documentElement.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "body")[0],
            text: function (id) { return id in texts ? texts[id] : (fallback[id] || ""); }
        };
    }

    function label(def, el) {
        if (!el) { return ""; }
        var ref = el.getAttribute("ref"), m = ref && /jr:itext\('([^']+)'\)/.exec(ref);
        return m ? def.text(m[1]) : el.textContent.trim();
    }

    var controls = []; // { path, bind, kind, wrap, read() }
    var photoInputs = []; // { input, path, label }: the upload controls' file inputs

    function render(def, parent, container, context) {
        Array.prototype.forEach.call(parent.children, function (el) {
            if (el.namespaceURI !== XF) { return; }
            var ref = el.getAttribute("ref") || el.getAttribute("nodeset") || "";
            var path = ref.charAt(0) === "/" ? ref : context + "/" + ref;
            if (el.localName === "group" || el.localName === "repeat") {
                var set = document.createElement("fieldset");
                set.className = "xform-group";
                var legend = document.createElement("legend");
                legend.textContent = label(def, first(el, "label"));
                set.appendChild(legend);
                container.appendChild(set);
                controls.push({ path: ref ? path : context, bind: def.binds[path] || {}, kind: "group", wrap: set, read: function () { return null; } });
                render(def, el, set, ref ? path : context);
                return;
            }
            if (["input", "select1", "select", "upload"].indexOf(el.localName) < 0) { return; }
            var bind = def.binds[path] || { type: "string" };
            if (bind.readonly) { return; }
            controls.push(control(def, el, path, bind, container));
        });
    }

    function control(def, el, path, bind, container) {
        var id = "f" + path.replace(/[^A-Za-z0-9]/g, "-");
        var wrap = document.createElement("div");
        wrap.className = "field xform-field";
        var text = label(def, first(el, "label")) + (bind.required ? " *" : "");
        var hintText = label(def, first(el, "hint"));
        var hintId = id + "-hint";
        function hint() {
            if (!hintText) { return; }
            var h = document.createElement("small"); h.id = hintId; h.className = "muted"; h.textContent = hintText; wrap.appendChild(h);
        }
        var read;
        if (el.localName === "select1" || el.localName === "select") {
            var group = document.createElement("fieldset");
            group.className = "xform-choices";
            var legend = document.createElement("legend"); legend.textContent = text; group.appendChild(legend);
            wrap.appendChild(group);
            var type = el.localName === "select1" ? "radio" : "checkbox";
            ns(el, "item").forEach(function (item, i) {
                var value = first(item, "value").textContent.trim();
                var l = document.createElement("label"); l.className = "xform-choice";
                var input = document.createElement("input"); input.type = type; input.name = id; input.value = value; input.id = id + "-" + i;
                l.appendChild(input); l.appendChild(document.createTextNode(" " + label(def, first(item, "label"))));
                group.appendChild(l);
            });
            hint();
            read = function () {
                var picked = Array.prototype.filter.call(group.querySelectorAll("input"), function (i) { return i.checked; }).map(function (i) { return i.value; });
                return picked.join(" ");
            };
        } else {
            var l = document.createElement("label"); l.htmlFor = id; l.textContent = text; wrap.appendChild(l);
            if (bind.type === "geopoint") {
                var row = document.createElement("div"); row.className = "xform-geopoint";
                var lat = number(id, t.latitude, "any"), lon = number(id + "-lon", t.longitude, "any");
                lat.min = -90; lat.max = 90; lon.min = -180; lon.max = 180;
                var here = document.createElement("button"); here.type = "button"; here.className = "btn btn-small"; here.textContent = t.useLocation;
                here.addEventListener("click", function () {
                    if (!navigator.geolocation) { return; }
                    navigator.geolocation.getCurrentPosition(function (p) {
                        lat.value = p.coords.latitude.toFixed(6); lon.value = p.coords.longitude.toFixed(6);
                    }, function () { say(t.noLocation); }, { enableHighAccuracy: true, timeout: 20000 });
                });
                row.appendChild(lat); row.appendChild(lon); row.appendChild(here); wrap.appendChild(row);
                read = function () { return lat.value !== "" && lon.value !== "" ? lat.value + " " + lon.value + " 0 0" : ""; };
            } else if (el.localName === "upload") {
                var file = document.createElement("input");
                file.type = "file"; file.id = id; file.accept = "image/jpeg,image/png";
                if (bind.required) { file.required = true; }
                var note = document.createElement("small"); note.className = "muted"; note.id = id + "-note"; note.textContent = t.photoHint;
                file.setAttribute("aria-describedby", id + "-note");
                wrap.appendChild(file); wrap.appendChild(note);
                read = function () { return file.files.length ? file.files[0].name : ""; };
                photoInputs.push({ input: file, path: path, label: text.replace(/ \*$/, "") });
            } else {
                var input;
                if (bind.type === "string" && /multiline/.test(el.getAttribute("appearance") || "")) {
                    input = document.createElement("textarea"); input.rows = 3;
                } else if (bind.type === "int" || bind.type === "decimal") {
                    input = number(id, text, bind.type === "int" ? "1" : "any");
                    if (/\.\s*>=\s*0/.test(bind.constraint || "")) { input.min = 0; }
                } else {
                    input = document.createElement("input");
                    input.type = bind.type === "date" ? "date" : bind.type === "time" ? "time" : bind.type === "dateTime" ? "datetime-local" : "text";
                }
                input.id = id;
                if (bind.required) { input.required = true; }
                wrap.appendChild(input);
                read = function () { return input.value.trim(); };
            }
            hint();
            var firstInput = wrap.querySelector("input,textarea");
            if (firstInput && hintText) { firstInput.setAttribute("aria-describedby", hintId); }
        }
        container.appendChild(wrap);
        return { path: path, bind: bind, kind: el.localName, wrap: wrap, read: read, label: text.replace(/ \*$/, "") };
    }

    function number(id, aria, step) {
        var n = document.createElement("input"); n.type = "number"; n.step = step; n.id = id; n.setAttribute("aria-label", aria); n.inputMode = "decimal";
        return n;
    }

    // ---- relevant and constraint: the simple expressions forms use ("/a/b = 'x'", "selected(/a/b, 'x')", ". >= 0", regex) ----
    function values() {
        var v = {};
        controls.forEach(function (c) { if (c.kind !== "group") { v[c.path] = c.read(); } });
        return v;
    }
    function relevant(expr, v) {
        if (!expr) { return true; }
        var m = /^\s*(\S+)\s*(!?=)\s*'([^']*)'\s*$/.exec(expr);
        if (m) { return (String(v[m[1]] || "") === m[3]) === (m[2] === "="); }
        m = /^\s*selected\(\s*(\S+)\s*,\s*'([^']*)'\s*\)\s*$/.exec(expr);
        if (m) { return String(v[m[1]] || "").split(" ").indexOf(m[2]) >= 0; }
        return true; // an expression this renderer does not read: show the question
    }
    function satisfied(expr, value) {
        if (!expr || value === "") { return true; }
        var m = /^regex\(\s*\.\s*,\s*'(.*)'\s*\)$/.exec(expr.trim());
        if (m) { return new RegExp(m[1]).test(value); }
        m = /^\.\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?|today\(\))$/.exec(expr.trim());
        if (m) {
            var right = m[2] === "today()" ? new Date().toISOString().slice(0, 10) : Number(m[2]);
            var left = typeof right === "number" ? Number(value) : value;
            return m[1] === ">=" ? left >= right : m[1] === "<=" ? left <= right : m[1] === ">" ? left > right : left < right;
        }
        return true;
    }
    function applyRelevance() {
        var v = values();
        controls.forEach(function (c) { c.wrap.hidden = !relevant(c.bind.relevant, v); });
    }
    function shown(c) {
        for (var el = c.wrap; el && el !== box; el = el.parentElement) { if (el.hidden) { return false; } }
        return true;
    }

    // ---- a filled form to the JSON of POST /api/v1/reports ----
    function field(v, name) { return v[form.root + "/" + name] || ""; }
    function toReport(v) {
        var location = field(v, "place/location").split(" ");
        var harmed = [];
        ["female", "male"].forEach(function (sex) {
            ["child", "youth", "adult", "older"].forEach(function (age) {
                var n = Number(field(v, "harmed/" + sex + "_" + age));
                if (n > 0) { harmed.push({ sex: sex, age: age, count: n }); }
            });
        });
        var unknown = Number(field(v, "harmed/unknown"));
        if (unknown > 0) { harmed.push({ sex: "unknown", age: "unknown", count: unknown }); }
        var text = [field(v, "what"), field(v, "details"), field(v, "hate_speech_text")].filter(Boolean).join("\n\n");
        return {
            clientId: self.crypto.randomUUID(),
            formId: form.id,
            formVersion: form.version,
            occurredAt: field(v, "occurred_on") || new Date().toISOString().slice(0, 10),
            countryIso3: field(v, "place/country").toUpperCase(),
            admin1: field(v, "place/admin1") || null,
            admin2: field(v, "place/admin2") || null,
            latitude: location.length > 1 ? Number(location[0]) : null,
            longitude: location.length > 1 ? Number(location[1]) : null,
            text: text,
            harmed: harmed,
            perpetrator: field(v, "perpetrator") || null,
            warningSigns: field(v, "warning_signs") ? field(v, "warning_signs").split(" ") : [],
            hateSpeechSeen: field(v, "hate_speech") === "yes",
            network: field(v, "network") || null,
            channel: "web"
        };
    }

    function say(text, isError) {
        messages.textContent = text;
        messages.className = isError ? "error-box" : "notice";
        messages.setAttribute("role", isError ? "alert" : "status");
        messages.hidden = !text;
    }

    // The chosen photos as Blobs (IndexedDB keeps them while offline), each named by its own client id.
    function photosOf() {
        return photoInputs.filter(function (p) {
            return p.input.files.length && shown(controls.filter(function (c) { return c.path === p.path; })[0]);
        }).map(function (p) {
            var f = p.input.files[0], id = self.crypto.randomUUID();
            return { id: id, name: id + (f.type === "image/png" ? ".png" : ".jpg"), type: f.type, label: p.label, blob: f, sent: false };
        });
    }

    function submit(e) {
        e.preventDefault();
        applyRelevance();
        var v = values();
        var bad = controls.filter(function (c) {
            if (c.kind === "group" || !shown(c)) { return false; }
            var value = v[c.path];
            return (c.bind.required && value === "") || (typeof value === "string" && !satisfied(c.bind.constraint, value));
        });
        if (bad.length) {
            say(t.fix + " " + bad.map(function (c) { return c.label; }).join("; "), true);
            var input = bad[0].wrap.querySelector("input,textarea");
            if (input) { input.focus(); }
            return;
        }
        var item = { body: toReport(v), state: "queued", createdAt: new Date().toISOString(), photos: photosOf() };
        item.clientId = item.body.clientId;
        put(item).then(function () {
            document.getElementById("xform-form").reset();
            applyRelevance();
            say(navigator.onLine ? t.queuedSending : t.queuedOffline);
            window.scrollTo(0, 0);
            return showCounts();
        }).then(flush);
    }

    function start(xml) {
        form = parseForm(xml);
        var el = document.getElementById("xform-form");
        var fields = document.getElementById("xform-fields");
        render(form, form.body, fields, form.root);
        el.addEventListener("change", applyRelevance);
        el.addEventListener("input", applyRelevance);
        el.addEventListener("submit", submit);
        applyRelevance();
        el.hidden = false;
        document.getElementById("xform-loading").hidden = true;
    }

    fetch(box.dataset.formUrl, { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); })
        .then(start)
        .catch(function () { say(t.noForm, true); document.getElementById("xform-loading").hidden = true; });

    window.addEventListener("online", flush);
    window.addEventListener("offline", showCounts);
    setInterval(flush, 30000);
    showCounts().then(flush);

    if ("serviceWorker" in navigator && box.dataset.worker) {
        navigator.serviceWorker.register(box.dataset.worker, { scope: "/reports/" }).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (reg) {
            // The page, its assets (versioned URLs the worker cannot know) and the form: what it needs offline.
            var urls = [location.pathname + location.search, box.dataset.formUrl];
            document.querySelectorAll("link[rel=stylesheet],script[src],link[rel=manifest],link[rel=icon]").forEach(function (n) { urls.push(n.href || n.src); });
            if (reg.active) { reg.active.postMessage({ cache: urls }); }
        }).catch(function () { /* no offline copy; the page still works online */ });
    }
})();
