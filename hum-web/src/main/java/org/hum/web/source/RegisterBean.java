package org.hum.web.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.error.FieldError;
import org.hum.api.source.Motivation;
import org.hum.api.source.SourceView;
import org.hum.api.source.SpecialCategory;
import org.hum.registration.boundary.Registrations;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The registration page: the form ({@link RegistrationForm}) sent to registration; a refusal
 * shows beside the input of the field it names. Values live only for the request; nothing is
 * kept in the session.
 */
@Named
@RequestScoped
public class RegisterBean extends RegistrationForm {
    static final String FORM = "register";

    @Inject
    Registrations registrations;

    @Inject
    FacesContext faces;

    public String register() throws IOException {
        PageAction.on(faces, FORM).fields(RegisterBean::onForm).run(() -> {
            SourceView created = registrations.register(registration());
            PageAction.redirect(faces, "/sources/view.xhtml?id=" + created.id());
        });
        return null;
    }

    /** A refusal beside its input: a unit's code name ({@code codeNames[0].codeName}) beside the other unit's. */
    static FieldError onForm(FieldError f) {
        if (f.field().matches("(.*\\.)?codeNames(\\[\\d+])?\\.codeName")) {
            return new FieldError("otherUnitCodeName", f.message());
        }
        return new FieldError(component(PageAction.lastName(f.field())), f.message());
    }

    /** The form field that shows a problem the core names by its API field. */
    static String component(String apiField) {
        return switch (apiField) {
            case "identityDocuments", "number" -> "documentNumber";
            case "type" -> "documentType";
            case "country" -> "documentCountry";
            case "codeNames" -> "otherUnitCodeName";
            case "unit" -> "otherUnit";
            case "madeBy" -> "promiseMadeBy";
            case "madeOn" -> "promiseMadeOn";
            case "description", "promises" -> "promiseDescription";
            default -> apiField;
        };
    }

    public List<String> getMotivationChoices() {
        return Arrays.stream(Motivation.values()).map(Enum::name).toList();
    }

    public List<String> getCategoryChoices() {
        return Arrays.stream(SpecialCategory.values()).filter(SpecialCategory::declared)
                .map(Enum::name).toList();
    }
}
