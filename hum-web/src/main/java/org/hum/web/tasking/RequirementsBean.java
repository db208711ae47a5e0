package org.hum.web.tasking;

import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.Role;
import org.hum.api.admin.PortView;
import org.hum.oversight.boundary.Coverage;
import org.hum.web.oversight.CoverageMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.tasking.Priority;
import org.hum.api.tasking.RequirementRequest;
import org.hum.api.tasking.RequirementView;
import org.hum.tasking.boundary.Requirements;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/** The intelligence requirements page: the list with each one's open taskings; controllers create and close. */
@Named
@RequestScoped
public class RequirementsBean {
    static final String FORM = "requirement";

    @Inject
    Requirements requirements;

    @Inject
    FacesContext faces;

    @Inject
    PortsOfEntry portsOfEntry;

    @Inject
    Coverage coverage;

    private List<RequirementView> list;
    private String title;
    private String priority = "HIGH";
    private String owner;
    private String compartment;
    private String description;
    private List<String> ports;
    private List<PortView> portList;
    private String coverageMap;

    public List<RequirementView> getList() {
        if (list == null) {
            List<RequirementView> found = PageAction.onTop(faces)
                    .forbidden("Your roles do not include intelligence requirements.").call(() -> requirements.list(null));
            list = found == null ? List.of() : found;
        }
        return list;
    }

    /** The ports of entry in service, west to east, for the new requirement's choice. */
    public List<PortView> getPortsInService() {
        if (portList == null) {
            List<PortView> found = PageAction.onTop(faces).forbidden(null).call(portsOfEntry::list);
            portList = found == null ? List.of() : found;
        }
        return portList.stream().filter(p -> !p.retired()).toList();
    }

    /** The coverage heat map for compliance reviewers and controllers, or "" for anyone else. */
    public String getCoverageMap() {
        if (coverageMap == null) {
            var ext = faces.getExternalContext();
            boolean oversees = ext.isUserInRole(Role.CONTROLLER_NAME) || ext.isUserInRole(Role.COMPLIANCE_REVIEWER_NAME);
            var view = oversees ? PageAction.onTop(faces).forbidden(null).call(() -> coverage.of(null, null, null)) : null;
            coverageMap = view == null ? "" : CoverageMap.svg(view, getPortsInServiceAndRetired());
        }
        return coverageMap;
    }

    private List<PortView> getPortsInServiceAndRetired() {
        getPortsInService();
        return portList;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String create() throws IOException {
        return act("Requirement created.", () -> requirements.create(new RequirementRequest(title, priority(), owner,
                compartment, description, ports == null ? List.of() : ports)));
    }

    public String close(String id) throws IOException {
        return act("Requirement closed.", () -> requirements.close(id));
    }

    private Priority priority() {
        return priority == null || priority.isBlank() ? null : Priority.valueOf(priority);
    }

    private String act(String done, PageAction.Step action) throws IOException {
        return PageAction.on(faces, FORM).done(action, done, "/requirements/index?faces-redirect=true");
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { this.priority = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { this.owner = v; }
    public String getCompartment() { return compartment; }
    public void setCompartment(String v) { this.compartment = v; }
    public List<String> getPorts() { return ports; }
    public void setPorts(List<String> v) { this.ports = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
}
