package org.hum.api.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hum.api.source.AccessKind;
import org.hum.api.source.Motivation;

import java.util.Set;

/**
 * The findings of a validation: {@code POST /api/sources/{id}/validations}. The free texts
 * are stored only encrypted with the source file's data key.
 */
public record ValidationFindings(
        @NotNull(message = "is required: NO_RECORD or RECORD_FOUND")
        CriminalHistory criminalHistory,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String criminalHistoryNotes,

        @NotNull(message = "is required: NONE, CURRENT_SUBJECT or FORMER_SUBJECT")
        SubjectStatus subjectStatus,

        @NotEmpty(message = "is required: at least one of MONEY, REVENGE, IDEOLOGY, COERCION_FEAR, LEGAL_BENEFIT, "
                + "IMMIGRATION_BENEFIT, CIVIC_DUTY, ELIMINATE_COMPETITION, EXCITEMENT, OTHER")
        @Size(max = 10, message = "lists each motivation once")
        Set<@NotNull(message = "may not hold an empty entry") Motivation> motivations,

        @NotNull(message = "is required: DIRECT or INDIRECT")
        AccessKind access,

        @NotBlank(message = "is required: what the source can report on")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String accessDetails,

        @NotBlank(message = "is required: the steps taken to verify that the person exists and is who they say")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String proofOfExistence) {

    /** Never print the free texts. */
    @Override
    public String toString() {
        return "ValidationFindings[criminalHistory=" + criminalHistory + ", subjectStatus=" + subjectStatus
                + ", motivations=" + motivations + ", access=" + access + ", texts=***]";
    }
}
