package org.hum.rules.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.config.control.HumConfig;

/**
 * Who counts as a senior approver (docs/domain.md, "Who uses it": authorising officer / senior
 * manager): an authorising officer cleared to the highest configured level. Special
 * categories, reopening a source closed for cause and contact with it need one.
 */
@ApplicationScoped
public class Seniority {
    @Inject
    HumConfig config;

    public boolean isSenior(Viewer viewer) {
        return viewer.hasRole(Role.AUTHORISING_OFFICER_NAME)
                && viewer.clearanceLevel() >= config.levels().names().size() - 1;
    }

    /** What to tell someone who is not: which role and level a senior approval needs. */
    public String requirement() {
        var names = config.levels().names();
        return "an authorising officer cleared to " + names.get(names.size() - 1);
    }
}
