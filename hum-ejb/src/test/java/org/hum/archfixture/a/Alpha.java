package org.hum.archfixture.a;

import org.hum.archfixture.b.Beta;

/** A deliberate cycle for {@code ArchitectureRulesTest}: a -> b. */
public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
