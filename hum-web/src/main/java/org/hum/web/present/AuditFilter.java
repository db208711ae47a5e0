package org.hum.web.present;

import java.util.Locale;

/** The audit page's action filter takes the action as words ("true identity viewed") or as its code. */
public final class AuditFilter {
    private AuditFilter() {
    }

    /** "True identity viewed" and "TRUE_IDENTITY_VIEWED" both as TRUE_IDENTITY_VIEWED; blank as null. */
    public static String action(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.trim().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }
}
