package org.hum.deconfliction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** An existing source file that a referral's identifiers matched, and on which identifiers. */
@Entity
@Table(name = "deconfliction_match")
@IdClass(ReferralMatch.Key.class)
public class ReferralMatch {
    @Id
    @Column(name = "referral_id", length = 36)
    private String referralId;

    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    /** Comma-separated {@code BlindIndex.Field} names, such as {@code NAME_DOB,PHONE}. */
    @Column(name = "matched_on", nullable = false, length = 64)
    private String matchedOn;

    protected ReferralMatch() {
    }

    public ReferralMatch(String referralId, String sourceId, String matchedOn) {
        this.referralId = referralId;
        this.sourceId = sourceId;
        this.matchedOn = matchedOn;
    }

    public String referralId() {
        return referralId;
    }

    public String sourceId() {
        return sourceId;
    }

    public String matchedOn() {
        return matchedOn;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String referralId;
        private String sourceId;

        public Key() {
        }

        public Key(String referralId, String sourceId) {
            this.referralId = referralId;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.referralId, referralId) && Objects.equals(k.sourceId, sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, sourceId);
        }
    }
}
