-- Retention and destruction (docs/domain.md, "Retention and destruction (step 9)"): a file is
-- destroyed on a two-person request (two_person_request, kind DESTRUCTION: the requester's reason
-- in its payload, the approver's override reason, if any, in its reason). The destruction record
-- keeps both people, both reasons and the day the retention period ended or would have ended;
-- destroyed_by is the approver, who carried it out. Never an identity: user ids and statements.
ALTER TABLE file_destruction
    ADD COLUMN request_id        CHAR(36)     NULL,
    ADD COLUMN requested_by      CHAR(36)     NULL,
    ADD COLUMN requested_at      TIMESTAMP(6) NULL,
    ADD COLUMN retention_ends_on DATE         NULL,
    ADD COLUMN override_reason   VARCHAR(500) NULL,
    ADD CONSTRAINT fk_file_destruction_requester FOREIGN KEY (requested_by) REFERENCES app_user (id);

-- A prospect never registered is destroyed by the scheduled job once the rule profile's
-- intelligenceRetention has passed since its last contact (or its recording): its key is erased,
-- so its working name and contact notes no longer open; this row says when and why.
CREATE TABLE prospect_destruction (
    prospect_id   CHAR(36)     NOT NULL PRIMARY KEY,
    destroyed_at  TIMESTAMP(6) NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    CONSTRAINT fk_prospect_destruction_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON prospect_destruction TO ${appAccount};
