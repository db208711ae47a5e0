package org.hum.config.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work in a transaction of its own, for the timers' callbacks. A timer callback that fails
 * twice in a row is expunged by the server and never runs again; a failure inside an EJB call
 * made from the callback (even one the callback catches, as a system exception of a nested call on
 * the same singleton) was seen to count as the callback's own. So each callback runs outside a
 * transaction and hands its work here: a plain CDI interceptor, no EJB invocation, whose every
 * failure (the work's, or its commit's when the database is gone) is an exception the callback
 * catches (docs/architecture.md, "When the database goes away").
 */
@ApplicationScoped
public class OwnTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
