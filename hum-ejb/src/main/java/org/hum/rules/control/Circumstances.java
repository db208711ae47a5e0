package org.hum.rules.control;

/**
 * What the request itself says that a rule depends on.
 *
 * @param appropriateAdultPresent a contact report names an appropriate adult among those present
 */
public record Circumstances(boolean appropriateAdultPresent) {
    public static final Circumstances NONE = new Circumstances(false);

    public static Circumstances contact(boolean appropriateAdultPresent) {
        return new Circumstances(appropriateAdultPresent);
    }
}
