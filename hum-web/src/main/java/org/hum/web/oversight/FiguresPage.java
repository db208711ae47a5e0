package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.oversight.ProgrammeFigures;
import org.hum.oversight.boundary.Figures;
import org.hum.web.platform.PageAction;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The programme figures page: the period as query parameters, the charts, the CSV download. */
@Named
@RequestScoped
public class FiguresPage {
    private static final String FORBIDDEN = "The programme figures are for compliance reviewers and controllers.";

    @Inject
    Figures figures;

    @Inject
    FacesContext faces;

    private String from;
    private String to;
    private ProgrammeFigures view;
    private boolean asked;

    public ProgrammeFigures getView() {
        if (!asked) {
            asked = true;
            view = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> figures.of(from, to));
        }
        return view;
    }

    /** The charts as inline SVG (numbers, months, grades, codes and kinds only), or "" when refused. */
    public String getChart() {
        return getView() == null ? "" : FigureCharts.svg(getView());
    }

    public String getQuery() {
        StringBuilder q = new StringBuilder();
        if (from != null && !from.isBlank()) {
            q.append("from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
        }
        if (to != null && !to.isBlank()) {
            q.append(q.length() > 0 ? "&" : "").append("to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
