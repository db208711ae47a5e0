/*
 * The contact report form saves its draft on the server on every change (sources/contacts.xhtml):
 * it posts the form's fields to the page's draft servlet (/contact-draft, the page's own session)
 * and shows the answer beside the form. A file of its own, not an inline handler: the content
 * security policy allows only HUM's own scripts. Without it, the "Save draft" button does the same.
 */
(function () {
    'use strict';
    var form = document.getElementById('contact');
    var status = document.getElementById('contact:draftStatus');
    var warnings = document.getElementById('contact:warnings');
    if (!form || !status || !window.fetch || !window.FormData) {
        return;
    }
    function show(lines, ok) {
        status.textContent = lines[0];
        if (ok && warnings) {
            while (warnings.firstChild) {
                warnings.removeChild(warnings.firstChild);
            }
            lines.slice(1).forEach(function (line) {
                var p = document.createElement('p');
                p.className = 'error warning';
                p.textContent = line;
                warnings.appendChild(p);
            });
        }
    }
    function save() {
        var body = new URLSearchParams(new FormData(form));
        fetch(form.getAttribute('data-draft-url'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-HUM-Draft': '1', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'},
            body: body.toString()
        }).then(function (response) {
            return response.text().then(function (text) {
                show(text.split('\n'), response.ok);
            });
        }).catch(function () {
            show(['Draft not saved: no connection. It is saved again on the next change.'], false);
        });
    }
    form.addEventListener('change', save);
})();
