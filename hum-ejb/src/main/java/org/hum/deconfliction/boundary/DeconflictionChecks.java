package org.hum.deconfliction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.deconfliction.DeconflictionAnswer;
import org.hum.api.deconfliction.DeconflictionCheck;
import org.hum.api.deconfliction.ReferralView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.deconfliction.control.BlindIndex;
import org.hum.deconfliction.control.BlindIndex.Field;
import org.hum.deconfliction.control.BlindIndexes;
import org.hum.deconfliction.control.Identifiers;
import org.hum.deconfliction.control.MatchConfirmer;
import org.hum.deconfliction.control.Referrals;
import org.hum.deconfliction.entity.Referral;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hum.audit.control.AuditTrail;

/**
 * Deconfliction checks and the controllers' referral work list. A check answers only whether
 * a possible match exists anywhere, across all compartments and files; the files matched, their
 * units and code names go to the controllers as a referral, never to the caller.
 */
@Stateless
public class DeconflictionChecks {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    BlindIndexes indexes;

    @Inject
    MatchConfirmer confirmer;

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public DeconflictionAnswer check(@NotNull @Valid DeconflictionCheck check) {
        Viewer viewer = viewers.of(principal);
        Identifiers person = identifiers(check);
        Map<String, Set<Field>> matches = confirmer.confirm(indexes.candidates(person), person);
        if (matches.isEmpty()) {
            audit.record("DECONFLICTION_CHECKED", "PERSON", null, null, AuditTrail.SUCCESS);
            return new DeconflictionAnswer(false, null);
        }
        String referralId = referrals.create(viewer, Referral.Origin.CHECK, null, matches);
        audit.record("DECONFLICTION_CHECKED", "REFERRAL", referralId, null, AuditTrail.SUCCESS);
        for (String matched : matches.keySet()) {
            audit.record("DECONFLICTION_MATCHED", "SOURCE", matched, null, AuditTrail.SUCCESS);
        }
        return new DeconflictionAnswer(true, referralId);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public List<ReferralView> referrals() {
        audit.record("REFERRALS_READ", "REFERRAL", null, null, AuditTrail.SUCCESS);
        return referrals.workList(viewers.of(principal));
    }

    /** The identifiers in their normal forms, or every reason they cannot be matched. */
    static Identifiers identifiers(DeconflictionCheck c) {
        List<FieldError> errors = new ArrayList<>();
        Map<Field, String> forms = new EnumMap<>(Field.class);
        boolean name = present(c.trueName());
        boolean phone = present(c.phoneNumber());
        boolean document = present(c.documentNumber());
        if (!name && c.dateOfBirth() == null && !phone && !document) {
            errors.add(new FieldError("body", "give at least one identifier: trueName with dateOfBirth, "
                    + "phoneNumber, or documentNumber"));
        }
        if (name && c.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "is required with trueName, as YYYY-MM-DD: a name alone "
                    + "matches too many people"));
        } else if (!name && c.dateOfBirth() != null) {
            errors.add(new FieldError("trueName", "is required with dateOfBirth"));
        } else if (name) {
            BlindIndex.nameAndBirthForm(c.trueName(), c.dateOfBirth()).ifPresentOrElse(v -> forms.put(Field.NAME_DOB, v),
                    () -> errors.add(new FieldError("trueName", "must contain letters or digits")));
        }
        if (phone) {
            BlindIndex.phoneForm(c.phoneNumber()).ifPresentOrElse(v -> forms.put(Field.PHONE, v),
                    () -> errors.add(new FieldError("phoneNumber", c.phoneNumber().strip().startsWith("+")
                            ? "must be an international number: + and the country code, then 7 to 15 digits in all "
                            + "(spaces, dots, hyphens and brackets are ignored)"
                            : "must start with + and the country code (E.164, for example +1 202 555 0100): "
                            + "without its country code a number cannot be matched across units")));
        }
        if (document) {
            BlindIndex.documentForm(c.documentCountry(), c.documentNumber()).ifPresentOrElse(v -> forms.put(Field.DOCUMENT, v),
                    () -> errors.add(new FieldError("documentNumber", "must contain letters or digits")));
        } else if (present(c.documentCountry())) {
            errors.add(new FieldError("documentNumber", "is required with documentCountry"));
        }
        if (!errors.isEmpty()) {
            throw new HumException(ErrorCode.INVALID_INPUT, "Fix these fields and send again: " + errors.stream()
                    .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("") + ".", errors);
        }
        return new Identifiers(forms);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
