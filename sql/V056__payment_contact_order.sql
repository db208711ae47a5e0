-- The payments resting on a contact report version, in request order: a report shows its first
-- twenty and counts the rest to 1,000, each a bounded read of this index whatever the version holds
-- (docs/performance.md, "Payments at a contact"). It replaces the index on the version alone, which
-- the foreign key to contact_report keeps using as its prefix.
ALTER TABLE payment DROP INDEX ix_payment_contact, ADD INDEX ix_payment_contact (contact_report_id, seq);
