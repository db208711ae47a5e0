package org.hum.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root: {@code /hum/api}. */
@ApplicationPath("api")
@DeclareRoles({"CASE_OFFICER", "CONTROLLER", "AUTHORISING_OFFICER", "COMPLIANCE_REVIEWER", "REPORTS_OFFICER",
        "PARTNER", "ADMIN"})
public class HumApi extends Application {
}
