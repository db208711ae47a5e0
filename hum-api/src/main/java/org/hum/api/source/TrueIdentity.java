package org.hum.api.source;

import java.time.LocalDate;

/** A source's true identity: shown only to holders of a true-identity grant for that source. */
public record TrueIdentity(String trueName, LocalDate dateOfBirth, String phoneNumber) {
    @Override
    public String toString() {
        return "TrueIdentity[***]";
    }
}
