package org.hum.api.partner;

/** An account bound to a partner organisation. */
public record PartnerAccountView(String username, String displayName, boolean machine, boolean enabled) {
}
