/** The rule profile's contract: guarded actions and their refusals. */
package org.hum.api.rules;
