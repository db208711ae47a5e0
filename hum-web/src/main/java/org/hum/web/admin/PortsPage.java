package org.hum.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.admin.boundary.PortsOfEntry;
import org.hum.api.admin.PortRequest;
import org.hum.api.admin.PortView;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.List;

/** The administrators' page of the ports of entry: the list west to east, adding one, changing or retiring one. */
@Named
@RequestScoped
public class PortsPage {
    static final String ADD_FORM = "addPort";
    static final String CHANGE_FORM = "changePort";
    private static final String DONE = "/admin/ports.xhtml?faces-redirect=true";

    @Inject
    PortsOfEntry ports;

    @Inject
    FacesContext faces;

    private List<PortView> list;
    private String code;
    private String name;
    private String state;
    private String position;
    private String changeCode;
    private String newName;
    private String service = "KEEP";

    public List<PortView> getList() {
        if (list == null) {
            List<PortView> found = PageAction.onTop(faces).forbidden("Only administrators and those who work on files "
                    + "read the ports of entry.").call(ports::list);
            list = found == null ? List.of() : found;
        }
        return list;
    }

    public String add() throws IOException {
        return PageAction.on(faces, ADD_FORM).done(() -> ports.add(new PortRequest(blankToNull(code), blankToNull(name),
                blankToNull(state), number(position), null)), "The port of entry was added.", DONE);
    }

    public String change() throws IOException {
        Boolean retired = switch (service) {
            case "RETIRE" -> Boolean.TRUE;
            case "RESTORE" -> Boolean.FALSE;
            default -> null;
        };
        return PageAction.on(faces, CHANGE_FORM).done(() -> ports.change(changeCode, new PortRequest(null, blankToNull(newName),
                null, null, retired)), "The port of entry was changed.", DONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1; // refused by the request's own check, with its message
        }
    }

    public String getCode() { return code; }
    public void setCode(String v) { this.code = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getState() { return state; }
    public void setState(String v) { this.state = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { this.position = v; }
    public String getChangeCode() { return changeCode; }
    public void setChangeCode(String v) { this.changeCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { this.newName = v; }
    public String getService() { return service; }
    public void setService(String v) { this.service = v; }
}
