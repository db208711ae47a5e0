package org.hum.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The checks of a CI stage: each printed as it is made, the failed ones listed at the end and the stage failed. */
final class Checks {
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    void check(boolean ok, String what) {
        System.out.println((ok ? "  ok    " : "  FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    /** Lists the failed checks under {@code name} and exits 1, or says all passed. */
    void end(String name) {
        if (!failures.isEmpty()) {
            System.out.println(name.toUpperCase(Locale.ROOT) + " FAILED:");
            failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
        System.out.println(name + ": all passed");
    }
}
