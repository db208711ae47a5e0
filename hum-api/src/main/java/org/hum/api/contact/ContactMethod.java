package org.hum.api.contact;

/** How the contact took place. */
public enum ContactMethod {
    MEETING, CALL, MESSAGE, OTHER
}
