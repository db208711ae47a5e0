package org.hum.rules.control;

import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.error.RuleViolation;
import org.hum.api.rules.GuardedAction;
import org.hum.api.source.SourceStatus;
import org.hum.audit.control.AuditLog;
import org.hum.authorisation.control.AuthorisationClocks;
import org.hum.authorisation.control.FakeAuthorisationStore;
import org.hum.authorisation.control.RecordedAuthorisationStanding;
import org.hum.authorisation.entity.Authorisation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The grant path end to end through the real {@link SourcePolicy}, with the authorisation
 * feature's recorded standing and a fake validation feature: no authorisation without an
 * initial validation; once validated, granting is allowed and its computed end makes the source
 * authorised; an OIA then still needs instructions in force; at the end the source is no longer
 * authorised.
 */
class AuthorisationPolicyTest {
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private Optional<Instant> validatedAt = Optional.empty();
    private final FakeAuthorisationStore store = new FakeAuthorisationStore();
    private Instant now = NOW;

    private SourcePolicy policy() {
        SourcePolicy p = new SourcePolicy();
        p.standing = new SourceStanding() {
            @Override
            public Standing of(String sourceId) {
                return new Standing(SourceStatus.ACTIVE, Instant.EPOCH, false);
            }

            @Override
            public List<StatusChange> history(String sourceId) {
                return List.of();
            }

            @Override
            public java.util.Map<String, SourceStatus> statuses(java.util.Collection<String> sourceIds) {
                return java.util.Map.of();
            }

            @Override
            public List<String> resting(SourceStatus status, int limit) {
                return List.of();
            }

            @Override
            public FileQuery restingFiles(SourceStatus status) {
                throw new UnsupportedOperationException("not asked by the policy");
            }

            @Override
            public FileQuery inactiveFiles() {
                throw new UnsupportedOperationException("not asked by the policy");
            }
        };
        p.validation = (sourceId, at) -> new ValidationStanding.ValidationFacts(validatedAt,
                validatedAt.map(v -> v.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1)), false);
        p.categories = (sourceId, on) -> new SourceCategories.CategoryFacts(Set.of(), OptionalInt.empty());
        Rules rules = new Rules() {
            @Override
            public RuleProfile current() {
                return RuleProfiles.UK;
            }
        };
        RecordedAuthorisationStanding standing = new RecordedAuthorisationStanding();
        setField(standing, "store", store);
        setField(standing, "rules", rules);
        p.authorisation = standing;
        p.rules = rules;
        p.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        p.auditLog = new AuditLog() {
            @Override
            public void refused(String action, String objectType, String objectId, String label) {
            }
        };
        return p;
    }

    private static void setField(Object target, String name, Object value) {
        try {
            var f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String refusedRule(SourcePolicy p, GuardedAction action) {
        return assertThrows(RuleViolation.class, () -> p.require(action, "s1", Circumstances.NONE, null)).rule();
    }

    @Test
    void noAuthorisationWithoutAnInitialValidation() {
        assertEquals("validation.initial", refusedRule(policy(), GuardedAction.AUTHORISE));
        assertEquals("validation.initial", refusedRule(policy(), GuardedAction.GRANT_OIA));
    }

    @Test
    void onceValidatedAGrantMakesTheSourceAuthorisedUntilItsComputedEnd() {
        validatedAt = Optional.of(NOW.minus(Duration.ofDays(10)));
        SourcePolicy p = policy();
        assertDoesNotThrow(() -> p.require(GuardedAction.AUTHORISE, "s1", Circumstances.NONE, null));
        assertEquals("authorisation.current", refusedRule(p, GuardedAction.GRANT_OIA));

        Authorisation a = new Authorisation("a1", "s1", AuthorisationKind.STANDARD, 1, NOW.minusSeconds(60), "officer");
        a.granted(NOW, "authoriser", false, NOW, AuthorisationClocks.endsAt(AuthorisationKind.STANDARD, false, NOW,
                RuleProfiles.UK));
        store.authorisations.add(a);
        assertEquals("instructions.acknowledged", refusedRule(p, GuardedAction.GRANT_OIA));

        store.instructions.add(NOW);
        assertDoesNotThrow(() -> p.require(GuardedAction.GRANT_OIA, "s1", Circumstances.NONE, null));
        assertEquals(Optional.of(a.endsAt()), p.facts("s1", now).authorisation().currentUntil());

        now = a.endsAt().minusNanos(1000);
        // the periodic validation (a year after it) and the instructions (a year) also lapse near the end:
        // the authorisation is still current the instant before its end
        assertEquals(Optional.of(a.endsAt()), p.facts("s1", now).authorisation().currentUntil());
        now = a.endsAt();
        assertEquals(Optional.empty(), p.facts("s1", now).authorisation().currentUntil());
        assertThrows(RuleViolation.class, () -> p.require(GuardedAction.GRANT_OIA, "s1", Circumstances.NONE, null));
    }
}
