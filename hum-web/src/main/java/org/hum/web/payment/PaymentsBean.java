package org.hum.web.payment;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.error.HumException;
import org.hum.api.payment.ApprovalRequest;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.LedgerEntryView;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.payment.SourceLedger;
import org.hum.api.payment.SubSourceItem;
import org.hum.payment.boundary.Payments;
import org.hum.rules.boundary.RuleCalendar;
import org.hum.web.platform.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The payments page of one source: request a payment, approve or reject a step, record a payment
 * before two witnesses with its receipt, and the ledger with its totals and a chart of payments
 * per month (SVG drawn here, no script). Every rule is the server's; a refusal shows its message.
 */
@Named
@RequestScoped
public class PaymentsBean {
    static final String REQUEST_FORM = "payment";
    static final String PAY_FORM = "pay";

    @Inject
    Payments payments;

    @Inject
    FacesContext faces;

    @Inject
    RuleCalendar calendar;

    private String id;
    private boolean loaded;
    private List<PaymentView> list;
    private SourceLedger ledger;

    private String amount;
    private String currency;
    private String kind = PaymentKind.EXPENSES.name();
    private String purpose;
    private String contactReportId;
    private String taskingId;
    private String caseReference;
    private String contingentOn = Contingency.NONE.name();
    private String withinDutyToReport;
    private String items;
    private final Map<String, String> reasons = new HashMap<>();

