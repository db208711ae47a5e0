package org.hum.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceRegistration;
import org.hum.api.source.SourceView;
import org.hum.source.boundary.SourceRegistry;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The registration form. Values live only for the request; nothing is kept in the session. */
@Named
@RequestScoped
public class RegisterBean {
    static final String FORM = "register";

    @Inject
    SourceRegistry registry;

    @Inject
    FacesContext faces;

    private String codeName;
    private String compartment;
    private String trueName;
    private String dateOfBirth;
    private String phoneNumber;
    // the particulars (docs/domain.md, "The source file"); all optional
    private String otherIdentities;
    private String documentType;
    private String documentCountry;
    private String documentNumber;
    private jakarta.servlet.http.Part photo;
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
    private java.util.List<String> motivations = new java.util.ArrayList<>();
    private String motivationNotes;
    private String accessKind;
    private String access;
    private String securityWelfare;
    private java.util.List<String> specialCategories = new java.util.ArrayList<>();
    private String otherUnit;
    private String otherUnitCodeName;
    private String promiseMadeBy;
    private String promiseMadeOn;
    private String promiseDescription;
    private String prospectId;

    public String register() throws IOException {
        LocalDate dob;
        try {
            dob = dateOfBirth == null || dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip());
        } catch (DateTimeParseException e) {
            Messages.show(faces, FORM, HumException.invalid("dateOfBirth", "must be a date as YYYY-MM-DD"));
            return null;
        }
        org.hum.api.source.Particulars particulars;
        try {
            particulars = particulars();
        } catch (HumException e) {
            Messages.show(faces, FORM, e);
            return null;
        }
        try {
            SourceView created = registry.register(new SourceRegistration(codeName, compartment, trueName, dob,
                    phoneNumber, null, particulars, blank(prospectId) ? null : prospectId));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/sources/view.xhtml?id=" + created.id());
            faces.responseComplete();
        } catch (HumException e) {
            if (e.fieldErrors().isEmpty()) {
                Messages.show(faces, FORM, e);
            }
            e.fieldErrors().forEach(f -> Messages.show(faces, FORM, HumException.invalid(component(f.field()), f.message())));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String field = "";
                String parent = "";
                for (var node : v.getPropertyPath()) {
                    if (node.getName() != null) {
                        parent = field;
                        field = node.getName();
                    }
                }
                String where = "codeName".equals(field) && "codeNames".equals(parent) ? "otherUnitCodeName" : component(field);
                Messages.show(faces, FORM, HumException.invalid(where, v.getMessage()));
            });
        }
        return null;
    }

    /** The form field that shows a problem the core names by its API field. */
    static String component(String apiField) {
        return switch (apiField) {
            case "identityDocuments", "number" -> "documentNumber";
            case "type" -> "documentType";
            case "country" -> "documentCountry";
            case "codeNames" -> "otherUnitCodeName";
            case "unit" -> "otherUnit";
            case "madeBy" -> "promiseMadeBy";
            case "madeOn" -> "promiseMadeOn";
            case "description", "promises" -> "promiseDescription";
            default -> apiField;
        };
    }

    private org.hum.api.source.Particulars particulars() throws IOException {
        java.util.List<String> aliases = blank(otherIdentities) ? null : otherIdentities.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        java.util.List<org.hum.api.source.IdentityDocument> documents = blank(documentNumber) && blank(documentType) ? null
                : java.util.List.of(new org.hum.api.source.IdentityDocument(documentType, blank(documentCountry) ? null : documentCountry,
                documentNumber));
        String photoBase64 = null;
        if (photo != null && photo.getSize() > 0) {
            if (photo.getSize() > org.hum.source.control.ParticularsRules.PHOTO_MAX_BYTES) {
                throw HumException.invalid("photo", "is " + photo.getSize() / 1024 + " KiB; a photo must be at most "
                        + org.hum.source.control.ParticularsRules.PHOTO_MAX_BYTES / 1024 + " KiB");
            }
            try (java.io.InputStream in = photo.getInputStream()) {
                photoBase64 = java.util.Base64.getEncoder().encodeToString(in.readAllBytes());
            }
        }
        java.util.List<org.hum.api.source.UnitCodeName> codeNames = blank(otherUnit) && blank(otherUnitCodeName) ? null
                : java.util.List.of(new org.hum.api.source.UnitCodeName(otherUnit, otherUnitCodeName));
        java.util.List<org.hum.api.source.NewPromise> promises = blank(promiseMadeBy) && blank(promiseDescription) ? null
                : java.util.List.of(new org.hum.api.source.NewPromise(promiseMadeBy, date("promiseMadeOn", promiseMadeOn),
                promiseDescription));
        return new org.hum.api.source.Particulars(aliases, documents, photoBase64, existenceVerification,
                date("recruitedOn", recruitedOn), recruitmentCircumstances, employer, occupation, dutyToReport, nationality,
                foreignNational, immigrationBenefit, date("immigrationBenefitExpires", immigrationBenefitExpires),
                agencyRelationships, motivations.isEmpty() ? null : motivations, motivationNotes,
                blank(accessKind) ? null : accessKind, access, securityWelfare,
                specialCategories.isEmpty() ? null : specialCategories, codeNames, promises);
    }

    private static LocalDate date(String field, String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HumException.invalid(field, "must be a date as YYYY-MM-DD");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public java.util.List<String> getMotivationChoices() {
        return java.util.Arrays.stream(org.hum.api.source.Motivation.values()).map(Enum::name).toList();
    }

    public java.util.List<String> getCategoryChoices() {
        return org.hum.source.control.ParticularsRules.declarable().stream().map(Enum::name).toList();
    }

    public String getCodeName() {
        return codeName;
    }

    public void setCodeName(String codeName) {
        this.codeName = codeName;
    }

    public String getCompartment() {
        return compartment;
    }

    public void setCompartment(String compartment) {
        this.compartment = compartment;
    }

    public String getTrueName() {
        return trueName;
    }

    public void setTrueName(String trueName) {
        this.trueName = trueName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getOtherIdentities() {
        return otherIdentities;
    }

    public void setOtherIdentities(String otherIdentities) {
        this.otherIdentities = otherIdentities;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentCountry() {
        return documentCountry;
    }

    public void setDocumentCountry(String documentCountry) {
        this.documentCountry = documentCountry;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public jakarta.servlet.http.Part getPhoto() {
        return photo;
    }

    public void setPhoto(jakarta.servlet.http.Part photo) {
        this.photo = photo;
    }

    public String getExistenceVerification() {
        return existenceVerification;
    }

    public void setExistenceVerification(String existenceVerification) {
        this.existenceVerification = existenceVerification;
    }

    public String getRecruitedOn() {
        return recruitedOn;
    }

    public void setRecruitedOn(String recruitedOn) {
        this.recruitedOn = recruitedOn;
    }

    public String getRecruitmentCircumstances() {
        return recruitmentCircumstances;
    }

    public void setRecruitmentCircumstances(String recruitmentCircumstances) {
        this.recruitmentCircumstances = recruitmentCircumstances;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public boolean isDutyToReport() {
        return dutyToReport;
    }

    public void setDutyToReport(boolean dutyToReport) {
        this.dutyToReport = dutyToReport;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public boolean isForeignNational() {
        return foreignNational;
    }

    public void setForeignNational(boolean foreignNational) {
        this.foreignNational = foreignNational;
    }

    public String getImmigrationBenefit() {
        return immigrationBenefit;
    }

    public void setImmigrationBenefit(String immigrationBenefit) {
        this.immigrationBenefit = immigrationBenefit;
    }

    public String getImmigrationBenefitExpires() {
        return immigrationBenefitExpires;
    }

    public void setImmigrationBenefitExpires(String immigrationBenefitExpires) {
        this.immigrationBenefitExpires = immigrationBenefitExpires;
    }

    public String getAgencyRelationships() {
        return agencyRelationships;
    }

    public void setAgencyRelationships(String agencyRelationships) {
        this.agencyRelationships = agencyRelationships;
    }

    public java.util.List<String> getMotivations() {
        return motivations;
    }

    public void setMotivations(java.util.List<String> motivations) {
        this.motivations = motivations;
    }

    public String getMotivationNotes() {
        return motivationNotes;
    }

    public void setMotivationNotes(String motivationNotes) {
        this.motivationNotes = motivationNotes;
    }

    public String getAccessKind() {
        return accessKind;
    }

    public void setAccessKind(String accessKind) {
        this.accessKind = accessKind;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public String getSecurityWelfare() {
        return securityWelfare;
    }

    public void setSecurityWelfare(String securityWelfare) {
        this.securityWelfare = securityWelfare;
    }

    public java.util.List<String> getSpecialCategories() {
        return specialCategories;
    }

    public void setSpecialCategories(java.util.List<String> specialCategories) {
        this.specialCategories = specialCategories;
    }

    public String getOtherUnit() {
        return otherUnit;
    }

    public void setOtherUnit(String otherUnit) {
        this.otherUnit = otherUnit;
    }

    public String getOtherUnitCodeName() {
        return otherUnitCodeName;
    }

    public void setOtherUnitCodeName(String otherUnitCodeName) {
        this.otherUnitCodeName = otherUnitCodeName;
    }

    public String getPromiseMadeBy() {
        return promiseMadeBy;
    }

    public void setPromiseMadeBy(String promiseMadeBy) {
        this.promiseMadeBy = promiseMadeBy;
    }

    public String getPromiseMadeOn() {
        return promiseMadeOn;
    }

    public void setPromiseMadeOn(String promiseMadeOn) {
        this.promiseMadeOn = promiseMadeOn;
    }

    public String getPromiseDescription() {
        return promiseDescription;
    }

    public void setPromiseDescription(String promiseDescription) {
        this.promiseDescription = promiseDescription;
    }

    public String getProspectId() {
        return prospectId;
    }

    public void setProspectId(String prospectId) {
        this.prospectId = prospectId;
    }
}
