package org.hum.authorisation.control;

import org.hum.source.control.SourceFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.OiaNotification;
import org.hum.rules.control.Deadline;
import org.hum.rules.control.DeadlineSource;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.source.entity.Source;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hum.api.source.SourceStatus;

import org.hum.rules.control.SourceStanding;

/**
 * The due dates of this feature, all computed: AUTHORISATION_REVIEW_DUE and
 * AUTHORISATION_EXPIRES (the renewal) for each authorisation in force, OIA_EXPIRES and
 * OIA_NOTIFICATION_DUE for the OIA authorisations, INSTRUCTIONS_DUE for every source with an
 * authorisation in force or instructions on record. A source that is not active has none of
 * these: an authorisation still in force gives AUTHORISATION_CANCELLATION_DUE from the day it
 * was deactivated. Destroyed files have none.
 */
@ApplicationScoped
public class AuthorisationDeadlines implements DeadlineSource {
    public static final String REVIEW_DUE = "AUTHORISATION_REVIEW_DUE";
    public static final String EXPIRES = "AUTHORISATION_EXPIRES";
    public static final String OIA_NOTIFICATION_DUE = "OIA_NOTIFICATION_DUE";
    public static final String OIA_EXPIRES = "OIA_EXPIRES";
    public static final String INSTRUCTIONS_DUE = "INSTRUCTIONS_DUE";
    /** A source no longer active whose authorisation is still in force: cancel it (docs/domain.md, "Lifecycle" 4). */
    public static final String CANCELLATION_DUE = "AUTHORISATION_CANCELLATION_DUE";
    /** Every kind of line this feature gives. */
    private static final Set<String> KINDS = Set.of(REVIEW_DUE, EXPIRES, OIA_NOTIFICATION_DUE, OIA_EXPIRES, INSTRUCTIONS_DUE,
            CANCELLATION_DUE);

    @Inject
    SourceStanding standing;

    @Inject
    AuthorisationStore store;

    @Inject
    SourceFiles files;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Override
    public boolean gives(String kind) {
        return KINDS.contains(kind);
    }

    @Override
    public List<Deadline> deadlines(LocalDate today) {
        return deadlines(today, store.granted(), store.oiaGranted(), store.notificationsOutstanding(),
                store.lastInstructionsPerSource(), id -> true);
    }

    @Override
    public List<Deadline> deadlinesOf(LocalDate today, Set<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return deadlines(today, store.granted(sourceIds), store.oiaGrantedOf(sourceIds), store.notificationsOutstandingOf(sourceIds),
                store.lastInstructionsPerSource(sourceIds), sourceIds::contains);
    }

    private List<Deadline> deadlines(LocalDate today, List<Authorisation> granted, List<OiaAuthorisation> oiaGranted,
                                     List<OiaNotification> notifications, List<Object[]> instructions,
                                     java.util.function.Predicate<String> wanted) {
        RuleProfile profile = rules.current();
        Instant now = clock.instant();
        Map<String, Optional<Source>> sources = new HashMap<>();
        List<Deadline> out = new ArrayList<>();
        Map<String, Instant> authorisedSince = new HashMap<>();
        Map<String, Instant> reviewed = store.lastReviews(granted.stream().filter(a -> wanted.test(a.sourceId()) && a.inForce(now))
                .map(Authorisation::id).toList());
        // every file asked about below, and its standing, read a few hundred at a time, not one statement a file
        Set<String> asked = new HashSet<>();
        granted.stream().filter(a -> a.inForce(now)).forEach(a -> asked.add(a.sourceId()));
        oiaGranted.forEach(o -> asked.add(o.sourceId()));
        instructions.forEach(row -> asked.add((String) row[0]));
        asked.removeIf(wanted.negate());
        Map<String, Source> read = files.unrestricted(asked);
        asked.forEach(id -> sources.put(id, Optional.ofNullable(read.get(id))));
        standing.prefetch(asked);
        for (Authorisation a : granted) {
            if (!a.inForce(now)) {
                continue;
            }
            Source s = source(sources, a.sourceId());
            if (s == null) {
                continue;
            }
            String who = s.codeName();
            SourceStanding.Standing st = standing.of(s.id());
            if (st.status() != SourceStatus.ACTIVE) {
                // reviews and renewal make no sense for a source at rest: the authorisation is no longer needed
                out.add(new Deadline("AUTHORISATION", a.id(), s.id(), CANCELLATION_DUE,
                        who + ": deactivated on " + AuthorisationClocks.day(st.since()) + "; cancel its authorisation",
                        AuthorisationClocks.day(st.since()), s.label()));
                continue;
            }
            authorisedSince.merge(a.sourceId(), a.decidedAt(), (x, y) -> x.isBefore(y) ? x : y);
            AuthorisationClocks.nextReviewDue(a.decidedAt(), Optional.ofNullable(reviewed.get(a.id())), a.endsAt(), a.juvenile(), profile)
                    .ifPresent(due -> out.add(new Deadline("AUTHORISATION", a.id(), s.id(), REVIEW_DUE,
                            who + ": review of the authorisation due", due, s.label())));
            out.add(new Deadline("AUTHORISATION", a.id(), s.id(), EXPIRES,
                    who + ": authorisation ends (" + a.kind() + "); renew or let it lapse",
                    AuthorisationClocks.day(a.endsAt()), s.label()));
        }
        for (OiaAuthorisation o : oiaGranted) {
            Source s = source(sources, o.sourceId());
            if (s == null || today.isAfter(o.endsOn())) {
                continue;
            }
            out.add(new Deadline("OIA", o.id(), s.id(), OIA_EXPIRES,
                    s.codeName() + ": otherwise-illegal-activity authorisation ends", o.endsOn(), s.label()));
        }
        for (OiaNotification n : notifications) {
            Optional<OiaAuthorisation> o = store.oia(n.oiaId()).filter(x -> wanted.test(x.sourceId()));
            Source s = o.map(x -> source(sources, x.sourceId())).orElse(null);
            if (s == null) {
                continue;
            }
            out.add(new Deadline("OIA", o.get().id(), s.id(), OIA_NOTIFICATION_DUE,
                    s.codeName() + ": notify the " + n.occasion().toLowerCase() + " of an OIA authorisation",
                    n.dueOn(), s.label()));
        }
        Map<String, Instant> lastGiven = new HashMap<>();
        for (Object[] row : instructions) {
            lastGiven.put((String) row[0], (Instant) row[1]);
        }
        for (String sourceId : authorisedSince.keySet()) {
            lastGiven.putIfAbsent(sourceId, null);
        }
        for (var e : lastGiven.entrySet()) {
            Source s = source(sources, e.getKey());
            if (s == null || standing.of(s.id()).status() != SourceStatus.ACTIVE) {
                continue; // a source at rest is not instructed again until it is reactivated
            }
            // never given: due from the day the source was authorised; else a year after the last
            LocalDate due = e.getValue() == null
                    ? AuthorisationClocks.day(authorisedSince.get(e.getKey()))
                    : AuthorisationClocks.day(AuthorisationClocks.instructionsCurrentUntil(e.getValue(), profile));
            out.add(new Deadline("SOURCE", s.id(), s.id(), INSTRUCTIONS_DUE,
                    s.codeName() + ": give the instructions again, before a witness", due, s.label()));
        }
        return out;
    }

    private Source source(Map<String, Optional<Source>> cache, String id) {
        return cache.computeIfAbsent(id, files::unrestricted).filter(s -> !s.isDestroyed()).orElse(null);
    }
}
