-- Failed logins by client address (docs/architecture.md, "Identity"), kept in the database so
-- that every instance of a deployment counts the same failures: an address gets its free failures
-- once, however many instances it spreads its guesses over. The address is kept only as its
-- SHA-256; rows with no failure for a day are removed once a minute by the job that holds the lease.
CREATE TABLE login_address (
    address_hash BINARY(32)   NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    last_failure TIMESTAMP(6) NOT NULL,
    locked_until TIMESTAMP(6) NULL,
    INDEX ix_login_address_last (last_failure)
) ENGINE=InnoDB;

GRANT SELECT, INSERT, DELETE ON login_address TO ${appAccount};
GRANT UPDATE (failures, last_failure, locked_until) ON login_address TO ${appAccount};
