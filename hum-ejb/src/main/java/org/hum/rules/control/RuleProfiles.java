package org.hum.rules.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The two rule profiles that ship (docs/domain.md, "Rule profiles"). Each figure carries its
 * source in docs/domain.md; where docs/domain.md gives none (the UK payment figures, review intervals
 * for adults), the figure is a conservative default for an administrator to tune.
 */
public final class RuleProfiles {
    /** US AG Guidelines 2002, FBI CHS guidelines (2020), the DOJ IG audits. */
    public static final RuleProfile US_FEDERAL = new RuleProfile(
            "US_FEDERAL", "US federal (AG Guidelines)", RuleProfile.GradingScheme.NATO_ADMIRALTY,
            Period.ofMonths(12), Period.ofMonths(4), Duration.ofHours(72),
            Period.ofMonths(3), Period.ofMonths(1),
            Period.ofYears(1), Period.ofYears(5), Period.ofYears(1),
            90, 0, Period.ofYears(1),
            18, 16,
            3, 30,
            Period.ofYears(3), Period.ofYears(5),
            "USD", new BigDecimal("2500"), new BigDecimal("25000"), new BigDecimal("100000"), new BigDecimal("200000"),
            90);

    /** UK: CHIS Code of Practice, Source Records Regulations 2000, CHIS (Criminal Conduct) Act 2021. */
    public static final RuleProfile UK = new RuleProfile(
            "UK", "UK (CHIS Code of Practice)", RuleProfile.GradingScheme.UK_3X5X2,
            Period.ofMonths(12), Period.ofMonths(4), Duration.ofHours(72),
            Period.ofMonths(3), Period.ofMonths(1),
            Period.ofYears(1), Period.ofYears(5), Period.ofYears(1),
            90, 7, Period.ofYears(1),
            18, 16,
            3, 30,
            Period.ofYears(3), Period.ofYears(5),
            "GBP", new BigDecimal("2000"), new BigDecimal("20000"), new BigDecimal("80000"), new BigDecimal("160000"),
            90);

    public static final List<RuleProfile> SHIPPED = List.of(US_FEDERAL, UK);

    private RuleProfiles() {
    }

    public static Optional<RuleProfile> shipped(String id) {
        return SHIPPED.stream().filter(p -> p.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
