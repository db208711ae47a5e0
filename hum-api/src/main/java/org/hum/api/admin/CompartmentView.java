package org.hum.api.admin;

import java.time.Instant;

/** A compartment: its code, what it is, and when it was created. */
public record CompartmentView(String code, String name, Instant createdAt) {
}
