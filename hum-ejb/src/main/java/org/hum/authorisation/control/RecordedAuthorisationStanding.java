package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.rules.control.AuthorisationStanding;
import org.hum.rules.control.Rules;

import java.time.Instant;

/** What the policy asks of this feature: the authorisation in force and the instructions in force. */
@ApplicationScoped
public class RecordedAuthorisationStanding implements AuthorisationStanding {
    @Inject
    AuthorisationStore store;

    @Inject
    Rules rules;

    @Override
    public AuthorisationFacts of(String sourceId, Instant now) {
        var clocks = store.clocks(sourceId, now);
        var instructions = clocks.lastInstructions()
                .map(given -> AuthorisationClocks.instructionsCurrentUntil(given, rules.current()))
                .filter(now::isBefore);
        return new AuthorisationFacts(clocks.authorisedUntil(), instructions);
    }
}
