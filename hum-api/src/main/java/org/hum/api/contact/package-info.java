/**
 * Contact reports (docs/domain.md, "Contact reports"): reports and their versions, drafts
 * saved as the officer types, the source's risk assessment and the welfare alerts to controllers.
 */
package org.hum.api.contact;
