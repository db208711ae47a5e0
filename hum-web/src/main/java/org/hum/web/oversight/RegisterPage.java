package org.hum.web.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.Page;
import org.hum.api.oversight.RegisterRow;
import org.hum.oversight.boundary.Register;
import org.hum.web.platform.PageAction;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The central register page for compliance reviewers: the filters as query parameters (so a view
 * can be bookmarked and handed on), a page of 100 files, and the CSV and PDF downloads of the
 * same filtered register.
 */
@Named
@RequestScoped
public class RegisterPage {
    static final int SIZE = Page.MAX_SIZE;
    private static final String FORBIDDEN = "The register is for compliance reviewers.";

    @Inject
    Register register;

    @Inject
    FacesContext faces;

    private String status;
    private String compartment;
    private String handler;
    private String overdue;
    private String authorisation;
    private String sort;
    private int page;
    private Page<RegisterRow> rows;

    public Page<RegisterRow> getRows() {
        if (rows == null) {
            rows = PageAction.onTop(faces).forbidden(FORBIDDEN).call(() -> register.page(status, compartment, handler,
                    overdue, authorisation, sort, page, SIZE));
            if (rows == null) {
                rows = new Page<>(List.of(), page, SIZE, 0);
            }
        }
        return rows;
    }

    /** The filters as a query string, for the downloads and the page links. */
    public String getQuery() {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status);
        add(parts, "compartment", compartment);
        add(parts, "handler", handler);
        add(parts, "overdue", overdue);
        add(parts, "authorisation", authorisation);
        add(parts, "sort", sort);
        return String.join("&", parts);
    }

    public boolean isHasNext() {
        return (long) (page + 1) * SIZE < getRows().total();
    }

    /** Names or categories as one cell. */
    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCompartment() { return compartment; }
    public void setCompartment(String compartment) { this.compartment = compartment; }
    public String getHandler() { return handler; }
    public void setHandler(String handler) { this.handler = handler; }
    public String getOverdue() { return overdue; }
    public void setOverdue(String overdue) { this.overdue = overdue; }
    public String getAuthorisation() { return authorisation; }
    public void setAuthorisation(String authorisation) { this.authorisation = authorisation; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
