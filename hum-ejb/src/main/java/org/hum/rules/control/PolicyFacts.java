package org.hum.rules.control;

/** Everything the policy knows of one source at one moment, gathered from the features. */
public record PolicyFacts(SourceStanding.Standing standing,
                          ValidationStanding.ValidationFacts validation,
                          AuthorisationStanding.AuthorisationFacts authorisation,
                          SourceCategories.CategoryFacts categories) {
}
