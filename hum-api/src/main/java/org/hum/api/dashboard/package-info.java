/** The dashboards' due and overdue lists. */
package org.hum.api.dashboard;
