package org.hum.archfixture.c.boundary;

/** A boundary a fixture control calls, for {@code ArchitectureRulesTest}. */
public class Gamma {
    public String page() {
        return "sources/fixture.xhtml?id=";
    }
}
