package org.hum.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.partner.PartnerReport;
import org.hum.api.reporting.Tlp;
import org.hum.partner.boundary.PartnerExchange;
import org.hum.web.platform.PageAction;

import java.util.List;

/**
 * The partner portal (docs/domain.md, "The partner exchange"): the reports released to the
 * partner's organisation, newest first, each with its marking, a recall banner on recalled ones,
 * and its CMS file to download. Below the tearline only.
 */
@Named
@RequestScoped
public class PartnerPortalPage {
    @Inject
    PartnerExchange exchange;

    private List<PartnerReport> reports;
    private String organisation;

    public List<PartnerReport> getReports() {
        if (reports == null) {
            reports = PageAction.quietly(exchange::reports, List.of());
        }
        return reports;
    }

    public String getOrganisation() {
        if (organisation == null) {
            organisation = PageAction.quietly(exchange::organisationName, "");
        }
        return organisation;
    }

    /** TLP:AMBER+STRICT as people read it. */
    public String marking(PartnerReport r) {
        return Tlp.fromWire(r.tlp()).map(Tlp::marking).orElse("TLP:" + r.tlp());
    }

    /** The CSS class of a marking: tlp-amber, tlp-amber-strict... */
    public String markingClass(PartnerReport r) {
        return "tlp-" + r.tlp().toLowerCase(java.util.Locale.ROOT).replace('+', '-');
    }

    public String ports(PartnerReport r) {
        return String.join(", ", r.releasable().portNames());
    }
}
