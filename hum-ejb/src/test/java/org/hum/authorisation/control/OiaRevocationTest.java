package org.hum.authorisation.control;

import org.hum.source.control.SourceFiles;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.OiaNotification;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourceDeactivated;
import org.hum.source.entity.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/domain.md, "Lifecycle" 8: deactivation revokes every OIA authorisation of the source at once. */
class OiaRevocationTest {
    private static final Instant AT = Instant.parse("2027-02-10T15:00:00Z");

    private final List<String> audited = new ArrayList<>();

    private OiaRevocation revocation(FakeAuthorisationStore store, RuleProfile profile) {
        OiaRevocation r = new OiaRevocation();
        r.store = store;
        r.rules = new Rules() {
            @Override
            public RuleProfile current() {
                return profile;
            }
        };
        r.audit = new AuditTrail() {
            @Override
            public void record(String action, String objectType, String objectId, String label, String outcome) {
                audited.add(action + " " + objectId + " " + outcome);
            }
        };
        r.files = new SourceFiles() {
            @Override
            public Optional<Source> unrestricted(String sourceId) {
                return Optional.empty();
            }
        };
        return r;
    }

    private static OiaAuthorisation oia(String id, String source) {
        return new OiaAuthorisation(id, source, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 1),
                Instant.parse("2027-02-01T09:00:00Z"), "authoriser");
    }

    @Test
    void everyOiaOfTheSourceIsRevokedAuditedAndNotifiedInTheUk() {
        FakeAuthorisationStore store = new FakeAuthorisationStore();
        OiaAuthorisation a = oia("o1", "s1");
        OiaAuthorisation b = oia("o2", "s1");
        OiaAuthorisation other = oia("o3", "s2");
        OiaAuthorisation cancelled = oia("o4", "s1");
        cancelled.ended(OiaAuthorisation.CANCELLED, AT.minusSeconds(86400), "authoriser", null);
        store.oia.addAll(List.of(a, b, other, cancelled));

        revocation(store, RuleProfiles.UK).onDeactivation(new SourceDeactivated("s1", AT, false, "controller"));

        assertEquals(OiaAuthorisation.REVOKED, a.status());
        assertEquals(OiaAuthorisation.REVOKED, b.status());
        assertEquals(AT, a.endedAt());
        assertEquals("controller", a.endedBy());
        assertEquals(OiaAuthorisation.GRANTED, other.status(), "another source's OIA is untouched");
        assertEquals(OiaAuthorisation.CANCELLED, cancelled.status(), "an ended OIA stays as it ended");
        assertEquals(List.of("OIA_REVOKED o1 SUCCESS", "OIA_REVOKED o2 SUCCESS"), audited);
        assertEquals(2, store.added.size());
        for (Object n : store.added) {
            OiaNotification notification = (OiaNotification) n;
            assertEquals("REVOCATION", notification.occasion());
            assertEquals(LocalDate.of(2027, 2, 17), notification.dueOn(), "7 days after the revocation");
        }
    }

    @Test
    void theUsProfileOwesNoNotification() {
        FakeAuthorisationStore store = new FakeAuthorisationStore();
        OiaAuthorisation a = oia("o1", "s1");
        store.oia.add(a);
        revocation(store, RuleProfiles.US_FEDERAL).onDeactivation(new SourceDeactivated("s1", AT, true, "controller"));
        assertEquals(OiaAuthorisation.REVOKED, a.status());
        assertTrue(store.added.isEmpty());
        assertEquals(1, audited.size());
    }

    @Test
    void anOiaWhosePeriodHadEndedIsNotRevokedAndOwesNoNotification() {
        FakeAuthorisationStore store = new FakeAuthorisationStore();
        // ended the day before the deactivation; one that ends on the day itself is still in force and is revoked
        OiaAuthorisation expired = new OiaAuthorisation("o1", "s1", 1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 9),
                Instant.parse("2027-01-01T09:00:00Z"), "authoriser");
        OiaAuthorisation lastDay = new OiaAuthorisation("o2", "s1", 1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 10),
                Instant.parse("2027-01-01T09:00:00Z"), "authoriser");
        OiaAuthorisation future = new OiaAuthorisation("o3", "s1", 1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10),
                Instant.parse("2027-02-01T09:00:00Z"), "authoriser");
        store.oia.addAll(List.of(expired, lastDay, future));

        revocation(store, RuleProfiles.UK).onDeactivation(new SourceDeactivated("s1", AT, false, "controller"));

        assertEquals(OiaAuthorisation.GRANTED, expired.status(), "it expired; nothing was left to revoke");
        assertEquals(null, expired.endedAt());
        assertEquals(OiaAuthorisation.REVOKED, lastDay.status());
        assertEquals(OiaAuthorisation.REVOKED, future.status(), "one not yet begun is revoked too");
        assertEquals(List.of("OIA_REVOKED o2 SUCCESS", "OIA_REVOKED o3 SUCCESS"), audited);
        assertEquals(2, store.added.size(), "no notification is owed for the expired one");
    }
}
