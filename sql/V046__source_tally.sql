-- Live files per compartment and classification level (docs/performance.md, "At scale"), moved in the
-- same transaction as a registration (+1) and a destruction (-1): the register and the sources list
-- count what a reader may see by summing a few rows, not by counting every file.
CREATE TABLE source_tally (
    compartment_code     VARCHAR(32) NOT NULL,
    classification_level INT         NOT NULL,
    live                 BIGINT      NOT NULL,
    PRIMARY KEY (compartment_code, classification_level),
    CONSTRAINT ck_source_tally_live CHECK (live >= 0)
) ENGINE=InnoDB;

INSERT INTO source_tally (compartment_code, classification_level, live)
SELECT compartment_code, classification_level, COUNT(*) FROM source WHERE destroyed_at IS NULL
GROUP BY compartment_code, classification_level;

GRANT SELECT, INSERT, UPDATE ON source_tally TO ${appAccount};
