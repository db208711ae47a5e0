package org.hum.api.vetting;

import java.util.List;

/**
 * The grading scheme of the deployment's rule profile: NATO_ADMIRALTY (source A-F,
 * information 1-6) or UK_3X5X2 (source 1-3, information A-E, handling P or C).
 * {@code handlingCodes} is empty where the scheme has none.
 */
public record GradingVocabularyView(String scheme, List<GradeCode> sourceReliability,
                                    List<GradeCode> informationCredibility, List<GradeCode> handlingCodes) {
}
