-- Key lifecycle. The wrapped data keys move to their own schema (${keysSchema}), reached only
-- through their own account (${keysAccount}): the application's data account cannot read them,
-- so a dump of the data schema alone reveals nothing.
--
-- A data key is ACTIVE (current for its file), RETIRED (replaced by a newer version, kept until
-- no field uses it) or DESTROYED (crypto-shredded: the wrapped key is erased, the row remains as
-- the record that it existed).

CREATE TABLE ${keysSchema}.data_key (
    id           CHAR(36)       NOT NULL,
    version      INT            NOT NULL,
    kek_id       VARCHAR(32)    NULL,
    wrapped      VARBINARY(128) NULL,
    state        VARCHAR(16)    NOT NULL DEFAULT 'ACTIVE',
    created_at   TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    retired_at   TIMESTAMP(6)   NULL,
    destroyed_at TIMESTAMP(6)   NULL,
    PRIMARY KEY (id, version),
    INDEX ix_data_key_kek (kek_id)
) ENGINE=InnoDB;

INSERT INTO ${keysSchema}.data_key (id, version, kek_id, wrapped, state, created_at)
    SELECT id, version, kek_id, wrapped, 'ACTIVE', created_at FROM data_key;

ALTER TABLE source DROP FOREIGN KEY fk_source_data_key;
DROP TABLE data_key;

GRANT SELECT, INSERT, UPDATE ON ${keysSchema}.data_key TO ${keysAccount};

-- A destroyed file keeps its row (so references and the trail stay whole) but no key can read it.
ALTER TABLE source ADD COLUMN destroyed_at TIMESTAMP(6) NULL;

-- Only what re-encryption and destruction change: never the code name, compartment or label.
GRANT UPDATE (dek_version, true_name, date_of_birth, phone_number, destroyed_at) ON source TO ${appAccount};

-- Background key work and its progress, visible to administrators.
CREATE TABLE key_job (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    kind         VARCHAR(24)  NOT NULL,
    subject_id   CHAR(36)     NULL,
    state        VARCHAR(16)  NOT NULL,
    total        INT          NOT NULL,
    done         INT          NOT NULL DEFAULT 0,
    requested_by CHAR(36)     NOT NULL,
    requested_at TIMESTAMP(6) NOT NULL,
    finished_at  TIMESTAMP(6) NULL,
    detail       VARCHAR(255) NULL
) ENGINE=InnoDB;

GRANT SELECT, INSERT, UPDATE ON key_job TO ${appAccount};
