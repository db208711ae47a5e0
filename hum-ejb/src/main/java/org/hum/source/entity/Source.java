package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.hum.access.control.Label;

import java.time.Instant;

/**
 * A source file: a confidential human source as the agency records it. The code name and
 * source number are what everyone with access to the file sees; the true name, date of
 * birth and phone number exist here only as encrypted envelopes, bound to this row and
 * column and to the file's own data key.
 *
 * <p>Entities hold ciphertext only: encryption and decryption happen in
 * {@code SourceProtection}, after the access check (docs/architecture.md, "Enforcement" 3).
 */
@Entity
@Table(name = "source")
@NamedQuery(name = Source.LOCK, query = "select s from Source s where s.id = :id", hints = {
        @QueryHint(name = "eclipselink.pessimistic-lock", value = "Lock"),
        @QueryHint(name = "eclipselink.refresh", value = "TRUE")})
public class Source {
    public static final String ENTITY = "source";
    /**
     * The file's row locked for update and read again as it is now: prepared once, where a locking
     * {@code find} built and prepared its query on every call (half of that read's time in a
     * recording of contact reports; docs/performance.md, "Where a contact report's time goes").
     * The lock is the provider's hint, not the named query's {@code lockMode}: with that, the query
     * was still prepared again on every call.
     */
    public static final String LOCK = "Source.lock";
    public static final String TRUE_NAME = "true_name";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String PHONE_NUMBER = "phone_number";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "source_number", nullable = false, length = 32)
    private String sourceNumber;

    @Column(name = "code_name", nullable = false, length = 64)
    private String codeName;

    @Column(name = "compartment_code", nullable = false, length = 32)
    private String compartment;

    @Column(name = "classification_level", nullable = false)
    private int classificationLevel;

    @Column(name = "dek_id", nullable = false, length = 36)
    private String dekId;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(name = "true_name", nullable = false)
    private byte[] trueName;

    @Column(name = "date_of_birth", nullable = false)
    private byte[] dateOfBirth;

    @Column(name = "phone_number", nullable = false)
    private byte[] phoneNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 36)
    private String registeredBy;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    protected Source() {
    }

    public Source(String id, String sourceNumber, String codeName, String compartment, int classificationLevel,
                  String dekId, int dekVersion, Instant registeredAt, String registeredBy) {
        this.id = id;
        this.sourceNumber = sourceNumber;
        this.codeName = codeName;
        this.compartment = compartment;
        this.classificationLevel = classificationLevel;
        this.dekId = dekId;
        this.dekVersion = dekVersion;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public void protectedIdentity(byte[] trueName, byte[] dateOfBirth, byte[] phoneNumber) {
        this.trueName = trueName;
        this.dateOfBirth = dateOfBirth;
        this.phoneNumber = phoneNumber;
    }

    /** Re-encrypted under a new version of the file's data key (rotation). */
    public void rekeyed(int newDekVersion, byte[] trueName, byte[] dateOfBirth, byte[] phoneNumber) {
        this.dekVersion = newDekVersion;
        protectedIdentity(trueName, dateOfBirth, phoneNumber);
    }

    /** Crypto-shredded: the data key is gone, so the ciphertext left here can never be read again. */
    public void destroyed(Instant when) {
        this.destroyedAt = when;
    }

    public boolean isDestroyed() {
        return destroyedAt != null;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }

    public Label label() {
        return Label.of(classificationLevel, compartment);
    }

    public String id() {
        return id;
    }

    public String sourceNumber() {
        return sourceNumber;
    }

    public String codeName() {
        return codeName;
    }

    public String compartment() {
        return compartment;
    }

    public int classificationLevel() {
        return classificationLevel;
    }

    public String dekId() {
        return dekId;
    }

    public int dekVersion() {
        return dekVersion;
    }

    public byte[] trueName() {
        return trueName;
    }

    public byte[] dateOfBirth() {
        return dateOfBirth;
    }

    public byte[] phoneNumber() {
        return phoneNumber;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
