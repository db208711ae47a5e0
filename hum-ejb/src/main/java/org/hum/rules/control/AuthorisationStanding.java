package org.hum.rules.control;

import java.time.Instant;
import java.util.Optional;

/** What the authorisation feature knows of a source, as the policy needs it. */
public interface AuthorisationStanding {

    AuthorisationFacts of(String sourceId, Instant now);

    /**
     * @param currentUntil             the end of the authorisation in force now; empty: none in force
     * @param instructionsCurrentUntil the instructions acknowledged before a witness hold until then; empty: none in force
     */
    record AuthorisationFacts(Optional<Instant> currentUntil, Optional<Instant> instructionsCurrentUntil) {
    }
}
