-- An organisation's first read of each release or recall is remembered by the way it was read
-- (the portal, a CMS download, the feed, TAXII), so each way's first read is a READ row of the
-- dissemination log (docs/domain.md, "The partner exchange"): a recall pulled over TAXII and then
-- read in the feed shows both. The reads so far were all first reads of some way: they stay as PORTAL.
ALTER TABLE partner_read
    ADD COLUMN way VARCHAR(8) NOT NULL DEFAULT 'PORTAL' AFTER partner_entry_id,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (partner_entry_id, way);
