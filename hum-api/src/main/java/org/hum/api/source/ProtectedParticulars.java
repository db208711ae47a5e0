package org.hum.api.source;

import java.util.List;

/** The encrypted particulars, decrypted for a holder of the true-identity grant only. */
public record ProtectedParticulars(
        List<String> otherIdentities,
        List<IdentityDocument> identityDocuments,
        String photo,
        String photoType,
        String existenceVerification,
        String recruitmentCircumstances,
        String employer,
        String occupation,
        String nationality,
        String immigrationBenefit,
        String agencyRelationships,
        String motivationNotes,
        String access,
        String securityWelfare) {

    @Override
    public String toString() {
        return "ProtectedParticulars[***]";
    }
}
