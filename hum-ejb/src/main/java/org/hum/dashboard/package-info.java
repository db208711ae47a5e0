/**
 * The due and overdue lists (docs/domain.md, "Oversight": "a scheduled job keeps the due and overdue lists
 * current; handlers, controllers and compliance reviewers each see theirs on a dashboard").
 * Every feature contributes its deadlines through {@code DeadlineSource}; the job gathers them
 * into {@code due_item}; a dashboard shows a caller the lines of the files they may see.
 */
package org.hum.dashboard;
