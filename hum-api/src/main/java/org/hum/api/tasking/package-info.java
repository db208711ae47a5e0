/** Intelligence requirements and taskings (docs/domain.md, "Tasking"). */
package org.hum.api.tasking;
