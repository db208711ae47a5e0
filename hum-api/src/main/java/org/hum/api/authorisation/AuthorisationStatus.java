package org.hum.api.authorisation;

/**
 * Where an authorisation stands. A GRANTED one is in force until its computed end;
 * {@code AuthorisationView.inForce} says whether that end has passed.
 */
public enum AuthorisationStatus {
    APPLIED,
    GRANTED,
    REFUSED,
    CANCELLED
}
