package org.hum.rules.control.unrecorded;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.rules.control.AuthorisationStanding;

import java.time.Instant;
import java.util.Optional;

/** No authorisation feature yet: no source is authorised or instructed. */
@ApplicationScoped
public class UnrecordedAuthorisation implements AuthorisationStanding {
    @Override
    public AuthorisationFacts of(String sourceId, Instant now) {
        return new AuthorisationFacts(Optional.empty(), Optional.empty());
    }
}
