-- The files the due list found overdue, read from the index alone: the register's overdue filter names
-- them to its statement as a query on the list's lines when they are too many to carry by id
-- (docs/performance.md, "The overdue filter past 5,000 files"). The dashboards' order (V051) keeps its
-- columns first; the file's id is added to the end, so that one index serves both and each run of the
-- list, which replaces every line, maintains no more indexes than before.
ALTER TABLE due_item DROP INDEX ix_due_item_order,
                     ADD INDEX ix_due_item_order (due_on, kind, object_id, source_id);
