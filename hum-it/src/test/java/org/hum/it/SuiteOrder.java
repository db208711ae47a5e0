package org.hum.it;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import java.util.Set;

/**
 * The order of the integration test classes (docs/testing.md, "Integration tests"): random, with
 * its seed printed (rerun one order with {@code -Dhum.it.order.seed=N}), because every class makes
 * its own data and must pass in any order; but the classes that deploy an archive of their own (a
 * test inside the server) run first, before the shared EAR is ever deployed, so that it is
 * deployed once rather than again after each of them (each redeployment and the application's
 * warm-up after it cost 20 to 60 s of the suite on two cores); and the classes that stop the
 * server or its database run last, where no other class waits behind them.
 */
public class SuiteOrder implements ClassOrderer {
    /** Classes whose {@code @Deployment} is an archive of their own. */
    static final Set<String> OWN_ARCHIVE = Set.of("ServerCryptoIT", "AuditAppendRateIT", "AuditBatchIT");
    /** Classes that kill or restart the server, or stop its database. */
    static final Set<String> STOPS_THE_STAND = Set.of("ServerCrashIT", "PartnerPushIT", "DatabaseOutageIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (context.getClassDescriptors().size() < 2) {
            return;
        }
        long seed = Long.getLong("hum.it.order.seed", new java.util.Random().nextLong());
        order(context.getClassDescriptors(), seed);
        System.out.println("SuiteOrder: " + context.getClassDescriptors().size() + " classes in random order, seed " + seed
                + " (rerun with -Dhum.it.order.seed=" + seed + "), own archives first, those that stop the stand last: "
                + String.join(" ", context.getClassDescriptors().stream().map(d -> d.getTestClass().getSimpleName()).toList()));
    }

    static <T extends ClassDescriptor> void order(List<T> classes, long seed) {
        classes.sort(Comparator.comparing((T d) -> d.getTestClass().getName()));
        Collections.shuffle(classes, new java.util.Random(seed));
        classes.sort(Comparator.comparingInt((T d) -> group(d.getTestClass().getSimpleName()))); // stable: random within a group
    }

    static int group(String simpleName) {
        return OWN_ARCHIVE.contains(simpleName) ? 0 : STOPS_THE_STAND.contains(simpleName) ? 2 : 1;
    }
}
