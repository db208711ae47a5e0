/** Prospects and status drift (DOMAIN.md, "Lifecycle" 1). */
package org.hum.api.prospect;
