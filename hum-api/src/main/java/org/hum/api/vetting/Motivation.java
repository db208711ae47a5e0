package org.hum.api.vetting;

/** A likely motivation of the source (DOMAIN.md, "The source file": all likely motivations). */
public enum Motivation {
    FINANCIAL,
    REVENGE,
    IDEOLOGY,
    CONSCIENCE,
    FEAR,
    LEGAL_BENEFIT,
    IMMIGRATION_BENEFIT,
    EXCITEMENT,
    OTHER
}
