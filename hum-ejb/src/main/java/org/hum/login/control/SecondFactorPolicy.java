package org.hum.login.control;

import org.hum.api.Role;

import java.util.Locale;
import java.util.Set;

/**
 * Who must give a second factor at login (docs/operations.md, "Second factor"). Under
 * {@code hum.auth.second-factor=required}, every account holding a role that sees source content
 * must have one, and is taken to enrol after a correct password until it has; under
 * {@code optional}, a user may enrol. Either way, once enrolled, the code is always asked for.
 * Partners (who read released reports only, and whose machine accounts log in with HTTP Basic)
 * are out of it: a partner account is never asked and cannot enrol.
 */
public final class SecondFactorPolicy {
    /** The roles that see source content (docs/domain.md, "Who uses it"). */
    static final Set<String> SOURCE_ROLES = Set.of(Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME,
            Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME);

    public enum Mode {
        REQUIRED, OPTIONAL;

        public static Mode of(String setting) {
            return switch (setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT)) {
                case "required" -> REQUIRED;
                case "optional" -> OPTIONAL;
                default -> throw new IllegalStateException("hum.auth.second-factor must be required or optional");
            };
        }
    }

    /** What a correct password leads to. */
    public enum Next {
        /** Logged in: no second factor for this account. */
        PASSWORD_SUFFICES,
        /** Logged in only with a correct code (or an unused recovery code). */
        CODE,
        /** Not logged in: the account must enrol first. */
        ENROL
    }

    private SecondFactorPolicy() {
    }

    public static Next after(Mode mode, Set<String> roles, boolean enrolled) {
        if (enrolled) {
            return Next.CODE;
        }
        return mode == Mode.REQUIRED && seesSourceContent(roles) ? Next.ENROL : Next.PASSWORD_SUFFICES;
    }

    /** Whether the account may enrol: any account but a partner's. */
    public static boolean mayEnrol(Set<String> roles) {
        return !roles.contains(Role.PARTNER_NAME);
    }

    static boolean seesSourceContent(Set<String> roles) {
        return roles.stream().anyMatch(SOURCE_ROLES::contains);
    }
}
