package org.hum.web.source;

import jakarta.servlet.http.Part;
import org.hum.api.error.HumException;
import org.hum.api.source.IdentityDocument;
import org.hum.api.source.NewPromise;
import org.hum.api.source.Particulars;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.UnitCodeName;
import org.hum.web.platform.Inputs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What the registration form holds, and the registration it stands for: the identity, and the
 * particulars (docs/domain.md, "The source file"), all of them optional. A date that does not
 * parse and a photo over the limit are refused here, on their fields; the core checks the rest.
 */
public class RegistrationForm {
    private String codeName;
    private String compartment;
    private String trueName;
    private String dateOfBirth;
    private String phoneNumber;
    private String otherIdentities;
    private String documentType;
    private String documentCountry;
    private String documentNumber;
    private Part photo;
    private String existenceVerification;
    private String recruitedOn;
    private String recruitmentCircumstances;
    private String employer;
    private String occupation;
    private boolean dutyToReport;
    private String nationality;
    private boolean foreignNational;
    private String immigrationBenefit;
    private String immigrationBenefitExpires;
    private String agencyRelationships;
    private List<String> motivations = new ArrayList<>();
    private String motivationNotes;
    private String accessKind;
    private String access;
    private String securityWelfare;
    private List<String> specialCategories = new ArrayList<>();
    private String otherUnit;
    private String otherUnitCodeName;
    private String promiseMadeBy;
    private String promiseMadeOn;
    private String promiseDescription;
    private String prospectId;

    /** The registration the form stands for; a typed value that does not parse is refused on its field. */
    SourceRegistration registration() throws IOException {
        return new SourceRegistration(codeName, compartment, trueName, Inputs.date("dateOfBirth", dateOfBirth), phoneNumber,
                null, particulars(), Inputs.orNull(prospectId));
    }

    private Particulars particulars() throws IOException {
        List<String> aliases = blank(otherIdentities) ? null : otherIdentities.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        List<IdentityDocument> documents = blank(documentNumber) && blank(documentType) ? null
                : List.of(new IdentityDocument(documentType, blank(documentCountry) ? null : documentCountry, documentNumber));
        List<UnitCodeName> codeNames = blank(otherUnit) && blank(otherUnitCodeName) ? null
                : List.of(new UnitCodeName(otherUnit, otherUnitCodeName));
        List<NewPromise> promises = blank(promiseMadeBy) && blank(promiseDescription) ? null
                : List.of(new NewPromise(promiseMadeBy, Inputs.date("promiseMadeOn", promiseMadeOn), promiseDescription));
        return new Particulars(aliases, documents, photo(), existenceVerification,
                Inputs.date("recruitedOn", recruitedOn), recruitmentCircumstances, employer, occupation, dutyToReport, nationality,
                foreignNational, immigrationBenefit, Inputs.date("immigrationBenefitExpires", immigrationBenefitExpires),
                agencyRelationships, motivations.isEmpty() ? null : motivations, motivationNotes,
                blank(accessKind) ? null : accessKind, access, securityWelfare,
                specialCategories.isEmpty() ? null : specialCategories, codeNames, promises);
    }

    /** The photo as base64, or null; one over the limit is refused before it is sent. */
    private String photo() throws IOException {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        if (photo.getSize() > Particulars.PHOTO_MAX_BYTES) {
            throw HumException.invalid("photo", "is " + photo.getSize() / 1024 + " KiB; a photo must be at most "
                    + Particulars.PHOTO_MAX_BYTES / 1024 + " KiB");
        }
        try (InputStream in = photo.getInputStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCodeName() { return codeName; }
    public void setCodeName(String codeName) { this.codeName = codeName; }
    public String getCompartment() { return compartment; }
    public void setCompartment(String compartment) { this.compartment = compartment; }
    public String getTrueName() { return trueName; }
    public void setTrueName(String trueName) { this.trueName = trueName; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getPhoneNumber() { return phoneNumber; }
    public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }
    public String getOtherIdentities() { return otherIdentities; }
    public void setOtherIdentities(String otherIdentities) { this.otherIdentities = otherIdentities; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentCountry() { return documentCountry; }
    public void setDocumentCountry(String documentCountry) { this.documentCountry = documentCountry; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public String getExistenceVerification() { return existenceVerification; }
    public void setExistenceVerification(String existenceVerification) { this.existenceVerification = existenceVerification; }
    public String getRecruitedOn() { return recruitedOn; }
    public void setRecruitedOn(String recruitedOn) { this.recruitedOn = recruitedOn; }
    public String getRecruitmentCircumstances() { return recruitmentCircumstances; }
    public void setRecruitmentCircumstances(String recruitmentCircumstances) { this.recruitmentCircumstances = recruitmentCircumstances; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public boolean isDutyToReport() { return dutyToReport; }
    public void setDutyToReport(boolean dutyToReport) { this.dutyToReport = dutyToReport; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public boolean isForeignNational() { return foreignNational; }
    public void setForeignNational(boolean foreignNational) { this.foreignNational = foreignNational; }
    public String getImmigrationBenefit() { return immigrationBenefit; }
    public void setImmigrationBenefit(String immigrationBenefit) { this.immigrationBenefit = immigrationBenefit; }
    public String getImmigrationBenefitExpires() { return immigrationBenefitExpires; }
    public void setImmigrationBenefitExpires(String immigrationBenefitExpires) { this.immigrationBenefitExpires = immigrationBenefitExpires; }
    public String getAgencyRelationships() { return agencyRelationships; }
    public void setAgencyRelationships(String agencyRelationships) { this.agencyRelationships = agencyRelationships; }
    public List<String> getMotivations() { return motivations; }
    public void setMotivations(List<String> motivations) { this.motivations = motivations; }
    public String getMotivationNotes() { return motivationNotes; }
    public void setMotivationNotes(String motivationNotes) { this.motivationNotes = motivationNotes; }
    public String getAccessKind() { return accessKind; }
    public void setAccessKind(String accessKind) { this.accessKind = accessKind; }
    public String getAccess() { return access; }
    public void setAccess(String access) { this.access = access; }
    public String getSecurityWelfare() { return securityWelfare; }
    public void setSecurityWelfare(String securityWelfare) { this.securityWelfare = securityWelfare; }
    public List<String> getSpecialCategories() { return specialCategories; }
    public void setSpecialCategories(List<String> specialCategories) { this.specialCategories = specialCategories; }
    public String getOtherUnit() { return otherUnit; }
    public void setOtherUnit(String otherUnit) { this.otherUnit = otherUnit; }
    public String getOtherUnitCodeName() { return otherUnitCodeName; }
    public void setOtherUnitCodeName(String otherUnitCodeName) { this.otherUnitCodeName = otherUnitCodeName; }
    public String getPromiseMadeBy() { return promiseMadeBy; }
    public void setPromiseMadeBy(String promiseMadeBy) { this.promiseMadeBy = promiseMadeBy; }
    public String getPromiseMadeOn() { return promiseMadeOn; }
    public void setPromiseMadeOn(String promiseMadeOn) { this.promiseMadeOn = promiseMadeOn; }
    public String getPromiseDescription() { return promiseDescription; }
    public void setPromiseDescription(String promiseDescription) { this.promiseDescription = promiseDescription; }
    public String getProspectId() { return prospectId; }
    public void setProspectId(String prospectId) { this.prospectId = prospectId; }
}
