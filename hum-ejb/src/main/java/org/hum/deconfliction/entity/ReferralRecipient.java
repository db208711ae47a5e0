package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A controller notified of a referral: it appears in their work list. */
@Entity
@Table(name = "deconfliction_recipient")
@IdClass(ReferralRecipient.Key.class)
public class ReferralRecipient {
    @Id
    @Column(name = "referral_id", length = 36)
    private String referralId;

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    protected ReferralRecipient() {
    }

    public ReferralRecipient(String referralId, String userId) {
        this.referralId = referralId;
        this.userId = userId;
    }

    public String referralId() {
        return referralId;
    }

    public String userId() {
        return userId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String referralId;
        private String userId;

        public Key() {
        }

        public Key(String referralId, String userId) {
            this.referralId = referralId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.referralId, referralId) && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, userId);
        }
    }
}
