package org.hum.api.source;

/** Who acts for a source (DOMAIN.md, "The source file"); each open assignment carries the true-identity grant. */
public enum AssignmentRole { HANDLER, CO_HANDLER, CONTROLLER, RECORDS_OFFICER }
