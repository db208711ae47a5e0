package org.hum.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.Compartment;
import org.hum.access.entity.User;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.PasswordHasher;
import org.hum.deconfliction.control.BlindIndexes;
import org.hum.keys.control.DataKeys;
import org.hum.api.source.TrueIdentity;
import org.hum.config.control.HumConfig;
import org.hum.platform.entity.AppState;
import org.hum.source.control.SourceNumbers;
import org.hum.source.control.SourceProtection;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.hum.api.source.AssignmentRole;
import org.hum.api.source.NewPromise;
import org.hum.api.source.Particulars;
import org.hum.prospect.control.Prospects;
import org.hum.source.control.SourceRecords;

/**
 * Demo users and sources for a development installation, loaded once (an {@code app_state}
 * row records it). The demo password comes from configuration (the run command generates
 * one on first start); none is written in the repository. The identities are invented.
 */
@Stateless
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String MARKER = "demo-data-loaded";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    HumConfig config;

    @Inject
    DataKeys dataKeys;

    @Inject
    SourceProtection protection;

    @Inject
    Clock clock;

    @Inject
    BlindIndexes blindIndexes;

    @Inject
    SourceRecords records;

    @Inject
    Prospects prospects;

    public void loadOnce() {
        if (em.find(AppState.class, MARKER) != null) {
            return;
        }
        String password = config.demoPassword().orElseThrow(() -> new IllegalStateException(
                "hum.demo.enabled is true but hum.demo.password is not set"));
        Instant now = clock.instant();
        em.persist(new Compartment("COPPER", "Operation Copper: fentanyl precursors, Nogales port of entry", now));
        em.persist(new Compartment("MESA", "Operation Mesa: pill presses, San Ysidro port of entry", now));
        em.flush();

        String hash = new PasswordHasher().hash(password.toCharArray());
        int sensitive = config.levels().rankOf("SENSITIVE").orElse(0);
        int top = config.levels().names().size() - 1;
        User officer1 = user("officer1", "Dana Officer", hash, "NOGALES-RO", top, Set.of("CASE_OFFICER"), Set.of("COPPER", "MESA"), now);
        User officer2 = user("officer2", "Eli Officer", hash, "SAN-YSIDRO-RO", sensitive, Set.of("CASE_OFFICER"), Set.of("MESA"), now);
        user("controller1", "Casey Controller", hash, "NOGALES-RO", top, Set.of("CONTROLLER"), Set.of("COPPER", "MESA"), now);
        user("authoriser1", "Sam Authoriser", hash, "NOGALES-RO", top, Set.of("AUTHORISING_OFFICER"), Set.of("COPPER", "MESA"), now);
        user("authoriser2", "Kim Authoriser", hash, "SAN-YSIDRO-RO", sensitive, Set.of("AUTHORISING_OFFICER"), Set.of("COPPER", "MESA"), now);
        user("reviewer1", "Robin Reviewer", hash, "COMPLIANCE", top, Set.of("COMPLIANCE_REVIEWER"), Set.of("COPPER", "MESA"), now);
        user("admin1", "Alex Admin", hash, "HQ-IT", 0, Set.of("ADMIN"), Set.of(), now);

        source("KESTREL", "COPPER", sensitive, new TrueIdentity("Mateo Alvarez Ruiz", LocalDate.of(1984, 3, 9), "+52 631 555 0142"), officer1, now);
        source("HERON", "COPPER", sensitive, new TrueIdentity("Lucia Ferrer Gómez", LocalDate.of(1991, 11, 23), "+1 520 555 0199"), officer1, now);
        source("SPARROW", "MESA", sensitive, new TrueIdentity("Ramon Ibarra Solis", LocalDate.of(1977, 6, 2), "+52 664 555 0117"), officer2, now);
        demoProspect(officer1, sensitive, now);
        em.persist(new AppState(MARKER, now.toString()));
        LOG.info("Demo data loaded: users officer1, officer2, controller1, authoriser1, authoriser2, reviewer1, admin1; "
                + "compartments COPPER and MESA; three sources");
    }

    private User user(String username, String name, String hash, String unit, int level, Set<String> roles,
                      Set<String> compartments, Instant now) {
        User u = new User(UUID.randomUUID().toString(), username, name, hash, unit, level, roles, compartments, now);
        em.persist(u);
        em.flush();
        return u;
    }

    private void source(String codeName, String compartment, int level, TrueIdentity identity, User handler, Instant now) {
        DataKey key = dataKeys.create();
        String id = UUID.randomUUID().toString();
        Source s = new Source(id, SourceNumbers.next(), codeName, compartment, level, key.id().toString(),
                key.version(), now, handler.id());
        protection.protect(s, key, identity);
        em.persist(s);
        em.flush();
        em.persist(new IdentityGrant(id, handler.id(), IdentityGrant.GrantRole.HANDLER, now, handler.id()));
        em.flush();
        blindIndexes.indexSource(id, identity);
        // invented, non-identifying particulars (docs/domain.md, "The source file")
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        records.record(s, key, demoParticulars(codeName, today), handler.id(), now);
        records.assign(s, handler, AssignmentRole.HANDLER, today.minusMonths(8), handler.id(), now);
    }

    private static Particulars demoParticulars(String codeName, LocalDate today) {
        boolean kestrel = "KESTREL".equals(codeName);
        boolean heron = "HERON".equals(codeName);
        return new Particulars(
                null, null, null,
                "Met twice in person; identity document seen and checked against the issuing registry",
                today.minusMonths(8),
                kestrel ? "Approached the port team after a family member was threatened by a local cell"
                        : heron ? "Walk-in at the port of entry, referred by a customs supervisor"
                        : "Introduced by an existing source in the Tijuana logistics trade",
                kestrel ? "Freight forwarding company" : heron ? "Commercial customs brokerage" : "Pill-press parts wholesaler",
                kestrel ? "Dispatcher" : heron ? "Customs broker's clerk" : "Warehouse supervisor",
                heron, // a customs broker's clerk already has a duty to report what they see at work
                kestrel ? "Mexican" : heron ? "United States" : "Mexican",
                !heron,
                kestrel ? "Significant public benefit parole, sponsored by the agency" : null,
                kestrel ? today.plusMonths(5) : null,
                null,
                kestrel ? java.util.List.of("MONEY", "REVENGE") : heron ? java.util.List.of("CIVIC_DUTY") : java.util.List.of("MONEY"),
                null,
                heron ? "INDIRECT" : "DIRECT",
                kestrel ? "Dispatch schedules of precursor shipments through the Nogales crossing"
                        : heron ? "Hearsay on broker filings" : "Orders for pill-press dies",
                "Meets only at agency premises; no known threats",
                java.util.List.of(),
                null,
                kestrel ? java.util.List.of(new NewPromise("US Attorney, District of Arizona",
                        today.minusMonths(7), "Letter to the court about cooperation, if asked")) : null);
    }

    private void demoProspect(User officer, int level, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        var p = prospects.create("Truck driver at the Mariposa lot", "COPPER", level, officer.id(), now);
        prospects.contact(p, today.minusDays(20), "MEETING", "Offered to talk about loads waiting at the lot", officer.id(), now);
        prospects.contact(p, today.minusDays(6), "CALL", "Called back; wants to meet again", officer.id(), now);
    }
}
