-- Deconfliction checks state their purpose and rest on the officer's own prospect; every check is
-- referred to the controllers, who release what the officer is told (docs/domain.md, "Deconfliction checks").
-- A check is a deconfliction_referral of origin CHECK: its purpose, the prospect it rests on, and the
-- outcome a controller released (CLEAR or SPEAK_TO_CONTROLLER) with a note for the officer.
ALTER TABLE deconfliction_referral
    ADD COLUMN purpose      VARCHAR(16)  NULL,
    ADD COLUMN prospect_id  CHAR(36)     NULL,
    ADD COLUMN outcome      VARCHAR(24)  NULL,
    ADD COLUMN outcome_note VARCHAR(500) NULL,
    ADD COLUMN released_by  CHAR(36)     NULL,
    ADD COLUMN released_at  TIMESTAMP(6) NULL,
    ADD INDEX ix_deconfliction_referral_requester (requested_by, origin, created_at),
    ADD CONSTRAINT fk_deconfliction_referral_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id),
    ADD CONSTRAINT fk_deconfliction_referral_released_by FOREIGN KEY (released_by) REFERENCES app_user (id);

-- A check refused because its asker had reached the rule profile's deconfliction checks per day:
-- who and when, nothing of what was asked. Read by the compliance reviewers' anomaly list. No foreign
-- key to app_user: the refusal is written in a transaction of its own while the refused check's
-- transaction holds the asker's app_user row locked (the limit's count), and a key check would wait on it.
CREATE TABLE deconfliction_refusal (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    requested_by CHAR(36)     NOT NULL,
    refused_at   TIMESTAMP(6) NOT NULL,
    INDEX ix_deconfliction_refusal_requester (requested_by, refused_at),
    INDEX ix_deconfliction_refusal_at (refused_at)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON deconfliction_refusal TO ${appAccount};
