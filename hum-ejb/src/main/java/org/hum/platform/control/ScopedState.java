package org.hum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionScoped;
import org.hum.access.control.RequestCaller;
import org.hum.audit.control.AuditContext;
import org.hum.keys.control.RequestKeys;
import org.hum.rules.control.RuleProfileReads;
import org.hum.standing.control.StandingReads;

/**
 * The core's request- and transaction-scoped state, made by producer methods rather than as managed
 * beans: the server runs its own injection services (resource references, interceptors) over every
 * managed bean instance it creates, and these are created on every request or transaction. On an
 * authenticated trivial call that was 4.5 % of the server's samples, for classes that have nothing
 * to inject; a producer's instance is made by its constructor alone (docs/performance.md, "Where a
 * contact report's time goes"). The classes carry no scope of their own, so each is made here
 * only; they are what they were, one instance per request (or per scheduled job's run) or per
 * transaction, forgotten at its end.
 */
@ApplicationScoped
public class ScopedState {

    @Produces
    @RequestScoped
    static RequestCaller requestCaller() {
        return new RequestCaller();
    }

    @Produces
    @RequestScoped
    static AuditContext auditContext() {
        return new AuditContext();
    }

    @Produces
    @RequestScoped
    static RequestKeys requestKeys() {
        return new RequestKeys();
    }

    @Produces
    @RequestScoped
    static RuleProfileReads ruleProfileReads() {
        return new RuleProfileReads();
    }

    @Produces
    @TransactionScoped
    static StandingReads standingReads() {
        return new StandingReads();
    }
}
