package org.hum.web.payment;

import jakarta.servlet.http.Part;
import org.hum.api.error.HumException;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.SubSourceItem;
import org.hum.web.platform.Inputs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What the payments page's two forms hold: a payment's request, and its record as paid before
 * two witnesses with its receipt; and the request and record they stand for. A typed value that
 * does not parse is refused on its field, as the core refuses one.
 */
public class PaymentForms {
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

    private String paymentId;
    private String paidOn;
    private String witness1;
    private String witness2;
    private Part receipt;
    private String receiptAmount;
    private String receiptDated;

    /** The request the form stands for, in the source's currency unless another is typed. */
    PaymentRequest paymentRequest(String defaultCurrency) {
        BigDecimal value = Inputs.amount("amount", amount, "must be a number such as 150.00");
        List<SubSourceItem> parsed = items(items);
        Boolean within = Inputs.blank(withinDutyToReport) ? null : Boolean.valueOf(withinDutyToReport);
        String cur = Inputs.blank(currency) ? defaultCurrency : currency.strip();
        return new PaymentRequest(value, cur, kind == null ? null : PaymentKind.valueOf(kind), purpose,
                Inputs.orNull(contactReportId), Inputs.orNull(taskingId), Inputs.orNull(caseReference),
                contingentOn == null ? null : Contingency.valueOf(contingentOn), within, parsed);
    }

    /** The record of the payment as paid; the receipt's day is the payment's unless typed. */
    PaymentRecord paymentRecord() {
        LocalDate day = Inputs.date("paidOn", paidOn);
        LocalDate dated = Inputs.blank(receiptDated) ? day : Inputs.date("paidOn", receiptDated);
        BigDecimal stated = Inputs.amount("receiptAmount", receiptAmount, "must be the amount the receipt states, such as 150.00");
        return new PaymentRecord(day, witness1, witness2, receipt(receipt), stated, dated);
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
                throw HumException.invalid("items", "each line is 'amount; what it pays the sub-source for'");
            }
            BigDecimal value = Inputs.amount("amount", line.substring(0, sep), "must be a number such as 150.00");
            out.add(new SubSourceItem(line.substring(sep + 1).strip(), value));
        }
        return out;
    }

    /** The receipt as base64, or null; one over the limit is refused before it is sent. */
    private static String receipt(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > PaymentRecord.RECEIPT_MAX_BYTES) {
            throw HumException.invalid("receipt", "is " + part.getSize() / 1024 + " KiB; a receipt must be at most "
                    + PaymentRecord.RECEIPT_MAX_BYTES / 1024 + " KiB");
        }
        try (InputStream in = part.getInputStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw HumException.invalid("receipt", "could not be read: upload it again");
        }
    }

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
    public String getPaymentId() { return paymentId; }
    public void setPaymentId(String v) { this.paymentId = v; }
    /** The day paid as typed, or null: the page offers today by the rule clock. */
    String typedPaidOn() { return paidOn; }
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
