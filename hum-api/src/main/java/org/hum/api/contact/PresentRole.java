package org.hum.api.contact;

/** The role of someone present at a contact who is not a user of the system. */
public enum PresentRole {
    /** An appropriate adult: required at every contact with a juvenile under the profile's age. */
    APPROPRIATE_ADULT,
    INTERPRETER,
    OTHER
}
