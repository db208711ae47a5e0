package org.hum.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source file's particulars beyond its true identity (docs/domain.md, "The source file"), one row
 * per file. The identifying and sensitive ones exist here only as FieldCipher envelopes under
 * the file's data key, bound to this table, their column and the source id (see
 * {@link #ENCRYPTED}); the flags, dates and fixed lists are plain.
 */
@Entity
@Table(name = "source_particulars")
public class SourceParticulars {
    public static final String ENTITY = "source_particulars";
    public static final String OTHER_IDENTITIES = "other_identities";
    public static final String IDENTITY_DOCUMENTS = "identity_documents";
    public static final String PHOTO = "photo";
    public static final String EXISTENCE_VERIFICATION = "existence_verification";
    public static final String RECRUITMENT_CIRCUMSTANCES = "recruitment_circumstances";
    public static final String EMPLOYER = "employer";
    public static final String OCCUPATION = "occupation";
    public static final String NATIONALITY = "nationality";
    public static final String IMMIGRATION_BENEFIT = "immigration_benefit";
    public static final String AGENCY_RELATIONSHIPS = "agency_relationships";
    public static final String MOTIVATION_NOTES = "motivation_notes";
    public static final String ACCESS_DESCRIPTION = "access_description";
    public static final String SECURITY_WELFARE = "security_welfare";
    /** Every encrypted column: key rotation re-encrypts each, crypto-shredding leaves each unreadable. */
    public static final List<String> ENCRYPTED = List.of(OTHER_IDENTITIES, IDENTITY_DOCUMENTS, PHOTO, EXISTENCE_VERIFICATION, RECRUITMENT_CIRCUMSTANCES, EMPLOYER, OCCUPATION, NATIONALITY, IMMIGRATION_BENEFIT, AGENCY_RELATIONSHIPS, MOTIVATION_NOTES, ACCESS_DESCRIPTION, SECURITY_WELFARE);

    @Id
    @Column(name = "source_id", length = 36)
    private String sourceId;

    @Column(name = "other_identities")
    private byte[] otherIdentities;

    @Column(name = "identity_documents")
    private byte[] identityDocuments;

    @Column(name = "photo")
    private byte[] photo;

    @Column(name = "existence_verification")
    private byte[] existenceVerification;

    @Column(name = "recruitment_circumstances")
    private byte[] recruitmentCircumstances;

    @Column(name = "employer")
    private byte[] employer;

    @Column(name = "occupation")
    private byte[] occupation;

    @Column(name = "nationality")
    private byte[] nationality;

    @Column(name = "immigration_benefit")
    private byte[] immigrationBenefit;

    @Column(name = "agency_relationships")
    private byte[] agencyRelationships;

    @Column(name = "motivation_notes")
    private byte[] motivationNotes;

    @Column(name = "access_description")
    private byte[] accessDescription;

    @Column(name = "security_welfare")
    private byte[] securityWelfare;

    @Column(name = "photo_type", length = 16)
    private String photoType;

    @Column(name = "recruited_on")
    private LocalDate recruitedOn;

    @Column(name = "duty_to_report", nullable = false)
    private boolean dutyToReport;

    @Column(name = "foreign_national", nullable = false)
    private boolean foreignNational;

    @Column(name = "immigration_benefit_expires")
    private LocalDate immigrationBenefitExpires;

    @Column(name = "motivations", length = 255)
    private String motivations;

    @Column(name = "access_kind", length = 16)
    private String accessKind;

    @Column(name = "special_categories", length = 255)
    private String specialCategories;

    protected SourceParticulars() {
    }

    public SourceParticulars(String sourceId, String photoType, LocalDate recruitedOn, boolean dutyToReport,
                             boolean foreignNational, LocalDate immigrationBenefitExpires, String motivations,
                             String accessKind, String specialCategories) {
        this.sourceId = sourceId;
        this.photoType = photoType;
        this.recruitedOn = recruitedOn;
        this.dutyToReport = dutyToReport;
        this.foreignNational = foreignNational;
        this.immigrationBenefitExpires = immigrationBenefitExpires;
        this.motivations = motivations;
        this.accessKind = accessKind;
        this.specialCategories = specialCategories;
    }

    /** The envelope stored in an encrypted column; null when nothing was given. */
    public byte[] envelope(String column) {
        return switch (column) {
            case OTHER_IDENTITIES -> otherIdentities;
            case IDENTITY_DOCUMENTS -> identityDocuments;
            case PHOTO -> photo;
            case EXISTENCE_VERIFICATION -> existenceVerification;
            case RECRUITMENT_CIRCUMSTANCES -> recruitmentCircumstances;
            case EMPLOYER -> employer;
            case OCCUPATION -> occupation;
            case NATIONALITY -> nationality;
            case IMMIGRATION_BENEFIT -> immigrationBenefit;
            case AGENCY_RELATIONSHIPS -> agencyRelationships;
            case MOTIVATION_NOTES -> motivationNotes;
            case ACCESS_DESCRIPTION -> accessDescription;
            case SECURITY_WELFARE -> securityWelfare;
            default -> throw new IllegalArgumentException("not an encrypted column: " + column);
        };
    }

    public void envelope(String column, byte[] value) {
        switch (column) {
            case OTHER_IDENTITIES -> otherIdentities = value;
            case IDENTITY_DOCUMENTS -> identityDocuments = value;
            case PHOTO -> photo = value;
            case EXISTENCE_VERIFICATION -> existenceVerification = value;
            case RECRUITMENT_CIRCUMSTANCES -> recruitmentCircumstances = value;
            case EMPLOYER -> employer = value;
            case OCCUPATION -> occupation = value;
            case NATIONALITY -> nationality = value;
            case IMMIGRATION_BENEFIT -> immigrationBenefit = value;
            case AGENCY_RELATIONSHIPS -> agencyRelationships = value;
            case MOTIVATION_NOTES -> motivationNotes = value;
            case ACCESS_DESCRIPTION -> accessDescription = value;
            case SECURITY_WELFARE -> securityWelfare = value;
            default -> throw new IllegalArgumentException("not an encrypted column: " + column);
        }
    }

    /** The encrypted columns that hold something, in a stable order. */
    public Map<String, byte[]> envelopes() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String c : ENCRYPTED) {
            if (envelope(c) != null) {
                m.put(c, envelope(c));
            }
        }
        return m;
    }

    public String sourceId() {
        return sourceId;
    }

    public String photoType() {
        return photoType;
    }

    public LocalDate recruitedOn() {
        return recruitedOn;
    }

    public boolean dutyToReport() {
        return dutyToReport;
    }

    public boolean foreignNational() {
        return foreignNational;
    }

    public LocalDate immigrationBenefitExpires() {
        return immigrationBenefitExpires;
    }

    public String motivations() {
        return motivations;
    }

    public String accessKind() {
        return accessKind;
    }

    public String specialCategories() {
        return specialCategories;
    }
}
