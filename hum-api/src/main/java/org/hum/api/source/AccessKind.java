package org.hum.api.source;

/** Whether a source reports what they see themselves, or what others tell them. */
public enum AccessKind { DIRECT, INDIRECT }
