-- A prospect can be closed without being registered (docs/domain.md, "Lifecycle" 1: register it or
-- end contact): who closed it and why, from a fixed list (no free text: nothing to encrypt).
ALTER TABLE prospect
    ADD COLUMN closure_reason VARCHAR(24) NULL,
    ADD COLUMN closed_by      CHAR(36)    NULL,
    ADD CONSTRAINT fk_prospect_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id);

GRANT UPDATE (closure_reason, closed_by) ON prospect TO ${appAccount};
