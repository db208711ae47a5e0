/**
 * Payments and benefits, their approval by tiers, and the append-only payments ledger
 * (docs/domain.md, "Payments and benefits").
 */
package org.hum.api.payment;
