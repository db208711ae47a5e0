/**
 * What compliance reviewers work with beyond the dashboards (docs/domain.md, "Oversight"): the
 * error register of relevant errors, each with the deadline for reporting it to the oversight body.
 */
package org.hum.api.oversight;
