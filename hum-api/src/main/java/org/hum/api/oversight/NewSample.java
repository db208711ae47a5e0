package org.hum.api.oversight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A draw of files for inspection: {@code size} files or {@code percent} of the register (rounded
 * up), exactly one of the two; {@code seed} to reproduce an earlier draw (absent: a new random
 * seed, kept with the sample). The same seed over the same register draws the same files.
 */
public record NewSample(
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
        Integer size,
        @Min(value = 1, message = "must be from 1 to 100") @Max(value = 100, message = "must be from 1 to 100")
        Integer percent,
        Long seed) {
}
