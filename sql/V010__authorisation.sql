-- Authorisations and their clocks (docs/domain.md, "Lifecycle" 4-5, "Otherwise illegal activity (OIA) / criminal conduct authorisation").
-- Free text (necessity, proportionality, tasks, collateral intrusion, confidential information,
-- reasons, reviews, OIA conduct) is stored only as FieldCipher envelopes under the source's
-- data key, bound to table, column and row. Every due date is computed from the rule profile;
-- the stored instants (term start and end) are computed at grant or renewal, never typed.

CREATE TABLE authorisation (
    id                    CHAR(36)        NOT NULL PRIMARY KEY,
    source_id             CHAR(36)        NOT NULL,
    kind                  VARCHAR(16)     NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    dek_version           INT             NOT NULL,
    necessity             BLOB            NOT NULL,
    proportionality       BLOB            NOT NULL,
    tasks                 BLOB            NOT NULL,
    collateral_intrusion  BLOB            NOT NULL,
    confidential_info     BLOB            NOT NULL,
    applied_at            TIMESTAMP(6)    NOT NULL,
    applied_by            CHAR(36)        NOT NULL,
    decided_at            TIMESTAMP(6)    NULL,
    decided_by            CHAR(36)        NULL,
    decision_reason       BLOB            NULL,
    risks_explained       BOOLEAN         NOT NULL DEFAULT FALSE,
    juvenile              BOOLEAN         NOT NULL DEFAULT FALSE,
    term_started_at       TIMESTAMP(6)    NULL,
    ends_at               TIMESTAMP(6)    NULL,
    renewals              INT             NOT NULL DEFAULT 0,
    cancelled_at          TIMESTAMP(6)    NULL,
    cancelled_by          CHAR(36)        NULL,
    cancel_reason         BLOB            NULL,
    INDEX ix_authorisation_source (source_id, status),
    INDEX ix_authorisation_status (status, ends_at),
    CONSTRAINT fk_authorisation_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_authorisation_applied_by FOREIGN KEY (applied_by) REFERENCES app_user (id),
    CONSTRAINT fk_authorisation_decided_by FOREIGN KEY (decided_by) REFERENCES app_user (id),
    CONSTRAINT fk_authorisation_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Reviews of an authorisation: use made, tasks given, information obtained (append-only).
CREATE TABLE authorisation_review (
    id                   CHAR(36)        NOT NULL PRIMARY KEY,
    authorisation_id     CHAR(36)        NOT NULL,
    dek_version          INT             NOT NULL,
    reviewed_at          TIMESTAMP(6)    NOT NULL,
    reviewed_by          CHAR(36)        NOT NULL,
    use_made             BLOB            NOT NULL,
    tasks_given          BLOB            NOT NULL,
    information_obtained BLOB            NOT NULL,
    INDEX ix_authorisation_review (authorisation_id, reviewed_at),
    CONSTRAINT fk_authorisation_review_authorisation FOREIGN KEY (authorisation_id) REFERENCES authorisation (id),
    CONSTRAINT fk_authorisation_review_user FOREIGN KEY (reviewed_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Otherwise-illegal-activity authorisations: specific, prospective, at most oiaMaxDays.
CREATE TABLE oia_authorisation (
    id                 CHAR(36)        NOT NULL PRIMARY KEY,
    source_id          CHAR(36)        NOT NULL,
    status             VARCHAR(16)     NOT NULL,
    dek_version        INT             NOT NULL,
    conduct            BLOB            NOT NULL,
    starts_on          DATE            NOT NULL,
    ends_on            DATE            NOT NULL,
    granted_at         TIMESTAMP(6)    NOT NULL,
    granted_by         CHAR(36)        NOT NULL,
    acknowledged_at    TIMESTAMP(6)    NULL,
    ack_recorded_by    CHAR(36)        NULL,
    ack_witness        CHAR(36)        NULL,
    ended_at           TIMESTAMP(6)    NULL,
    ended_by           CHAR(36)        NULL,
    end_reason         BLOB            NULL,
    INDEX ix_oia_source (source_id, status),
    CONSTRAINT fk_oia_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_oia_granted_by FOREIGN KEY (granted_by) REFERENCES app_user (id),
    CONSTRAINT fk_oia_ack_recorded_by FOREIGN KEY (ack_recorded_by) REFERENCES app_user (id),
    CONSTRAINT fk_oia_ack_witness FOREIGN KEY (ack_witness) REFERENCES app_user (id),
    CONSTRAINT fk_oia_ended_by FOREIGN KEY (ended_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- A notification owed to the oversight body (UK: a Judicial Commissioner) after a grant,
-- cancellation or revocation of an OIA authorisation; due_on is computed.
CREATE TABLE oia_notification (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    oia_id      CHAR(36)     NOT NULL,
    occasion    VARCHAR(16)  NOT NULL,
    due_on      DATE         NOT NULL,
    notified_at TIMESTAMP(6) NULL,
    notified_by CHAR(36)     NULL,
    INDEX ix_oia_notification_oia (oia_id),
    CONSTRAINT fk_oia_notification_oia FOREIGN KEY (oia_id) REFERENCES oia_authorisation (id),
    CONSTRAINT fk_oia_notification_user FOREIGN KEY (notified_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- Instructions given to a source before a witness and acknowledged by it (append-only).
CREATE TABLE source_instructions (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    source_id       CHAR(36)     NOT NULL,
    given_at        TIMESTAMP(6) NOT NULL,
    given_by        CHAR(36)     NOT NULL,
    witness         CHAR(36)     NOT NULL,
    INDEX ix_source_instructions (source_id, given_at),
    CONSTRAINT fk_source_instructions_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_source_instructions_given_by FOREIGN KEY (given_by) REFERENCES app_user (id),
    CONSTRAINT fk_source_instructions_witness FOREIGN KEY (witness) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- UPDATE on authorisation and oia_authorisation: decision, renewal, cancellation, acknowledgment, revocation.
GRANT SELECT, INSERT, UPDATE ON authorisation TO ${appAccount};
GRANT SELECT, INSERT ON authorisation_review TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON oia_authorisation TO ${appAccount};
-- UPDATE on the notification: when it was made, and by whom.
GRANT SELECT, INSERT, UPDATE ON oia_notification TO ${appAccount};
GRANT SELECT, INSERT ON source_instructions TO ${appAccount};