    private String paymentId;
    private String paidOn;
    private String witness1;
    private String witness2;
    private Part receipt;
    private String receiptAmount;
    private String receiptDated;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            // a postback asks during its decoding, before the view parameter is applied; every form posts the id
            id = faces.getExternalContext().getRequestParameterMap().get("id");
        }
        try {
            list = payments.list(id);
            ledger = payments.ledger(id);
        } catch (HumException e) {
            list = null;
            ledger = null;
        } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
            list = null;
            ledger = null;
            Messages.error(faces, "Your roles do not include payments.");
        }
    }

    public List<PaymentView> getPayments() {
        load();
        return list;
    }

    private org.hum.api.payment.PaymentGroundsView grounds;

    /** What a payment may rest on, for the request form's choices; null for a reader who may not request. */
    public org.hum.api.payment.PaymentGroundsView getGrounds() {
        load();
        if (grounds == null && list != null) {
            try {
                grounds = payments.grounds(id);
            } catch (HumException | EJBAccessException | jakarta.ejb.AccessLocalException e) {
                grounds = new org.hum.api.payment.PaymentGroundsView(List.of(), List.of());
            }
        }
        return grounds;
    }

    public SourceLedger getLedger() {
        load();
        return ledger;
    }

    /** The payments awaiting a step the caller may approve. */
    public List<PaymentView> getDecidable() {
        load();
        return list == null ? List.of() : list.stream().filter(p -> p.may().approve()).toList();
    }

    /** The payments the caller may record as paid. */
    public List<PaymentView> getPayable() {
        load();
        return list == null ? List.of() : list.stream().filter(p -> p.may().pay()).toList();
    }

    /** The PAYMENT entries not yet reversed, for a controller or authorising officer. */
    public List<LedgerEntryView> getReversible() {
        load();
        var external = faces.getExternalContext();
        if (ledger == null || !(external.isUserInRole("CONTROLLER") || external.isUserInRole("AUTHORISING_OFFICER"))) {
            return List.of();
        }
        return ledger.entries().stream().filter(e -> "PAYMENT".equals(e.entryKind()) && e.reversedBy() == null).toList();
    }

    public String reverse(String entryId) {
        return act(REQUEST_FORM, "The entry was reversed.", () -> payments.reverse(entryId, new PaymentReason(reasons.get(entryId))));
    }

    /** The payments whose receipt the caller may download. */
    public List<PaymentView> getWithReceipt() {
        load();
        return list == null ? List.of() : list.stream().filter(p -> p.receipt() != null).toList();
    }

    /** Sends the receipt's file (the boundary audits the read). */
    public String download(String payment) throws IOException {
        try {
            Payments.ReceiptFile file = payments.receipt(payment);
            var external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(file.mediaType());
            external.setResponseContentLength(file.content().length);
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"receipt-" + payment
                    + (file.mediaType().equals("application/pdf") ? ".pdf" : file.mediaType().equals("image/png") ? ".png" : ".jpg") + "\"");
            external.setResponseHeader("X-Content-Type-Options", "nosniff");
            external.setResponseHeader("Cache-Control", "no-store");
            external.getResponseOutputStream().write(file.content());
            faces.responseComplete();
        } catch (HumException e) {
            Messages.error(faces, e.getMessage());
        } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow this.");
        }
        return null;
    }

    public String getDefaultCurrency() {
        load();
        return ledger == null ? "" : ledger.totals().currency();
    }

    public String stepsStillNeeded(PaymentView p) {
        if (p.status() != PaymentStatus.REQUESTED) {
            return "";
        }
        return String.join("; ", p.steps().stream().filter(s -> "PENDING".equals(s.decision()))
                .map(s -> s.tier() + " (" + s.whoMay() + ")").toList());
    }

    // ---- actions ----

    public String request() {
        BigDecimal value;
        List<SubSourceItem> parsed;
        try {
            value = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip());
            parsed = items(items);
        } catch (NumberFormatException e) {
            Messages.show(faces, REQUEST_FORM, HumException.invalid("amount", "must be a number such as 150.00"));
            return null;
        } catch (IllegalArgumentException e) {
            Messages.show(faces, REQUEST_FORM, HumException.invalid("items", e.getMessage()));
            return null;
        }
        Boolean within = withinDutyToReport == null || withinDutyToReport.isBlank() ? null : Boolean.valueOf(withinDutyToReport);
        String cur = currency == null || currency.isBlank() ? getDefaultCurrency() : currency.strip();
        return act(REQUEST_FORM, "The payment was requested.", () -> payments.request(id, new PaymentRequest(value, cur,
                kind == null ? null : PaymentKind.valueOf(kind), purpose, blankToNull(contactReportId), blankToNull(taskingId),
                blankToNull(caseReference), contingentOn == null ? null : Contingency.valueOf(contingentOn), within, parsed)));
    }

    public String approve(String payment) {
        return act(REQUEST_FORM, "The step was approved.", () -> payments.approve(payment, new ApprovalRequest(null)));
    }

    public String reject(String payment) {
        return act(REQUEST_FORM, "The payment was rejected.", () -> payments.reject(payment, new PaymentReason(reasons.get(payment))));
    }

    public String pay() {
        LocalDate day;
        LocalDate dated;
        BigDecimal stated;
        String base64;
        try {
            day = date(paidOn);
            dated = receiptDated == null || receiptDated.isBlank() ? day : date(receiptDated);
            stated = receiptAmount == null || receiptAmount.isBlank() ? null : new BigDecimal(receiptAmount.strip());
        } catch (DateTimeParseException e) {
            Messages.show(faces, PAY_FORM, HumException.invalid("paidOn", "must be a date as YYYY-MM-DD"));
            return null;
        } catch (NumberFormatException e) {
            Messages.show(faces, PAY_FORM, HumException.invalid("receiptAmount", "must be the amount the receipt states, such as 150.00"));
            return null;
        }
        try {
            base64 = receipt(receipt);
        } catch (IOException e) {
            Messages.show(faces, PAY_FORM, HumException.invalid("receipt", "could not be read: upload it again"));
            return null;
        } catch (HumException e) {
            Messages.show(faces, PAY_FORM, e);
            return null;
        }
        return act(PAY_FORM, "The payment was recorded in the ledger.", () -> payments.pay(paymentId,
                new PaymentRecord(day, witness1, witness2, base64, stated, dated)));
    }

    private static String receipt(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > PaymentRecord.RECEIPT_MAX_BYTES) {
            throw HumException.invalid("receipt", "is " + part.getSize() / 1024 + " KiB; a receipt must be at most "
                    + PaymentRecord.RECEIPT_MAX_BYTES / 1024 + " KiB");
        }
        try (InputStream in = part.getInputStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        }
    }

    private String act(String form, String done, Runnable action) {
        try {
            action.run();
        } catch (HumException e) {
            Messages.show(faces, form, e);
            return null;
        } catch (ConstraintViolationException e) {
            Messages.show(faces, form, e);
            return null;
        } catch (EJBAccessException | jakarta.ejb.AccessLocalException e) {
            Messages.error(faces, "Your roles do not allow this.");
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/sources/payments?faces-redirect=true&id=" + id;
    }

    /** Lines of "amount; description". */
    static List<SubSourceItem> items(String text) {
        List<SubSourceItem> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int sep = line.indexOf(';');
            if (sep < 0) {
                throw new IllegalArgumentException("each line is 'amount; what it pays the sub-source for'");
            }
            out.add(new SubSourceItem(line.substring(sep + 1).strip(), new BigDecimal(line.substring(0, sep).strip())));
        }
        return out;
    }

    // ---- the chart ----

    /**
     * Payments per month (net of reversals) as an inline SVG bar chart: the last 12 months up to
     * the latest entry. Drawn from numbers and month names only.
     */
    public String getChart() {
        load();
        if (ledger == null || ledger.entries().isEmpty()) {
            return "<p id=\"ledger-chart-empty\">No payments yet.</p>";
        }
        Map<YearMonth, BigDecimal> perMonth = new TreeMap<>();
        for (LedgerEntryView e : ledger.entries()) {
            perMonth.merge(YearMonth.from(e.paidOn()), e.amount(), BigDecimal::add);
        }
        YearMonth last = ((TreeMap<YearMonth, BigDecimal>) perMonth).lastKey();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        BigDecimal max = months.stream().map(m -> perMonth.getOrDefault(m, BigDecimal.ZERO)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        int width = 600;
        int height = 200;
        int barW = 40;
        int gap = 10;
        StringBuilder svg = new StringBuilder("<svg id=\"ledger-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-label=\"Payments per month\" width=\"").append(width).append("\" height=\"").append(height + 40)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height + 40).append("\">");
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            BigDecimal v = perMonth.getOrDefault(m, BigDecimal.ZERO);
            int h = v.signum() <= 0 ? 0 : v.multiply(BigDecimal.valueOf(height - 20)).divide(max, java.math.RoundingMode.HALF_UP).intValue();
            int x = i * (barW + gap) + gap;
            svg.append("<g class=\"bar\" data-month=\"").append(m).append("\" data-amount=\"").append(v.toPlainString()).append("\">")
                    .append("<title>").append(m).append(": ").append(v.toPlainString()).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(height - h).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(h).append("\" fill=\"#2b6cb0\"/>")
                    .append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(height + 15)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(m.getMonthValue()).append('/')
                    .append(m.getYear() % 100).append("</text></g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties ----

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { this.amount = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { this.currency = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v; }
    public String getContactReportId() { return contactReportId; }
    public void setContactReportId(String v) { this.contactReportId = v; }
    public String getTaskingId() { return taskingId; }
    public void setTaskingId(String v) { this.taskingId = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { this.caseReference = v; }
    public String getContingentOn() { return contingentOn; }
    public void setContingentOn(String v) { this.contingentOn = v; }
    public String getWithinDutyToReport() { return withinDutyToReport; }
    public void setWithinDutyToReport(String v) { this.withinDutyToReport = v; }
    public String getItems() { return items; }
    public void setItems(String v) { this.items = v; }
    public Map<String, String> getReasons() { return reasons; }
    public String getPaymentId() { return paymentId; }
    public void setPaymentId(String v) { this.paymentId = v; }
    /** Today by the rule clock unless given: a payment is recorded on the day it is made. */
    public String getPaidOn() {
        return paidOn != null ? paidOn : calendar.today().toString();
    }
    public void setPaidOn(String v) { this.paidOn = v; }
    public String getWitness1() { return witness1; }
    public void setWitness1(String v) { this.witness1 = v; }
    public String getWitness2() { return witness2; }
    public void setWitness2(String v) { this.witness2 = v; }
    public Part getReceipt() { return receipt; }
    public void setReceipt(Part v) { this.receipt = v; }
    public String getReceiptAmount() { return receiptAmount; }
    public void setReceiptAmount(String v) { this.receiptAmount = v; }
    public String getReceiptDated() { return receiptDated; }
    public void setReceiptDated(String v) { this.receiptDated = v; }
}
