package org.hum.web.contact;

import org.hum.api.contact.ContactMethod;
import org.hum.api.contact.ContactReportRequest;
import org.hum.api.contact.ContactVersionView;
import org.hum.api.contact.IntelligenceItemInput;
import org.hum.api.contact.OtherPresent;
import org.hum.api.contact.PresentRole;
import org.hum.api.error.HumException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the contact form holds, and the report request it stands for: strictly for a submission,
 * leniently for a draft (what does not parse yet is left out). The page's bean
 * ({@link ContactsBean}) adds what the page does with it; the draft servlet reads a draft from the
 * posted fields with {@link #draftOf}.
 */
public class ContactForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "contact";

    private String occurredAt;
    private String method = "MEETING";
    private String place;
    private String durationMinutes;
    private String narrative;
    private String presentUsers;
    private String otherRole;
    private String otherDescription;
    private boolean welfareConcern;
    private String welfareText;
    private boolean securityConcern;
    private String securityText;
    private String nextContactAt;
    private final List<ItemRow> items = new ArrayList<>();
    private String itemText;
    private String itemCredibility;
    private String itemHandling;
    private String itemTasking;
    private String itemPort;

    /** An item added to the form (kept for the view). */
    public record ItemRow(String text, String credibility, String handling, String taskingId, String port) implements Serializable {
    }

    /**
     * A draft from the form's fields as the browser sends them (the draft servlet): leniently,
     * what does not parse yet is left out. Items already added come as hidden {@code addedItem}
     * fields, "credibility|handling|taskingId|text".
     */
    static ContactReportRequest draftOf(Map<String, String[]> params) {
        ContactForm b = new ContactForm();
        b.occurredAt = one(params, "occurredAt");
        b.method = one(params, "method");
        b.place = one(params, "place");
        b.durationMinutes = one(params, "durationMinutes");
        b.narrative = one(params, "narrative");
        b.presentUsers = one(params, "presentUsers");
        b.otherRole = one(params, "otherRole");
        b.otherDescription = one(params, "otherDescription");
        b.itemText = one(params, "itemText");
        b.itemCredibility = one(params, "itemCredibility");
        b.itemHandling = one(params, "itemHandling");
        b.itemTasking = one(params, "itemTasking");
        b.itemPort = one(params, "itemPort");
        b.welfareConcern = one(params, "welfareConcern") != null;
        b.welfareText = one(params, "welfareText");
        b.securityConcern = one(params, "securityConcern") != null;
        b.securityText = one(params, "securityText");
        b.nextContactAt = one(params, "nextContactAt");
        for (String added : params.getOrDefault("addedItem", new String[0])) {
            // credibility|handling|tasking|port|text (the text last: it may hold a bar)
            String[] parts = added.split("\\|", 5);
            if (parts.length == 5) {
                b.items.add(new ItemRow(parts[4], parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1],
                        parts[2].isEmpty() ? null : parts[2], parts[3].isEmpty() ? null : parts[3]));
            }
        }
        try {
            return b.request(true);
        } catch (IllegalArgumentException e) {
            throw HumException.invalid("method", "must be one of the choices offered");
        }
    }

    private static String one(Map<String, String[]> params, String field) {
        String[] values = params.get(FORM + ":" + field);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** An added item as its hidden field carries it. */
    public String encode(ItemRow item) {
        return (item.credibility() == null ? "" : item.credibility()) + "|" + (item.handling() == null ? "" : item.handling())
                + "|" + (item.taskingId() == null ? "" : item.taskingId()) + "|" + (item.port() == null ? "" : item.port())
                + "|" + item.text();
    }

    /** Adds the item being typed to the items; false when it has no text. */
    boolean addTypedItem() {
        if (blank(itemText)) {
            return false;
        }
        items.add(new ItemRow(itemText.strip(), itemCredibility, itemHandling, blank(itemTasking) ? null : itemTasking,
                blank(itemPort) ? null : itemPort));
        itemText = null;
        itemPort = null;
        itemCredibility = null;
        itemHandling = null;
        itemTasking = null;
        return true;
    }

    /** What the form says; for a draft, leniently (what does not parse yet is left out). */
    ContactReportRequest request(boolean lenient) {
        List<IntelligenceItemInput> all = new ArrayList<>();
        items.forEach(i -> all.add(new IntelligenceItemInput(i.text(), i.credibility(), i.handling(), i.taskingId(), i.port())));
        if (!blank(itemText)) {
            all.add(new IntelligenceItemInput(itemText.strip(), itemCredibility, itemHandling, blank(itemTasking) ? null : itemTasking,
                    blank(itemPort) ? null : itemPort));
        }
        List<OtherPresent> others = new ArrayList<>();
        if (!blank(otherDescription) || !blank(otherRole)) {
            others.add(new OtherPresent(blank(otherRole) ? null : PresentRole.valueOf(otherRole), otherDescription));
        }
        List<String> users = new ArrayList<>();
        if (!blank(presentUsers)) {
            Arrays.stream(presentUsers.split("[,\\s]+")).filter(u -> !u.isBlank()).forEach(users::add);
        }
        return new ContactReportRequest(instant(occurredAt, "occurredAt", lenient), blank(method) ? null : ContactMethod.valueOf(method),
                place, minutes(lenient), narrative, users, others, all, welfareConcern, welfareText, securityConcern,
                securityText, instant(nextContactAt, "nextContactAt", lenient), null, null);
    }

    /** A recorded version as the form's request, to be corrected. */
    static ContactReportRequest asRequest(ContactVersionView v) {
        List<String> users = v.present().stream().filter(p -> p.username() != null).map(p -> p.username()).toList();
        List<OtherPresent> others = v.present().stream().filter(p -> p.username() == null)
                .map(p -> new OtherPresent(p.role(), p.description())).toList();
        List<IntelligenceItemInput> items = v.items().stream()
                .map(i -> new IntelligenceItemInput(i.text(), i.credibility(), i.handling(), i.taskingId(), i.port())).toList();
        return new ContactReportRequest(v.occurredAt(), v.method(), v.place(), v.durationMinutes(), v.narrative(), users,
                others, items, v.welfareConcern(), v.welfareText(), v.securityConcern(), v.securityText(), v.nextContactAt(),
                null, null);
    }

    /** Fills the form with a request (a draft reopened, a report to correct). */
    void fill(ContactReportRequest r) {
        occurredAt = r.occurredAt() == null ? null : LocalDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC).toString();
        method = r.method() == null ? null : r.method().name();
        place = r.place();
        durationMinutes = r.durationMinutes() == null ? null : r.durationMinutes().toString();
        narrative = r.narrative();
        presentUsers = String.join(", ", r.presentUsers());
        if (!r.othersPresent().isEmpty()) {
            otherRole = r.othersPresent().get(0).role() == null ? null : r.othersPresent().get(0).role().name();
            otherDescription = r.othersPresent().get(0).description();
        }
        items.clear();
        r.items().forEach(i -> items.add(new ItemRow(i.text(), i.credibility(), i.handling(), i.taskingId(), i.port())));
        welfareConcern = r.welfareConcern();
        welfareText = r.welfareText();
        securityConcern = r.securityConcern();
        securityText = r.securityText();
        nextContactAt = r.nextContactAt() == null ? null : LocalDateTime.ofInstant(r.nextContactAt(), ZoneOffset.UTC).toString();
    }

    /** A new contact happened now, by default (to the minute). */
    void startNow(LocalDateTime now) {
        occurredAt = now.toString();
    }

    private Integer minutes(boolean lenient) {
        if (blank(durationMinutes)) {
            return null;
        }
        try {
            return Integer.valueOf(durationMinutes.strip());
        } catch (NumberFormatException e) {
            if (lenient) {
                return null;
            }
            throw HumException.invalid("durationMinutes", "must be a whole number of minutes");
        }
    }

    private static Instant instant(String value, String field, boolean lenient) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            if (lenient) {
                return null;
            }
            throw HumException.invalid(field, "must be a date and time, such as 2027-03-15T14:30 (UTC)");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String occurredAt) { this.occurredAt = occurredAt; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(String durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getPresentUsers() { return presentUsers; }
    public void setPresentUsers(String presentUsers) { this.presentUsers = presentUsers; }
    public String getOtherRole() { return otherRole; }
    public void setOtherRole(String otherRole) { this.otherRole = otherRole; }
    public String getOtherDescription() { return otherDescription; }
    public void setOtherDescription(String otherDescription) { this.otherDescription = otherDescription; }
    public boolean isWelfareConcern() { return welfareConcern; }
    public void setWelfareConcern(boolean welfareConcern) { this.welfareConcern = welfareConcern; }
    public String getWelfareText() { return welfareText; }
    public void setWelfareText(String welfareText) { this.welfareText = welfareText; }
    public boolean isSecurityConcern() { return securityConcern; }
    public void setSecurityConcern(boolean securityConcern) { this.securityConcern = securityConcern; }
    public String getSecurityText() { return securityText; }
    public void setSecurityText(String securityText) { this.securityText = securityText; }
    public String getNextContactAt() { return nextContactAt; }
    public void setNextContactAt(String nextContactAt) { this.nextContactAt = nextContactAt; }
    public List<ItemRow> getItems() { return items; }
    public String getItemText() { return itemText; }
    public void setItemText(String itemText) { this.itemText = itemText; }
    public String getItemCredibility() { return itemCredibility; }
    public void setItemCredibility(String itemCredibility) { this.itemCredibility = itemCredibility; }
    public String getItemHandling() { return itemHandling; }
    public void setItemHandling(String itemHandling) { this.itemHandling = itemHandling; }
    public String getItemTasking() { return itemTasking; }
    public void setItemTasking(String itemTasking) { this.itemTasking = itemTasking; }
    public String getItemPort() { return itemPort; }
    public void setItemPort(String itemPort) { this.itemPort = itemPort; }
}
