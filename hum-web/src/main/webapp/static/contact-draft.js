/*
 * The contact report form saves its draft on the server on every change (sources/contacts.xhtml).
 * A file of its own, not an inline handler: the content security policy allows only HUM's own
 * scripts. It asks the page's "Save draft" button to act through the Faces Ajax API, so the draft
 * is saved with everything typed so far, and only the draft's status is redrawn.
 */
(function () {
    'use strict';
    var form = document.getElementById('contact');
    var button = document.getElementById('contact:saveDraft');
    if (!form || !button || !window.faces || !window.faces.ajax) {
        return; // without the Ajax API, the button saves the draft with a full request
    }
    form.addEventListener('change', function () {
        window.faces.ajax.request(button, null, {
            execute: 'contact',
            render: 'contact:draftStatus contact:warnings'
        });
    });
})();
