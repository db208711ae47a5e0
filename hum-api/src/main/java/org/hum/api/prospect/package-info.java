/** Prospects and status drift (docs/domain.md, "Lifecycle" 1). */
package org.hum.api.prospect;
