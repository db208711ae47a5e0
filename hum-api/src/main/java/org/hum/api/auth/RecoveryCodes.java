package org.hum.api.auth;

import java.util.List;

/** Single-use recovery codes, shown once: each logs in once in place of a code of the authenticator. */
public record RecoveryCodes(List<String> recoveryCodes) {
    public RecoveryCodes {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
        return "RecoveryCodes[" + recoveryCodes.size() + " codes]";
    }
}
