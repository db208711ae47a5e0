package org.hum.archfixture.b;

import org.hum.archfixture.a.Alpha;

/** A deliberate cycle for {@code ArchitectureRulesTest}: b -> a. */
public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}
