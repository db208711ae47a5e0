-- The deployment's rule profile (docs/domain.md, "Rule profiles"): which shipped profile it follows and
-- the figures an administrator tuned. One row, named 'deployment'; it is written at first start from
-- hum.rules.profile and changed only by an administrator. figures holds every figure of
-- org.hum.rules.control.RuleProfile as key=value lines (ISO-8601 periods, whole numbers, decimals):
-- no secret and no source data.

CREATE TABLE rule_profile_setting (
    name       VARCHAR(32)   NOT NULL PRIMARY KEY,
    profile_id VARCHAR(32)   NOT NULL,
    figures    VARCHAR(4000) NOT NULL,
    changed_at TIMESTAMP(6)  NOT NULL,
    changed_by VARCHAR(64)   NOT NULL
) ENGINE=InnoDB;

-- Every change, with who made it, when, and the figures before and after: append-only.
CREATE TABLE rule_profile_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    changed_at     TIMESTAMP(6)  NOT NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    old_profile_id VARCHAR(32)   NULL,
    old_figures    VARCHAR(4000) NULL,
    new_profile_id VARCHAR(32)   NOT NULL,
    new_figures    VARCHAR(4000) NOT NULL
) ENGINE=InnoDB;

GRANT SELECT, INSERT, UPDATE ON rule_profile_setting TO ${appAccount};
GRANT SELECT, INSERT ON rule_profile_change TO ${appAccount};
