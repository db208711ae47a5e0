package org.hum.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.PaymentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A payment request and its state (V020). Only the status changes in place (and the purpose's key version). */
@Entity
@Table(name = "payment")
public class Payment {
    public static final String ENTITY = "payment";
    public static final String PURPOSE = "purpose";

    @Id
    @Column(length = 36)
    private String id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "source_id", nullable = false, length = 36, updatable = false)
    private String sourceId;

    @Column(name = "contact_report_id", length = 36, updatable = false)
    private String contactReportId;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 16, updatable = false)
    private String kind;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "tasking_id", length = 36, updatable = false)
    private String taskingId;

    @Column(name = "case_reference", length = 64, updatable = false)
    private String caseReference;

    @Column(name = "contingent_on", nullable = false, length = 16, updatable = false)
    private String contingentOn;

    @Column(name = "within_duty_to_report", updatable = false)
    private Boolean withinDutyToReport;

    @Column(nullable = false, length = 160, updatable = false)
    private String steps;

    @Column(name = "year_exposure", nullable = false, precision = 16, scale = 2, updatable = false)
    private BigDecimal yearExposure;

    @Column(name = "lifetime_exposure", nullable = false, precision = 16, scale = 2, updatable = false)
    private BigDecimal lifetimeExposure;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 36, updatable = false)
    private String requestedBy;

    @Column(name = "dek_version", nullable = false)
    private int dekVersion;

    @Column(nullable = false)
    private byte[] purpose;

    protected Payment() {
    }

    public Payment(String id, String sourceId, String contactReportId, String taskingId, BigDecimal amount,
                   String currency, String kind, String caseReference, String contingentOn, Boolean withinDutyToReport,
                   List<ApprovalTier> steps, BigDecimal yearExposure, BigDecimal lifetimeExposure, Instant requestedAt,
                   String requestedBy) {
        this.id = id;
        this.sourceId = sourceId;
        this.contactReportId = contactReportId;
        this.taskingId = taskingId;
        this.amount = amount;
        this.currency = currency;
        this.kind = kind;
        this.caseReference = caseReference;
        this.contingentOn = contingentOn;
        this.withinDutyToReport = withinDutyToReport;
        this.steps = steps.stream().map(Enum::name).collect(Collectors.joining(","));
        this.yearExposure = yearExposure;
        this.lifetimeExposure = lifetimeExposure;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.status = PaymentStatus.REQUESTED.name();
    }

    public void protectedPurpose(int dekVersion, byte[] purpose) {
        this.dekVersion = dekVersion;
        this.purpose = purpose;
    }

    public void status(PaymentStatus status) {
        this.status = status.name();
    }

    public String id() { return id; }
    public Long seq() { return seq; }
    public String sourceId() { return sourceId; }
    public String contactReportId() { return contactReportId; }
    public String taskingId() { return taskingId; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public String kind() { return kind; }
    public PaymentStatus status() { return PaymentStatus.valueOf(status); }
    public String caseReference() { return caseReference; }
    public String contingentOn() { return contingentOn; }
    public Boolean withinDutyToReport() { return withinDutyToReport; }
    public BigDecimal yearExposure() { return yearExposure; }
    public BigDecimal lifetimeExposure() { return lifetimeExposure; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public int dekVersion() { return dekVersion; }
    public byte[] purpose() { return purpose; }

    public List<ApprovalTier> steps() {
        return Arrays.stream(steps.split(",")).map(ApprovalTier::valueOf).toList();
    }
}
