package org.hum.api.payment;

/** What a payment would depend on: it may depend on nothing (a payment contingent on a conviction or a seizure is refused). */
public enum Contingency {
    NONE, CONVICTION, SEIZURE
}
