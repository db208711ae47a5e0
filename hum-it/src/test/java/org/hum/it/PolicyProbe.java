package org.hum.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.api.rules.GuardedAction;
import org.hum.rules.control.Circumstances;
import org.hum.rules.control.Refusal;
import org.hum.rules.control.SourcePolicy;

import java.util.List;

/**
 * Test only, deployed inside hum-ejb.jar (the persistence unit's module): asks the lifecycle
 * policy as a feature's boundary would, for a feature that does not exist yet (contacts).
 */
@Stateless
@PermitAll
public class PolicyProbe {
    @Inject
    SourcePolicy policy;

    public List<String> refusals(GuardedAction action, String sourceId, boolean appropriateAdultPresent) {
        return policy.refusals(action, sourceId, Circumstances.contact(appropriateAdultPresent)).stream()
                .map(Refusal::rule).toList();
    }

    public void require(GuardedAction action, String sourceId, boolean appropriateAdultPresent, String auditLabel) {
        policy.require(action, sourceId, Circumstances.contact(appropriateAdultPresent), auditLabel);
    }
}
