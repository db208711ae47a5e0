package org.hum.api.authorisation;

import java.time.Instant;

/** Instructions given before a witness and acknowledged; they hold until {@code currentUntil} (computed). */
public record InstructionsView(String id, Instant givenAt, String givenBy, String witness, Instant currentUntil) {
}
