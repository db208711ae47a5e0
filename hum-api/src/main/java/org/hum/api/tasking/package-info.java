/** Intelligence requirements and taskings (issue 5). */
package org.hum.api.tasking;
