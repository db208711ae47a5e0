-- Scheduled jobs run on one server instance at a time: the one that holds the job lease
-- (docs/operations.md, "Two instances"). One lease row; every holding of it is a tenure, and every
-- run of a job under it a job_run, so that who ran what, and that no two instances ran jobs at once,
-- can be read back. Instance names and process ids only: no source data.
CREATE TABLE job_lease (
    name       VARCHAR(32)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(128) NOT NULL,
    tenure_id  BIGINT       NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE job_tenure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holder          VARCHAR(128) NOT NULL,
    previous_holder VARCHAR(128) NOT NULL,
    since           TIMESTAMP(3) NOT NULL,
    renewed_at      TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE job_run (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job       VARCHAR(32)  NOT NULL,
    holder    VARCHAR(128) NOT NULL,
    tenure_id BIGINT       NOT NULL,
    ran_at    TIMESTAMP(3) NOT NULL,
    INDEX ix_job_run_at (ran_at)
) ENGINE=InnoDB;

INSERT INTO job_lease (name, holder, tenure_id, expires_at) VALUES ('jobs', '', 0, '1970-01-02 00:00:00');

GRANT SELECT, UPDATE ON job_lease TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON job_tenure TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON job_run TO ${appAccount};
