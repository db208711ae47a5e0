package org.hum.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.admin.boundary.Administration;
import org.hum.api.admin.CompartmentView;
import org.hum.api.admin.NewCompartment;
import org.hum.api.admin.NewUser;
import org.hum.api.admin.Refusal;
import org.hum.api.admin.RequestView;
import org.hum.api.admin.UserChange;
import org.hum.api.admin.UserView;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The administration page: users with their clearance, compartments and roles; forms to
 * create a user, change one, and create a compartment. Lists of roles and compartments are
 * typed comma-separated. Nothing is kept in the session, and no password is ever shown.
 */
@Named
@RequestScoped
public class AdminBean {
    static final String NEW_USER = "newUser";
    static final String CHANGE_USER = "changeUser";
    static final String NEW_COMPARTMENT = "newCompartment";
    static final String DECIDE = "decide";
    static final String USERS = "people";

    @Inject
    Administration administration;

    @Inject
    FacesContext faces;

    private List<UserView> users;
    private List<CompartmentView> compartments;
    private List<RequestView> requests;
    private String refusalReason;

    private String username;
    private String displayName;
    private String unit;
    private String clearance;
    private String roles;
    private String compartmentList;
    private String password;

    private String changeUsername;
    private String changeClearance;
    private String changeRoles;
    private String changeCompartments;
    private String changeEnabled;

    private String compartmentCode;
    private String compartmentName;

    public List<UserView> getUsers() {
        if (users == null) {
            users = administration.users();
        }
        return users;
    }

    public List<CompartmentView> getCompartments() {
        if (compartments == null) {
            compartments = administration.compartments();
        }
        return compartments;
    }

    public List<String> getLevels() {
        return administration.levels();
    }

    public String createUser() throws IOException {
        run(NEW_USER, () -> {
            RequestView r = administration.createUser(new NewUser(username, displayName, unit, clearance, list(roles),
                    list(compartmentList), password));
            done("User " + r.username() + " requested: the account exists once another administrator approves it "
                    + "under Requests.");
            username = displayName = unit = roles = compartmentList = null;
        });
        password = null;
        return null;
    }

    public String changeUser() throws IOException {
        run(CHANGE_USER, () -> {
            Boolean enabled = "yes".equals(changeEnabled) ? Boolean.TRUE : "no".equals(changeEnabled) ? Boolean.FALSE : null;
            Administration.Changed c = administration.changeUser(changeUsername, new UserChange(blankToNull(changeClearance),
                    changeRoles == null || changeRoles.isBlank() ? null : list(changeRoles),
                    compartmentChange(changeCompartments), enabled));
            done(c.user() != null ? "User " + c.user().username() + " changed: it applies to their next request."
                    : "The change raises " + c.request().username() + "'s rights: it applies once another "
                    + "administrator approves it under Requests.");
        });
        return null;
    }

    /** Forgets a user's second factor: they enrol again at their next login. */
    public String resetSecondFactor(String name) throws IOException {
        run(USERS, () -> {
            administration.resetSecondFactor(name);
            done("The second factor of " + name + " is reset: they enrol a new one at their next login.");
        });
        return null;
    }

    /** The account requests waiting for a second administrator. */
    public List<RequestView> getRequests() {
        if (requests == null) {
            requests = administration.pendingRequests();
        }
        return requests;
    }

    public String approve(String requestId) throws IOException {
        run(DECIDE, () -> {
            RequestView r = administration.approve(requestId);
            done("Request for " + r.username() + " approved and applied.");
        });
        return null;
    }

    public String refuse(String requestId) throws IOException {
        run(DECIDE, () -> {
            RequestView r = administration.refuse(requestId, new Refusal(refusalReason));
            done("Request for " + r.username() + " refused.");
            refusalReason = null;
        });
        return null;
    }

    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String v) { refusalReason = v; }

    public String createCompartment() throws IOException {
        run(NEW_COMPARTMENT, () -> {
            CompartmentView c = administration.createCompartment(new NewCompartment(compartmentCode, compartmentName));
            done("Compartment " + c.code() + " created.");
            compartmentCode = compartmentName = null;
        });
        return null;
    }

    public String joined(List<String> values) {
        return String.join(", ", values);
    }

    private void run(String form, PageAction.Step action) throws IOException {
        if (PageAction.on(faces, form).inputs(field -> uiField(form, field)).run(action)) {
            users = null;
            compartments = null;
            requests = null;
        }
    }

    /** The record's field names, as the form's input ids. */
    private static String uiField(String form, String field) {
        if (NEW_USER.equals(form) && "compartments".equals(field)) {
            return "compartmentList";
        }
        if (NEW_COMPARTMENT.equals(form)) {
            return "code".equals(field) ? "compartmentCode" : "compartmentName";
        }
        return field;
    }

    private void done(String text) {
        PageAction.info(faces, text);
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Blank keeps the compartments as they are; "none" takes them all away. */
    private static List<String> compartmentChange(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return "none".equalsIgnoreCase(typed.strip()) ? List.of() : list(typed);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public String getClearance() { return clearance; }
    public void setClearance(String v) { clearance = v; }
    public String getRoles() { return roles; }
    public void setRoles(String v) { roles = v; }
    public String getCompartmentList() { return compartmentList; }
    public void setCompartmentList(String v) { compartmentList = v; }
    public String getPassword() { return null; }
    public void setPassword(String v) { password = v; }
    public String getChangeUsername() { return changeUsername; }
    public void setChangeUsername(String v) { changeUsername = v; }
    public String getChangeClearance() { return changeClearance; }
    public void setChangeClearance(String v) { changeClearance = v; }
    public String getChangeRoles() { return changeRoles; }
    public void setChangeRoles(String v) { changeRoles = v; }
    public String getChangeCompartments() { return changeCompartments; }
    public void setChangeCompartments(String v) { changeCompartments = v; }
    public String getChangeEnabled() { return changeEnabled; }
    public void setChangeEnabled(String v) { changeEnabled = v; }
    public String getCompartmentCode() { return compartmentCode; }
    public void setCompartmentCode(String v) { compartmentCode = v; }
    public String getCompartmentName() { return compartmentName; }
    public void setCompartmentName(String v) { compartmentName = v; }
}
