-- Push delivery of releases and recalls (docs/domain.md, "The partner exchange"): a transactional
-- outbox. A row is written in the release's or recall's own transaction for each organisation
-- with a push address, and delivered after commit by one worker, with retries and back-off.
-- delivery_id is sent with every attempt, so a partner can drop a duplicate.

CREATE TABLE partner_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id      CHAR(36)      NOT NULL,
    partner_org_id   CHAR(36)      NOT NULL,
    partner_entry_id BIGINT        NOT NULL,
    -- whose release or withdrawal it carries: the actor of its dissemination-log rows
    actor_id         CHAR(36)      NOT NULL,
    -- PENDING until a 2xx answer; DELIVERED after it
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    -- when it may next be tried: after a failure, the back-off; while an attempt runs, its lease
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    last_outcome     VARCHAR(200)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    delivered_at     TIMESTAMP(6)  NULL,
    UNIQUE KEY uq_partner_outbox_delivery (delivery_id),
    UNIQUE KEY uq_partner_outbox_entry (partner_entry_id),
    INDEX ix_partner_outbox_due (status, next_attempt_at),
    CONSTRAINT fk_partner_outbox_org FOREIGN KEY (partner_org_id) REFERENCES partner_org (id),
    CONSTRAINT fk_partner_outbox_entry FOREIGN KEY (partner_entry_id) REFERENCES partner_entry (id),
    CONSTRAINT fk_partner_outbox_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE=InnoDB;

GRANT SELECT, INSERT ON partner_outbox TO ${appAccount};
GRANT UPDATE (status, attempts, next_attempt_at, last_outcome, delivered_at) ON partner_outbox TO ${appAccount};
