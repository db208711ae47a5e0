package org.hum.api.authorisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification owed to the oversight body (UK: a Judicial Commissioner) after a grant,
 * cancellation or revocation; {@code dueOn} is computed from the profile's oiaNotificationDays.
 */
public record OiaNotificationView(String id, String occasion, LocalDate dueOn, Instant notifiedAt, String notifiedBy) {
}
