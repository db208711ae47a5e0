package org.hum.api.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The particulars of a source file beyond its true identity (docs/domain.md, "The source file"),
 * as given at registration. Every field is optional. The identifying and sensitive ones
 * (other identities, documents, photo, verification steps, recruitment circumstances,
 * employer, occupation, nationality, immigration benefit, other agencies, motivation notes,
 * access, security and welfare) are stored only encrypted and shown only to holders of the
 * true-identity grant; the flags, dates and fixed lists are seen by everyone who sees the file.
 *
 * @param photo          a small JPEG or PNG, base64 (at most 40 KiB once decoded)
 * @param motivations    names of {@link Motivation}
 * @param accessKind     DIRECT or INDIRECT
 * @param specialCategories names of the declared {@link SpecialCategory} values (not JUVENILE or LONG_TERM)
 * @param codeNames      a code name in each further unit; unique within a unit
 * @param promises       promises or benefits already made; more can be added later
 */
public record Particulars(
        @Size(max = 10, message = "must list at most 10 other identities")
        List<@Size(min = 1, max = 200, message = "must be 1 to 200 characters") String> otherIdentities,

        @Size(max = 10, message = "must list at most 10 documents")
        List<@Valid IdentityDocument> identityDocuments,

        @Size(max = 60_000, message = "is too large: a photo must be at most 40 KiB")
        String photo,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String existenceVerification,

        @PastOrPresent(message = "must not be in the future")
        LocalDate recruitedOn,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String recruitmentCircumstances,

        @Size(max = 200, message = "must be at most 200 characters")
        String employer,

        @Size(max = 200, message = "must be at most 200 characters")
        String occupation,

        Boolean dutyToReport,

        @Size(max = 100, message = "must be at most 100 characters")
        String nationality,

        Boolean foreignNational,

        @Size(max = 1000, message = "must be at most 1000 characters")
        String immigrationBenefit,

        LocalDate immigrationBenefitExpires,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String agencyRelationships,

        @Size(max = 10, message = "must list at most 10 motivations")
        List<@Size(max = 32, message = "must be at most 32 characters") String> motivations,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String motivationNotes,

        @Pattern(regexp = "DIRECT|INDIRECT", message = "must be DIRECT or INDIRECT")
        String accessKind,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String access,

        @Size(max = 4000, message = "must be at most 4000 characters")
        String securityWelfare,

        @Size(max = 10, message = "must list at most 10 categories")
        List<@Size(max = 32, message = "must be at most 32 characters") String> specialCategories,

        @Size(max = 10, message = "must list at most 10 code names")
        List<@Valid UnitCodeName> codeNames,

        @Size(max = 20, message = "must list at most 20 promises")
        List<@Valid NewPromise> promises) {
    /** A photo is at most this large (decoded); a larger one is refused. */
    public static final int PHOTO_MAX_BYTES = 40 * 1024;

    public static Particulars none() {
        return new Particulars(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** Never print the particulars. */
    @Override
    public String toString() {
        return "Particulars[***]";
    }
}
