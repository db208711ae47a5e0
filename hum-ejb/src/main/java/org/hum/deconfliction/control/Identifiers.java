package org.hum.deconfliction.control;

import org.hum.api.source.TrueIdentity;
import org.hum.deconfliction.control.BlindIndex.Field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.hum.api.source.IdentityDocument;

/**
 * A person's identifiers in their normal forms ({@link BlindIndex}), one per field that was
 * given and could be normalised. Plaintext identity: never logged, never returned.
 */
public final class Identifiers {
    private final Map<Field, String> forms;
    /** Further document numbers beyond the one in {@link #forms()} (a file may hold several). */
    private final java.util.Set<String> documents;

    public Identifiers(Map<Field, String> forms) {
        this(forms, java.util.Set.of());
    }

    public Identifiers(Map<Field, String> forms, java.util.Collection<String> documentForms) {
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(forms);
        java.util.Set<String> docs = new java.util.LinkedHashSet<>();
        if (copy.containsKey(Field.DOCUMENT)) {
            docs.add(copy.get(Field.DOCUMENT));
        }
        docs.addAll(documentForms);
        if (!docs.isEmpty()) {
            copy.putIfAbsent(Field.DOCUMENT, docs.iterator().next());
        }
        this.forms = Collections.unmodifiableMap(copy);
        this.documents = Collections.unmodifiableSet(docs);
    }

    /** A file's identifiers: its identity and the numbers of its identity documents. */
    public static Identifiers of(TrueIdentity identity, java.util.List<IdentityDocument> documents) {
        java.util.List<String> docs = new java.util.ArrayList<>();
        for (var d : documents) {
            BlindIndex.documentForm(d.country(), d.number()).ifPresent(docs::add);
        }
        return new Identifiers(of(identity).forms(), docs);
    }

    /** Every normal form of a field: several for documents, at most one for the others. */
    public java.util.Set<String> values(Field field) {
        if (field == Field.DOCUMENT) {
            return documents;
        }
        String v = forms.get(field);
        return v == null ? java.util.Set.of() : java.util.Set.of(v);
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
