// Keyboard-first review (the form works without this): j/k move through the queue; 0–3 rate the factor that has the focus
// (or the first unrated one) and move to the next; b/c/p/a press the matching decision button. Keys typed into a text field are
// left alone.
(function () {
    const form = document.getElementById("rabat-form");
    document.addEventListener("keydown", function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        const target = e.target;
        if (target && (target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && target.type === "text") || target.tagName === "SELECT")) return;
        if (e.key === "j" || e.key === "k") {
            const link = document.getElementById(e.key === "j" ? "next" : "previous");
            if (link) { e.preventDefault(); window.location.href = link.href; }
            return;
        }
        if (!form) return;
        if (/^[0-3]$/.test(e.key)) {
            const factors = Array.from(form.querySelectorAll("fieldset.rabat-factor"));
            let current = factors.find(f => f.contains(document.activeElement))
                || factors.find(f => !f.querySelector("input[type=radio]:checked")) || factors[0];
            const radio = current.querySelector("input[type=radio][value='" + e.key + "']");
            if (radio) {
                e.preventDefault();
                radio.checked = true;
                const next = factors[factors.indexOf(current) + 1];
                (next ? next.querySelector("input[type=radio]:checked, input[type=radio]") : form.querySelector(".decision-buttons button")).focus();
            }
            return;
        }
        const button = form.querySelector(".decision-buttons button[data-key='" + e.key + "']");
        if (button) { e.preventDefault(); button.click(); }
    });
})();
