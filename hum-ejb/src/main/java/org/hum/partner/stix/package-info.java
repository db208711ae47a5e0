/**
 * STIX 2.1 for the partner exchange: deterministic identifiers ({@link org.hum.partner.stix.StixIds}),
 * the TLP 2.0 marking definitions the OASIS CTI TC published ({@link org.hum.partner.stix.TlpMarkings}),
 * a released report version as STIX objects and bundles ({@link org.hum.partner.stix.StixReports},
 * {@link org.hum.partner.stix.StixBundleWriter}) and a checker of the specification's normative rules
 * ({@link org.hum.partner.stix.StixValidator}). Pure Java over JSON-P: no CDI, no database.
 */
package org.hum.partner.stix;
