package org.hum.archfixture.c.control;

import org.hum.archfixture.c.boundary.Gamma;

/** A control that calls a boundary, for {@code ArchitectureRulesTest}. */
public class Delta {
    public String link() {
        return new Gamma().page();
    }
}
