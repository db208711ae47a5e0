/**
 * Request metrics for Payara's {@code /metrics} (application scope): a timer per route
 * template, HTTP method and status, never a path as called, so no id, code name or user name
 * ever becomes a metric's name or tag (docs/operations.md, "Metrics").
 */
package org.hum.web.metrics;
