package org.hum.api.keys;

import java.util.List;
import java.util.Map;

/**
 * The state of the key hierarchy: the key-encryption keys, the one new wraps use, and how
 * many data keys are in each state ({@code ACTIVE}, {@code RETIRED}, {@code DESTROYED}) and
 * under each key-encryption key ({@code wrappedBy:kek-N}).
 */
public record KeyStatus(String currentKek, List<String> keks, Map<String, Long> dataKeys) {
}
