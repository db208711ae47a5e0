package org.hum.api.reporting;

/** What a dissemination-log row records: a release to a recipient, a partner's read or delivery, or a recall. */
public enum DisseminationAction {
    RELEASE, READ, DELIVERY, RECALL
}
