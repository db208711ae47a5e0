package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The installation's public holidays ({@code hum.oversight.public-holidays}: ISO dates separated by
 * commas; docs/operations.md, "Deployment settings"), which working-day deadlines skip. An entry
 * that is not a date is logged and left out: the deadline then comes a day sooner, never later.
 */
@ApplicationScoped
public class PublicHolidays {
    private static final Logger LOG = Logger.getLogger(PublicHolidays.class.getName());

    @Inject
    @ConfigProperty(name = "hum.oversight.public-holidays", defaultValue = " ")
    String setting;

    private volatile Set<LocalDate> days;

    public Set<LocalDate> days() {
        Set<LocalDate> d = days;
        if (d == null) {
            d = parse(setting);
            days = d;
        }
        return d;
    }

    static Set<LocalDate> parse(String setting) {
        Set<LocalDate> out = new TreeSet<>();
        if (setting == null) {
            return Set.copyOf(out);
        }
        for (String part : setting.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(p));
            } catch (DateTimeParseException e) {
                LOG.warning(() -> "hum.oversight.public-holidays: '" + p + "' is not a date (YYYY-MM-DD) and is left out");
            }
        }
        return Set.copyOf(out);
    }
}
