package org.hum.admin.control;

import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.config.control.ClassificationLevels;
import org.hum.source.entity.IdentityGrant;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules an account must meet, checked before anything is written. Messages name the
 * allowed values so that the caller can fix the request, and never repeat a password.
 */
public final class AccountRules {
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;

    private AccountRules() {
    }

    /** OWASP ASVS 2.1.1: at least 12 characters; and not the username, whatever its case. */
    public static List<FieldError> passwordProblems(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return List.of(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters"));
        }
        if (password.length() > MAX_PASSWORD) {
            return List.of(new FieldError("password", "must be at most " + MAX_PASSWORD + " characters"));
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return List.of(new FieldError("password", "must not be the username"));
        }
        return List.of();
    }

    public static void checkPassword(String username, String password) {
        List<FieldError> problems = passwordProblems(username, password);
        if (!problems.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "password: " + problems.get(0).message(), problems);
        }
    }

    /** Role names, any case; an unknown one is refused with the list of known ones. */
    public static Set<String> roles(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw HumException.invalid("roles", "name at least one role: " + allowed(Role.values()));
        }
        Set<String> roles = new TreeSet<>();
        for (String name : names) {
            String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(n))) {
                throw HumException.invalid("roles", "unknown role '" + printable(name) + "'; use any of: "
                        + allowed(Role.values()));
            }
            roles.add(n);
        }
        return roles;
    }

    /**
     * PARTNER is never given or taken here: a partner account is made under its organisation
     * ({@code POST /api/admin/partners/{id}/accounts}), bound to it and to nothing else.
     */
    public static void notPartner(Set<String> roles) {
        if (roles.contains(Role.PARTNER_NAME)) {
            throw HumException.invalid("roles", "PARTNER is given only with the account of a partner organisation: "
                    + "POST /api/admin/partners/{id}/accounts");
        }
    }

    /** A clearance level name from the configured list, as its rank. */
    public static int clearance(ClassificationLevels levels, String name) {
        if (name == null || name.isBlank()) {
            throw HumException.invalid("clearance", "is required: one of " + String.join(", ", levels.names()));
        }
        return levels.rankOf(name).orElseThrow(() -> HumException.invalid("clearance", "unknown level '"
                + printable(name) + "'; use one of " + String.join(", ", levels.names())));
    }

    /** Compartment codes, normalised to capitals; existence is checked by the caller. */
    public static Set<String> compartmentCodes(Collection<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        return codes.stream().map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The roles whose accounts come near source content or approve those who do (docs/domain.md,
     * "Two-person control"): every role but PARTNER.
     */
    static final Set<String> GUARDED_ROLES = Set.of(Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME,
            Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME, Role.ADMIN_NAME);

    /**
     * Whether a change raises an account's rights (docs/domain.md, "Two-person control"): a role
     * or a compartment it does not hold, or a higher clearance; or, for a paused account with
     * source access (any role but PARTNER, as it is or as the change leaves it), enabling it
     * again. A null part is left as it is.
     */
    public static boolean raises(int clearanceNow, Set<String> rolesNow, Set<String> compartmentsNow, boolean enabledNow,
                                 Integer clearance, Set<String> roles, Set<String> compartments, Boolean enabled) {
        Set<String> rolesAfter = roles == null ? rolesNow : roles;
        return (clearance != null && clearance > clearanceNow)
                || (roles != null && !rolesNow.containsAll(roles))
                || (compartments != null && !compartmentsNow.containsAll(compartments))
                || (Boolean.TRUE.equals(enabled) && !enabledNow && rolesAfter.stream().anyMatch(GUARDED_ROLES::contains));
    }

    public static IdentityGrant.GrantRole grantRole(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(IdentityGrant.GrantRole.values()).filter(r -> r.name().equals(n)).findFirst()
                .orElseThrow(() -> HumException.invalid("role", "unknown grant role '" + printable(name)
                        + "'; use one of: " + allowed(IdentityGrant.GrantRole.values())));
    }

    private static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Echo a name back only in a safe, short form: it is never an identity, but keep it tame. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("[^A-Za-z0-9 _.-]", "?");
        return t.length() > 32 ? t.substring(0, 32) + "..." : t;
    }
}
