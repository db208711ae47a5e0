package org.hum.web.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.vetting.boundary.Grading;

/** The grading codes of the deployment's scheme (NATO/Admiralty or UK 3x5x2) and what they mean. */
@ApplicationScoped
@Path("grading")
@Produces(MediaType.APPLICATION_JSON)
public class GradingResource {
    @Inject
    Grading grading;

    @GET
    public GradingVocabularyView vocabulary() {
        return grading.vocabulary();
    }
}
