package org.hum.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;

/** Shows a refusal from the core on a page: field errors beside their fields, the rest on top. */
public final class Messages {
    private Messages() {
    }

    public static void show(FacesContext faces, String formId, HumException e) {
        if (e.fieldErrors().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        for (FieldError f : e.fieldErrors()) {
            faces.addMessage(formId + ":" + f.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null));
        }
    }

    /** Bean Validation's refusals from the core, each beside the field it names (the last node of its path). */
    public static void show(FacesContext faces, String formId, jakarta.validation.ConstraintViolationException e) {
        e.getConstraintViolations().forEach(v -> {
            String field = "";
            for (var node : v.getPropertyPath()) {
                field = node.getName();
            }
            show(faces, formId, HumException.invalid(field, v.getMessage()));
        });
    }

    public static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
