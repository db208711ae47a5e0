package org.hum.api.auth;

import java.util.List;

/** A second factor enrolled: the recovery codes (shown this once) and a bearer token, as a login gives. */
public record EnrolmentConfirmed(List<String> recoveryCodes, TokenResponse login) {
    public EnrolmentConfirmed {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
        return "EnrolmentConfirmed[" + recoveryCodes.size() + " codes]";
    }
}
