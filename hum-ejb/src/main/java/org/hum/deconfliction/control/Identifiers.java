package org.hum.deconfliction.control;

import org.hum.api.source.TrueIdentity;
import org.hum.deconfliction.control.BlindIndex.Field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's identifiers in their normal forms ({@link BlindIndex}), one per field that was
 * given and could be normalised. Plaintext identity: never logged, never returned.
 */
public final class Identifiers {
    private final Map<Field, String> forms;

    public Identifiers(Map<Field, String> forms) {
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(forms);
        this.forms = Collections.unmodifiableMap(copy);
    }

    /** The identifiers a source file holds (it has no document number yet). */
    public static Identifiers of(TrueIdentity identity) {
        Map<Field, String> forms = new EnumMap<>(Field.class);
        BlindIndex.nameAndBirthForm(identity.trueName(), identity.dateOfBirth()).ifPresent(v -> forms.put(Field.NAME_DOB, v));
        BlindIndex.phoneForm(identity.phoneNumber()).ifPresent(v -> forms.put(Field.PHONE, v));
        return new Identifiers(forms);
    }

    public Map<Field, String> forms() {
        return forms;
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    @Override
    public String toString() {
        return "Identifiers" + forms.keySet();
    }
}
