/**
 * HUM's core, organised by feature and then by role ({@code boundary}, {@code control},
 * {@code entity}): boundaries are the transaction and security boundary, controls never
 * start a transaction, entities hold what is stored (ciphertext only for identifying
 * particulars).
 */
package org.hum;
