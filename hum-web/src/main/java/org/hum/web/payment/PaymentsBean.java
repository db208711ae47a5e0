package org.hum.web.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hum.api.payment.ApprovalRequest;
import org.hum.api.payment.LedgerEntryView;
import org.hum.api.payment.PaymentGroundsView;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.payment.PaymentsView;
import org.hum.api.payment.SourceLedger;
import org.hum.payment.boundary.Ledger;
import org.hum.payment.boundary.Payments;
import org.hum.payment.boundary.Receipts;
import org.hum.rules.boundary.RuleCalendar;
import org.hum.web.platform.PageAction;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments page of one source: request a payment, approve or reject a step, record a payment
 * before two witnesses with its receipt (the forms: {@link PaymentForms}), and the ledger with its
 * totals and a chart of payments per month ({@link LedgerChart}). Every rule is the server's; a
 * refusal shows its message.
 */
@Named
@RequestScoped
public class PaymentsBean extends PaymentForms {
    static final String REQUEST_FORM = "payment";
    static final String PAY_FORM = "pay";

    @Inject
    Payments payments;

    @Inject
    Ledger ledgers;

    @Inject
    Receipts receipts;

    @Inject
    FacesContext faces;

    @Inject
    RuleCalendar calendar;

    private String id;
    private boolean loaded;
    /** The first payment of the page shown (0, the newest), from {@code &from=}. */
    private int from;
    /** The first ledger entry of the page shown (0, the oldest), from {@code &entries=}; null: the newest entries. */
    private Integer entriesFrom;
    private PaymentsView list;
    private List<PaymentView> decidable;
    private List<PaymentView> payable;
    private SourceLedger ledger;
    private PaymentGroundsView grounds;
    private final Map<String, String> reasons = new HashMap<>();

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var params = faces.getExternalContext().getRequestParameterMap();
        if (id == null) {
            // a postback asks during its decoding, before the view parameter is applied; every form posts the id
            id = params.get("id");
        }
        from = position(params.get("from"), 0);
        int entries = position(params.get("entries"), -1);
        entriesFrom = entries < 0 ? null : entries;
        Payments.Worklist work = PageAction.onTop(faces).forbidden("Your roles do not include payments.")
                .call(() -> payments.worklist(id, from));
        list = work == null ? null : work.page();
        decidable = work == null ? List.of() : work.awaitingStep().stream().filter(p -> p.may().approve()).toList();
        payable = work == null ? List.of() : work.awaitingPayment().stream().filter(p -> p.may().pay()).toList();
        ledger = list == null ? null : PageAction.quietly(() -> ledgers.ledger(id, entriesFrom, SourceLedger.PAGE), null);
    }

    private static int position(String value, int absent) {
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : absent;
    }

    /** The payments of the page shown, newest first. */
    public List<PaymentView> getPayments() {
        load();
        return list == null ? null : list.payments();
    }

    /** The page of payments shown, with its total. */
    public PaymentsView getPage() {
        load();
        return list;
    }

    public int getFrom() { load(); return from; }

    /** Where the newer page starts; -1 on the first. */
    public int getNewerFrom() { load(); return from == 0 ? -1 : Math.max(0, from - PaymentsView.PAGE); }

    /** Where the older page starts; -1 on the last. */
    public int getOlderFrom() {
        load();
        return list == null || from + list.payments().size() >= list.total() ? -1 : from + list.payments().size();
    }

    /** Where the ledger page of earlier entries starts; -1 on the first. */
    public int getEarlierEntries() {
        load();
        return ledger == null || ledger.from() == 0 ? -1 : Math.max(0, ledger.from() - SourceLedger.PAGE);
    }

    /** Where the ledger page of later entries starts; -1 on the last. */
    public int getLaterEntries() {
        load();
        return ledger == null || ledger.from() + ledger.entries().size() >= ledger.total() ? -1 : ledger.from() + ledger.entries().size();
    }

    /** What a payment may rest on, for the request form's choices; null for a reader who may not request. */
    public PaymentGroundsView getGrounds() {
        load();
        if (grounds == null && list != null) {
            grounds = PageAction.quietly(() -> payments.grounds(id), new PaymentGroundsView(List.of(), List.of()));
        }
        return grounds;
    }

    public SourceLedger getLedger() {
        load();
        return ledger;
    }

    /** The payments awaiting a step the caller may approve (newest first, among the newest 200 awaiting one). */
    public List<PaymentView> getDecidable() {
        load();
        return decidable;
    }

    /** The payments the caller may record as paid (newest first, among the newest 200 approved). */
    public List<PaymentView> getPayable() {
        load();
        return payable;
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

    public String reverse(String entryId) throws IOException {
        return act(REQUEST_FORM, "The entry was reversed.", () -> ledgers.reverse(entryId, new PaymentReason(reasons.get(entryId))));
    }

    /** The payments whose receipt the caller may download. */
    public List<PaymentView> getWithReceipt() {
        load();
        return list == null ? List.of() : list.payments().stream().filter(p -> p.receipt() != null && p.may().readReceipt()).toList();
    }

    /** Sends the receipt's file (the boundary audits the read). */
    public String download(String payment) throws IOException {
        PageAction.onTop(faces).run(() -> {
            Receipts.ReceiptFile file = receipts.receipt(payment);
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
        });
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

    public String request() throws IOException {
        return act(REQUEST_FORM, "The payment was requested.", () -> payments.request(id, paymentRequest(getDefaultCurrency())));
    }

    public String approve(String payment) throws IOException {
        return act(REQUEST_FORM, "The step was approved.", () -> payments.approve(payment, new ApprovalRequest(null)));
    }

    public String reject(String payment) throws IOException {
        return act(REQUEST_FORM, "The payment was rejected.", () -> payments.reject(payment, new PaymentReason(reasons.get(payment))));
    }

    public String pay() throws IOException {
        return act(PAY_FORM, "The payment was recorded in the ledger.", () -> receipts.pay(getPaymentId(), paymentRecord()));
    }

    private String act(String form, String done, PageAction.Step action) throws IOException {
        return PageAction.on(faces, form).done(action, done, "/sources/payments?faces-redirect=true&id=" + id);
    }

    /** Payments per month (net of reversals) as an inline SVG bar chart. */
    public String getChart() {
        load();
        return LedgerChart.svg(ledger);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Map<String, String> getReasons() { return reasons; }

    /** Today by the rule clock unless given: a payment is recorded on the day it is made. */
    public String getPaidOn() {
        return typedPaidOn() != null ? typedPaidOn() : calendar.today().toString();
    }
}
