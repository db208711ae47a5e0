package org.hum.api.error;

/** One invalid field: its JSON name and what to do about it. Never echoes the value. */
public record FieldError(String field, String message) {
}
