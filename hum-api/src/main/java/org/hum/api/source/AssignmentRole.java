package org.hum.api.source;

/** Who acts for a source (docs/domain.md, "The source file"); each open assignment carries the true-identity grant. */
public enum AssignmentRole { HANDLER, CO_HANDLER, CONTROLLER, RECORDS_OFFICER }
