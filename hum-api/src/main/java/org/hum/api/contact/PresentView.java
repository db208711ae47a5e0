package org.hum.api.contact;

/** Someone present: a user (username, no description) or another person (role and description). */
public record PresentView(String username, PresentRole role, String description) {
}
