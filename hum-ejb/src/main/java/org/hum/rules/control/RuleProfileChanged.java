package org.hum.rules.control;

/**
 * Fired when an administrator chooses or tunes the deployment's rule profile; {@link Rules}
 * drops its cached copy when the changing transaction completes, so the very next request
 * reads the new figures.
 */
public record RuleProfileChanged(String profileId) {
}
