package org.hum.vetting.control;

import org.hum.api.error.HumException;
import org.hum.api.vetting.GradeCode;
import org.hum.api.vetting.GradingVocabularyView;
import org.hum.rules.control.RuleProfile.GradingScheme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The grading codes of docs/domain.md, "Grading", per scheme, and their validation: source
 * reliability and information credibility are graded independently. NATO/Admiralty: source
 * A-F, information 1-6. UK 3x5x2: source 1-3, information A-E, and a handling code P or C.
 * Features that grade (this one for sources; contact reports for intelligence items) validate
 * every code here, against the deployment's scheme ({@code Rules.current().grading()}).
 * Codes are accepted in either case and returned upper-case.
 */
public final class GradingVocabulary {
    private static final List<GradeCode> NATO_SOURCE = List.of(
            new GradeCode("A", "Completely reliable"),
            new GradeCode("B", "Usually reliable"),
            new GradeCode("C", "Fairly reliable"),
            new GradeCode("D", "Not usually reliable"),
            new GradeCode("E", "Unreliable"),
            new GradeCode("F", "Reliability cannot be judged"));
    private static final List<GradeCode> NATO_INFORMATION = List.of(
            new GradeCode("1", "Confirmed by other sources"),
            new GradeCode("2", "Probably true"),
            new GradeCode("3", "Possibly true"),
            new GradeCode("4", "Doubtful"),
            new GradeCode("5", "Improbable"),
            new GradeCode("6", "Truth cannot be judged"));
    private static final List<GradeCode> UK_SOURCE = List.of(
            new GradeCode("1", "Reliable"),
            new GradeCode("2", "Untested"),
            new GradeCode("3", "Not reliable"));
    private static final List<GradeCode> UK_INFORMATION = List.of(
            new GradeCode("A", "Known directly to the source"),
            new GradeCode("B", "Known indirectly to the source but corroborated"),
            new GradeCode("C", "Known indirectly to the source"),
            new GradeCode("D", "Not known"),
            new GradeCode("E", "Suspected to be false"));
    private static final List<GradeCode> UK_HANDLING = List.of(
            new GradeCode("P", "Lawful sharing permitted"),
            new GradeCode("C", "Lawful sharing permitted with conditions"));

    private GradingVocabulary() {
    }

    /** An information grade: credibility, and the handling code where the scheme has one (else null). */
    public record InformationGrade(String credibility, String handling) {
    }

    public static List<GradeCode> sourceReliability(GradingScheme scheme) {
        return scheme == GradingScheme.UK_3X5X2 ? UK_SOURCE : NATO_SOURCE;
    }

    public static List<GradeCode> informationCredibility(GradingScheme scheme) {
        return scheme == GradingScheme.UK_3X5X2 ? UK_INFORMATION : NATO_INFORMATION;
    }

    /** Empty where the scheme has no handling code. */
    public static List<GradeCode> handlingCodes(GradingScheme scheme) {
        return scheme == GradingScheme.UK_3X5X2 ? UK_HANDLING : List.of();
    }

    public static GradingVocabularyView view(GradingScheme scheme) {
        return new GradingVocabularyView(scheme.name(), sourceReliability(scheme), informationCredibility(scheme),
                handlingCodes(scheme));
    }

    /** The meaning of a source reliability code in the scheme; empty for a code it does not have. */
    public static Optional<String> sourceMeaning(GradingScheme scheme, String code) {
        return find(sourceReliability(scheme), code).map(GradeCode::meaning);
    }

    /** The code, upper-cased, or a 400 on {@code field} naming every code of the scheme. */
    public static String requireSourceReliability(GradingScheme scheme, String code, String field) {
        return find(sourceReliability(scheme), code).map(GradeCode::code).orElseThrow(() -> HumException.invalid(field,
                "must be a source reliability code of the " + name(scheme) + " scheme: " + list(sourceReliability(scheme))));
    }

    /**
     * An information grade checked against the scheme: credibility always; handling required in
     * the UK scheme and refused in NATO/Admiralty, which has none.
     */
    public static InformationGrade requireInformation(GradingScheme scheme, String credibility, String handling,
                                                      String credibilityField, String handlingField) {
        String c = find(informationCredibility(scheme), credibility).map(GradeCode::code)
                .orElseThrow(() -> HumException.invalid(credibilityField, "must be an information credibility code of the "
                        + name(scheme) + " scheme: " + list(informationCredibility(scheme))));
        List<GradeCode> handlingCodes = handlingCodes(scheme);
        if (handlingCodes.isEmpty()) {
            if (handling != null && !handling.isBlank()) {
                throw HumException.invalid(handlingField, "must be left out: the " + name(scheme)
                        + " scheme has no handling code");
            }
            return new InformationGrade(c, null);
        }
        String h = find(handlingCodes, handling).map(GradeCode::code)
                .orElseThrow(() -> HumException.invalid(handlingField, "is required in the " + name(scheme)
                        + " scheme: " + list(handlingCodes)));
        return new InformationGrade(c, h);
    }

    private static Optional<GradeCode> find(List<GradeCode> codes, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return codes.stream().filter(g -> g.code().equals(wanted)).findFirst();
    }

    private static String name(GradingScheme scheme) {
        return scheme == GradingScheme.UK_3X5X2 ? "UK 3x5x2" : "NATO/Admiralty";
    }

    private static String list(List<GradeCode> codes) {
        return codes.stream().map(g -> g.code() + " (" + g.meaning() + ")").collect(Collectors.joining(", "));
    }
}
