package org.hum.rules.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What the validation feature knows of a source, as the policy needs it. */
public interface ValidationStanding {

    ValidationFacts of(String sourceId, Instant now);

    /**
     * @param initialConcludedAt          when an initial validation was concluded with the source found suitable; empty: none yet
     * @param nextValidationDue           the day by which the next periodic validation is due; empty: no validation yet
     * @param enhancedReviewOutstanding   continuous use passed the profile's threshold and no enhanced review followed
     */
    record ValidationFacts(Optional<Instant> initialConcludedAt, Optional<LocalDate> nextValidationDue,
                           boolean enhancedReviewOutstanding) {
    }
}
