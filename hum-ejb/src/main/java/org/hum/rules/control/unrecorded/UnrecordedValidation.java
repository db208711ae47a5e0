package org.hum.rules.control.unrecorded;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.rules.control.ValidationStanding;

import java.time.Instant;
import java.util.Optional;

/** No validation feature yet: no source has been validated. */
@ApplicationScoped
public class UnrecordedValidation implements ValidationStanding {
    @Override
    public ValidationFacts of(String sourceId, Instant now) {
        return new ValidationFacts(Optional.empty(), Optional.empty(), false);
    }
}
