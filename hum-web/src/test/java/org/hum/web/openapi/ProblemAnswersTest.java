package org.hum.web.openapi;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemAnswersTest {

    @Test
    void aReadOfAFileMayBeRefusedHiddenInConflictOrDestroyedButNeverUnprocessable() {
        assertEquals(List.of("400", "401", "403", "404", "409", "410"),
                List.copyOf(ProblemAnswers.answers("/api/sources/{id}", HttpMethod.GET, false).keySet()));
    }

    @Test
    void aWriteWithABodyListsTheBodysProblemsAndTheRulesRefusals() {
        assertEquals(List.of("400", "401", "403", "404", "409", "410", "413", "415", "422"),
                List.copyOf(ProblemAnswers.answers("/api/sources/{id}/payments", HttpMethod.POST, true).keySet()));
        assertEquals(List.of("400", "401", "403", "404", "409", "413", "415", "422"),
                List.copyOf(ProblemAnswers.answers("/api/payments/{id}/approvals", HttpMethod.POST, true).keySet()));
    }

    @Test
    void aListWithoutIdsHasNoNotFound() {
        assertEquals(List.of("400", "401", "403"),
                List.copyOf(ProblemAnswers.answers("/api/requirements", HttpMethod.GET, false).keySet()));
    }

    @Test
    void theLoginAndHealthNeedNoTokenAndTheLoginRefusesAWrongOne() {
        assertEquals(List.of("400", "401", "403", "413", "415"),
                List.copyOf(ProblemAnswers.answers("/api/auth/login", HttpMethod.POST, true).keySet()));
        assertEquals(List.of("400", "401", "409", "413", "415", "422"),
                List.copyOf(ProblemAnswers.answers("/api/auth/second-factor/enrolment", HttpMethod.POST, true).keySet()));
        assertEquals(List.of("400", "401", "409", "413", "415"), List.copyOf(ProblemAnswers.answers(
                "/api/auth/second-factor/enrolment/confirmation", HttpMethod.POST, true).keySet()));
        assertEquals(List.of("400", "401", "403", "409", "413", "415", "422"), List.copyOf(ProblemAnswers.answers(
                "/api/auth/second-factor/recovery-codes", HttpMethod.POST, true).keySet()), "renewal needs a token");
        assertEquals(List.of("400"), List.copyOf(ProblemAnswers.answers("/api/health", HttpMethod.GET, false).keySet()));
        assertEquals(List.of("400", "401", "403", "409", "413", "415", "422"),
                List.copyOf(ProblemAnswers.answers("/api/auth/logout", HttpMethod.POST, false).keySet()),
                "only the login is open among the auth calls");
    }
}
