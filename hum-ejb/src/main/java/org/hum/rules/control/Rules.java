package org.hum.rules.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hum.rules.entity.RuleProfileSetting;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The deployment's rule profile: the one every clock and hard stop reads. It is a stored
 * setting ({@code rule_profile_setting}): at first start it takes the profile configured by
 * {@code hum.rules.profile} (US_FEDERAL or UK) with its shipped figures; from then on an
 * administrator chooses and tunes it ({@code RuleProfileAdministration}).
 *
 * <p>The profile is cached, tagged with a generation that every change bumps when its
 * transaction completes: a copy loaded before a change committed carries the old generation
 * and is never served after it, so every feature sees a change on its very next request.
 */
@ApplicationScoped
public class Rules {
    @Inject
    @ConfigProperty(name = "hum.rules.profile", defaultValue = "US_FEDERAL")
    String configured;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    private record Cached(long generation, RuleProfile profile) {
    }

    public RuleProfile current() {
        long g = generation.get(); // read before loading: a change committing meanwhile makes this copy stale
        Cached c = cached;
        if (c != null && c.generation() == g) {
            return c.profile();
        }
        RuleProfile loaded = load();
        cached = new Cached(g, loaded);
        return loaded;
    }

    /** The profile the configuration names, with its shipped figures: what the first start stores. */
    public RuleProfile configured() {
        return RuleProfiles.shipped(configured).orElseThrow(() -> new IllegalStateException(
                "hum.rules.profile names no shipped profile (" + RuleProfileTuning.choices() + ")"));
    }

    private RuleProfile load() {
        RuleProfileSetting setting = em.find(RuleProfileSetting.class, RuleProfileSetting.DEPLOYMENT);
        return setting == null ? configured() : RuleProfileCodec.parse(setting.profileId(), setting.figures());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RuleProfileChanged change) {
        invalidate();
    }

    /** Drops the cached copy: the next read loads the stored profile. */
    public void invalidate() {
        generation.incrementAndGet();
        cached = null;
    }
}
