-- A dashboard's due lists are read a page at a time in their order (due day, kind, object), so a
-- page reads its own lines, not every line due in the window (docs/performance.md, "Statements per
-- request"). The day-only index is a prefix of this one.
ALTER TABLE due_item ADD INDEX ix_due_item_order (due_on, kind, object_id), DROP INDEX ix_due_item_due;
