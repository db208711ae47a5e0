package org.hum.rules.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.config.control.ActiveScope;
import org.hum.rules.entity.RuleProfileSetting;

import java.util.List;
import java.util.Optional;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The deployment's rule profile: the one every clock and hard stop reads. It is a stored
 * setting ({@code rule_profile_setting}): at first start it takes the profile configured by
 * {@code hum.rules.profile} (US_FEDERAL or UK) with its shipped figures; from then on an
 * administrator chooses and tunes it ({@code RuleProfileAdministration}).
 *
 * <p>The profile is parsed once and kept with the stored text it was parsed from. Each request
 * that reads it first reads that text again (one statement of two short columns, once per
 * request or job run: {@link RuleProfileReads}) and parses anew only when it differs, so a change
 * made on any server instance applies on every other one at its next request, with nothing to
 * invalidate across instances (docs/operations.md, "Two instances"). On the instance that made
 * the change, the kept copy is also dropped when the change's transaction completes.
 */
@ApplicationScoped
public class Rules {
    @Inject
    @ConfigProperty(name = "hum.rules.profile", defaultValue = "US_FEDERAL")
    String configured;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    RuleProfileReads reads;

    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    /** The parsed profile, the stored text it came from (null for none stored), and the local generation. */
    private record Cached(long generation, Stored stored, RuleProfile profile) {
    }

    /** The stored profile's text: its id and figures. */
    public record Stored(String profileId, String figures) {
    }

    /** The stored profile's name in {@code rule_profile_setting}, for {@link #current(Stored)}. */
    public static final String SETTING = RuleProfileSetting.DEPLOYMENT;

    public RuleProfile current() {
        long g = generation.get(); // read before loading: a change committing meanwhile makes this copy stale
        return profileOf(g, stored());
    }

    /**
     * As {@link #current()}, from the stored text ({@code profile_id, figures} of the
     * {@code rule_profile_setting} row named {@link #SETTING}; null where there is none) that the
     * caller read within a statement of its own, so that a request which must read other rows
     * first spends no round trip on the profile (docs/performance.md, "Deconfliction at 1,000,000
     * index rows"). The text is kept as this request's read, as {@link #current()} keeps its own.
     */
    public RuleProfile current(Stored read) {
        long g = generation.get();
        ActiveScope.ifActive(() -> reads.keep(read));
        return profileOf(g, read);
    }

    private RuleProfile profileOf(long g, Stored stored) {
        Cached c = cached;
        if (c != null && c.generation() == g && java.util.Objects.equals(c.stored(), stored)) {
            return c.profile();
        }
        RuleProfile loaded = stored == null ? configured() : RuleProfileCodec.parse(stored.profileId(), stored.figures());
        cached = new Cached(g, stored, loaded);
        return loaded;
    }

    /** The stored profile's text, read once per request (every time outside one). */
    private Stored stored() {
        Optional<Stored> kept = ActiveScope.orNull(reads::kept);
        if (kept != null) {
            return kept.orElse(null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select profile_id, figures from rule_profile_setting where name = ?")
                .setParameter(1, RuleProfileSetting.DEPLOYMENT).getResultList();
        Stored read = rows.isEmpty() ? null : new Stored((String) rows.get(0)[0], (String) rows.get(0)[1]);
        ActiveScope.ifActive(() -> reads.keep(read));
        return read;
    }

    /** The profile the configuration names, with its shipped figures: what the first start stores. */
    public RuleProfile configured() {
        return RuleProfiles.shipped(configured).orElseThrow(() -> new IllegalStateException(
                "hum.rules.profile names no shipped profile (" + RuleProfileTuning.choices() + ")"));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RuleProfileChanged change) {
        invalidate();
    }

    /** Drops the cached copy, and this request's read of the stored text: the next read loads the stored profile. */
    public void invalidate() {
        generation.incrementAndGet();
        cached = null;
        ActiveScope.ifActive(reads::forget);
    }
}
