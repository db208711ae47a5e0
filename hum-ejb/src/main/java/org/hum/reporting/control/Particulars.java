package org.hum.reporting.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the identifying-detail check looks for, decrypted for one check and held in memory only:
 * the particulars of every file a report draws on and of the contacts it rests on. Plaintext
 * identity: never logged, never stored, never returned; {@link #toString()} says nothing.
 */
public record Particulars(List<String> codeNames, List<String> sourceNumbers, List<String> trueNames,
                          List<String> otherNames, List<String> phones, List<String> documents,
                          List<String> handlerNames, List<LocalDate> contactDates, List<String> contactPlaces) {

    public Particulars {
        codeNames = copy(codeNames);
        sourceNumbers = copy(sourceNumbers);
        trueNames = copy(trueNames);
        otherNames = copy(otherNames);
        phones = copy(phones);
        documents = copy(documents);
        handlerNames = copy(handlerNames);
        contactDates = contactDates == null ? List.of() : contactDates.stream().filter(d -> d != null).toList();
        contactPlaces = copy(contactPlaces);
    }

    public static Particulars none() {
        return new Particulars(null, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "Particulars[***]";
    }
}
