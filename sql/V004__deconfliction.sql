-- Deconfliction (docs/domain.md, "Lifecycle" 2): blind indexes of identifiers, and the referrals a hit makes.
-- blind_index.value is HMAC-SHA256 truncated to a few bits (see org.hum.deconfliction.control.BlindIndex):
-- it holds no plaintext, and by design several files share each value.

CREATE TABLE blind_index (
    source_id CHAR(36)     NOT NULL,
    field     VARCHAR(16)  NOT NULL,
    value     VARBINARY(8) NOT NULL,
    PRIMARY KEY (source_id, field),
    INDEX ix_blind_index_lookup (field, value),
    CONSTRAINT fk_blind_index_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- A hit, referred to the controllers of both files; never shown to the case officer who asked.
CREATE TABLE deconfliction_referral (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP(6) NOT NULL,
    origin          VARCHAR(16)  NOT NULL,
    requested_by    CHAR(36)     NOT NULL,
    requesting_unit VARCHAR(64)  NOT NULL,
    new_source_id   CHAR(36)     NULL,
    status          VARCHAR(16)  NOT NULL,
    INDEX ix_deconfliction_referral_created (created_at),
    CONSTRAINT fk_deconfliction_referral_user FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT fk_deconfliction_referral_new_source FOREIGN KEY (new_source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- The existing files a referral matched, and on which identifiers (field names only).
CREATE TABLE deconfliction_match (
    referral_id CHAR(36)    NOT NULL,
    source_id   CHAR(36)    NOT NULL,
    matched_on  VARCHAR(64) NOT NULL,
    PRIMARY KEY (referral_id, source_id),
    CONSTRAINT fk_deconfliction_match_referral FOREIGN KEY (referral_id) REFERENCES deconfliction_referral (id),
    CONSTRAINT fk_deconfliction_match_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB;

-- The controllers notified: the referral is in their work list.
CREATE TABLE deconfliction_recipient (
    referral_id CHAR(36) NOT NULL,
    user_id     CHAR(36) NOT NULL,
    PRIMARY KEY (referral_id, user_id),
    INDEX ix_deconfliction_recipient_user (user_id, referral_id),
    CONSTRAINT fk_deconfliction_recipient_referral FOREIGN KEY (referral_id) REFERENCES deconfliction_referral (id),
    CONSTRAINT fk_deconfliction_recipient_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

-- DELETE on blind_index: destruction is crypto-shredding, which removes a file's index rows too.
GRANT SELECT, INSERT, DELETE ON blind_index TO ${appAccount};
-- UPDATE on the referral: its status, when a controller closes it.
GRANT SELECT, INSERT, UPDATE ON deconfliction_referral TO ${appAccount};
GRANT SELECT, INSERT ON deconfliction_match TO ${appAccount};
GRANT SELECT, INSERT ON deconfliction_recipient TO ${appAccount};
