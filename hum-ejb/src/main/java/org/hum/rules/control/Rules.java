package org.hum.rules.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's rule profile: the one every clock and hard stop reads. Chosen by
 * {@code hum.rules.profile} (US_FEDERAL or UK).
 */
@ApplicationScoped
public class Rules {
    @Inject
    @ConfigProperty(name = "hum.rules.profile", defaultValue = "US_FEDERAL")
    String configured;

    public RuleProfile current() {
        return RuleProfiles.shipped(configured).orElseThrow(() -> new IllegalStateException(
                "hum.rules.profile names no shipped profile (US_FEDERAL or UK)"));
    }
}
