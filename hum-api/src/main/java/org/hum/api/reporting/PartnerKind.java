package org.hum.api.reporting;

/** The kinds of partner agency a report may be released to. */
public enum PartnerKind {
    FEDERAL, STATE, TERRITORIAL, LOCAL, TRIBAL
}
