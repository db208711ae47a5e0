/**
 * MicroProfile Health checks, served by Payara at the server's root: {@code /health/ready}
 * (the database answers, the keys are open) and {@code /health/live} (no thread of the server
 * is deadlocked). They answer with the check's name and state only, never a name, id or
 * address; {@code /hum/api/health} stays as it is (docs/operations.md, "Health").
 */
package org.hum.web.health;
