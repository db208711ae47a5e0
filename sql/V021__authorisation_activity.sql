-- What an authorisation allows the source to do (docs/domain.md, "Tasking": a tasking whose limits go
-- beyond the current authorisation needs the authorisation amended first).
-- activities: AuthorisedActivity names, comma-separated, beyond the base set; NULL (every
-- authorisation before this change, and an application naming none) authorises the base set
-- REPORT_OBSERVED and ELICIT_INFORMATION. The application account already updates authorisation (V010).
ALTER TABLE authorisation ADD COLUMN activities VARCHAR(400) NULL;

-- An amendment that adds activities to an authorisation in force: applied for by a case officer
-- or controller, granted by an authorising officer who is not the applicant. The reason is a
-- FieldCipher envelope under the source file's data key. Once granted, the authorisation's
-- activities include these.
CREATE TABLE authorisation_amendment (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    authorisation_id CHAR(36)      NOT NULL,
    source_id        CHAR(36)      NOT NULL,
    activities       VARCHAR(400)  NOT NULL,
    dek_version      INT           NOT NULL,
    reason           BLOB          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    applied_at       TIMESTAMP(6)  NOT NULL,
    applied_by       CHAR(36)      NOT NULL,
    granted_at       TIMESTAMP(6)  NULL,
    granted_by       CHAR(36)      NULL,
    INDEX ix_amendment_authorisation (authorisation_id, applied_at),
    CONSTRAINT fk_amendment_authorisation FOREIGN KEY (authorisation_id) REFERENCES authorisation (id),
    CONSTRAINT fk_amendment_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_amendment_applied_by FOREIGN KEY (applied_by) REFERENCES app_user (id),
    CONSTRAINT fk_amendment_granted_by FOREIGN KEY (granted_by) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON authorisation_amendment TO ${appAccount};
-- The grant, and a rotation of the source's data key (the reason's envelope and its version).
GRANT UPDATE (status, granted_at, granted_by, reason, dek_version) ON authorisation_amendment TO ${appAccount};
