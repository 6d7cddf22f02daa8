// Vigil assessment editor: autosave through the JSON API and quick keyboard entry.
// The editor is a set of ordinary forms; this script only makes them faster to use.
(function () {
    "use strict";

    var editor = document.getElementById("editor");
    if (!editor) {
        return;
    }
    var api = editor.getAttribute("data-api");
    var statusBox = document.getElementById("save-status");
    var STATUS_KEYS = { p: "present", a: "absent", u: "unknown", n: "notAssessed" };

    function text(name) {
        return editor.getAttribute("data-t-" + name) || "";
    }

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d+)\}/g, function (_, i) { return String(args[+i]); });
    }

    function antiforgery(form) {
        var token = form && form.querySelector("input[name='__RequestVerificationToken']");
        return token ? token.value : "";
    }

    function setStatus(message, kind) {
        statusBox.textContent = message;
        statusBox.className = "save-status" + (kind ? " is-" + kind : "");
    }

    function setRowStatus(row, message, kind) {
        var mark = row.querySelector("[data-row-status]");
        if (mark) {
            mark.textContent = message;
            mark.className = "row-status small" + (kind ? " is-" + kind : "");
        }
    }

    function scoreText(score) {
        return score === null || score === undefined ? "—" : (Math.round(score * 10) / 10).toFixed(1);
    }

    function levelOf(score) {
        if (score === null || score === undefined) { return "not-assessed"; }
        if (score < 25) { return "low"; }
        if (score < 50) { return "moderate"; }
        if (score < 75) { return "high"; }
        return "very-high";
    }

    function replaceClass(element, prefix, value) {
        var keep = element.className.split(/\s+/).filter(function (c) { return c && c.indexOf(prefix) !== 0; });
        keep.push(prefix + value);
        element.className = keep.join(" ");
    }

    function showProfile(profile) {
        if (!profile) {
            return;
        }
        (profile.riskFactors || []).forEach(function (f) {
            var chips = editor.querySelectorAll("[data-factor-score='" + f.id + "']");
            for (var i = 0; i < chips.length; i++) {
                var hidden = chips[i].querySelector(".visually-hidden");
                chips[i].textContent = scoreText(f.score);
                if (hidden) { chips[i].insertBefore(hidden, chips[i].firstChild); }
                replaceClass(chips[i], "heat-", levelOf(f.score));
            }
            var counts = editor.querySelector("[data-factor-counts='" + f.id + "']");
            if (counts) {
                counts.textContent = format(text("counts"), f.present, f.assessed, f.total);
            }
        });
        var overall = profile.overall || {};
        var level = levelOf(overall.score);
        var badge = editor.querySelector("[data-overall-level]");
        if (badge) {
            badge.textContent = text("level-" + level);
            replaceClass(badge, "level-", level);
        }
        var score = editor.querySelector("[data-overall-score]");
        if (score) { score.textContent = scoreText(overall.score); }
        var coverage = editor.querySelector("[data-coverage]");
        if (coverage && typeof profile.coverage === "number") {
            coverage.textContent = Math.round(profile.coverage * 100) + "%";
        }
    }

    function problemMessage(response) {
        return response.text().then(function (body) {
            try {
                var problem = JSON.parse(body);
                return problem.detail || problem.title || response.statusText;
            } catch (e) {
                return response.status + " " + response.statusText;
            }
        });
    }

    // What someone else stored in a row, in the row's own words (its status and severity labels).
    function describe(row, current) {
        var radio = row.querySelector("input[type='radio'][value='" + current.status + "']");
        var words = radio ? radio.parentNode.textContent.trim() : current.status;
        var severity = current.severity ? row.querySelector("select[name$='.Severity'] option[value='" + current.severity + "']") : null;
        if (severity) { words += ", " + severity.textContent.trim(); }
        if (current.notes) { words += " · " + current.notes; }
        return words + (current.changedBy ? " (" + current.changedBy + ")" : "");
    }

    // Someone else changed the row since the page was opened: say so, keep the analyst's values, and take the current version,
    // so that the analyst's next change replaces theirs knowingly rather than silently.
    function stale(row, label, response) {
        return response.json().then(function (problem) {
            var current = (problem.judgements || [])[0] || {};
            var version = row.querySelector("[data-version]");
            if (version && current.version) { version.value = current.version; }
            throw new Error(format(text("stale"), label, describe(row, current)));
        });
    }

    // A copy of the section's form without the evidence being typed: autosave never adds or removes evidence.
    function send(row, label, url, body) {
        var form = row.closest("form");
        var version = row.querySelector("[data-version]");
        // The session cookie says who is saving; the antiforgery token proves the request comes from this page.
        var headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "RequestVerificationToken": antiforgery(form)
        };
        // The version the row showed: the server refuses the save (412) if someone else changed the indicator since.
        if (version && version.value) { headers["If-Match"] = "\"" + version.value + "\""; }
        var request = fetch(url, { method: "PUT", credentials: "same-origin", headers: headers, body: JSON.stringify(body) });
        setStatus(format(text("saving"), label), "busy");
        setRowStatus(row, "…", "busy");
        return request.then(function (response) {
            if (response.status === 412) {
                return stale(row, label, response);
            }
            if (!response.ok) {
                return problemMessage(response).then(function (message) { throw new Error(message); });
            }
            return response.json();
        }).then(function (data) {
            if (version && data.version) { version.value = data.version; }
            showProfile(data.profile);
            setStatus(format(text("saved"), label), "ok");
            setRowStatus(row, "✓", "ok");
        }).catch(function (error) {
            var message = error && error.message && error.message !== "Failed to fetch" ? error.message : text("offline");
            setStatus(format(text("error"), label, message), "error");
            setRowStatus(row, "!", "error");
        });
    }

    function indicatorBody(row) {
        var checked = row.querySelector("input[type='radio']:checked");
        var status = checked ? checked.value : "notAssessed";
        var present = status === "present";
        var value = function (suffix) {
            var field = row.querySelector("[name$='." + suffix + "']");
            return field ? field.value.trim() : "";
        };
        var gender = row.querySelector("input[type='checkbox'][name$='.Gender']");
        return {
            status: status,
            severity: present && value("Severity") ? parseInt(value("Severity"), 10) : null,
            trend: present && value("Trend") ? value("Trend") : null,
            confidence: value("Confidence") || null,
            notes: value("Notes"),
            gender: gender ? gender.checked : false,
            area: value("Area")
        };
    }

    function saveIndicator(row) {
        var id = row.getAttribute("data-indicator");
        return send(row, id, api + "/indicators/" + encodeURIComponent(id), indicatorBody(row));
    }

    function saveResilience(row) {
        var id = row.getAttribute("data-dimension");
        var rating = row.querySelector("select[name$='.Rating']").value;
        var notes = row.querySelector("textarea[name$='.Notes']").value.trim();
        return send(row, id, api + "/resilience/" + encodeURIComponent(id), { rating: rating === "" ? null : parseInt(rating, 10), notes: notes });
    }

    // One save at a time per row, in the order the changes were made.
    function queue(row, save) {
        row.vigilPending = (row.vigilPending || Promise.resolve()).then(function () { return save(row); });
    }

    // Severity and trend only mean something for a present indicator.
    function syncPresentOnly(row) {
        var checked = row.querySelector("input[type='radio']:checked");
        var present = checked && checked.value === "present";
        var fields = row.querySelectorAll("[data-present-only]");
        for (var i = 0; i < fields.length; i++) {
            fields[i].disabled = !present;
        }
    }

    var rows = Array.prototype.slice.call(editor.querySelectorAll(".indicator"));
    rows.forEach(function (row) {
        row.setAttribute("tabindex", "-1");
        syncPresentOnly(row);
    });

    editor.addEventListener("change", function (event) {
        var target = event.target;
        if (!target.hasAttribute || !target.hasAttribute("data-autosave")) {
            return;
        }
        var row = target.closest(".indicator");
        if (row) {
            syncPresentOnly(row);
            queue(row, saveIndicator);
            return;
        }
        var dimension = target.closest(".resilience-row");
        if (dimension) {
            queue(dimension, saveResilience);
        }
    });

    function setStatusKey(row, value) {
        var radio = row.querySelector("input[type='radio'][value='" + value + "']");
        if (radio && !radio.checked) {
            radio.checked = true;
            syncPresentOnly(row);
            queue(row, saveIndicator);
        }
    }

    function setSeverity(row, severity) {
        var present = row.querySelector("input[type='radio'][value='present']");
        var select = row.querySelector("select[name$='.Severity']");
        if (!present || !select) {
            return;
        }
        if (present.checked && select.value === severity) {
            return;
        }
        present.checked = true;
        syncPresentOnly(row);
        select.value = severity;
        queue(row, saveIndicator);
    }

    function move(row, step) {
        var index = rows.indexOf(row) + step;
        if (index < 0 || index >= rows.length) {
            return;
        }
        var next = rows[index];
        var section = next.closest("details");
        if (section && !section.open) {
            section.open = true;
        }
        next.focus();
        next.scrollIntoView({ block: "center" });
    }

    editor.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
            return;
        }
        var target = event.target;
        var row = target.closest && target.closest(".indicator");
        if (!row || target.closest(".add-evidence") || target.closest(".evidence-edit")) {
            return;
        }
        var tag = target.tagName;
        var typing = tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && target.type !== "radio" && target.type !== "checkbox");
        if (typing) {
            return;
        }
        var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
        if (STATUS_KEYS[key]) {
            setStatusKey(row, STATUS_KEYS[key]);
        } else if (key === "1" || key === "2" || key === "3") {
            setSeverity(row, key);
        } else if (key === "j") {
            move(row, 1);
        } else if (key === "k") {
            move(row, -1);
        } else {
            return;
        }
        event.preventDefault();
    });
})();
