package org.hum.api.source;

/** The likely motivations of a source (docs/domain.md, "The source file"): all that apply, plus free text. */
public enum Motivation {
    MONEY, REVENGE, IDEOLOGY, COERCION_FEAR, LEGAL_BENEFIT, IMMIGRATION_BENEFIT, CIVIC_DUTY, ELIMINATE_COMPETITION,
    EXCITEMENT, OTHER
}
