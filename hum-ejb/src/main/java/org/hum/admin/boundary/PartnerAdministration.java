package org.hum.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.User;
import org.hum.admin.control.AccountRules;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.partner.NewPartnerAccount;
import org.hum.api.partner.NewPartnerOrg;
import org.hum.api.partner.PartnerAccountView;
import org.hum.api.partner.PartnerCertificate;
import org.hum.api.partner.PartnerOrgChange;
import org.hum.api.partner.PartnerOrgView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.Ports;
import org.hum.crypto.control.PasswordHasher;
import org.hum.partner.cms.CertificateCheck;
import org.hum.partner.control.OrgRow;
import org.hum.partner.control.PartnerCertificates;
import org.hum.partner.control.PartnerStore;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Partner organisations, their certificates and their accounts (docs/domain.md, "The partner
 * exchange"). Administrators keep them; an uploaded certificate is checked before it is kept,
 * and a PARTNER account is only ever made here, bound to its organisation, with the lowest
 * clearance and no compartment.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PartnerAdministration {
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String OBJECT = "PARTNER_ORG";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    PartnerStore store;

    @Inject
    Ports portList;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public PartnerOrgView create(@NotNull @Valid NewPartnerOrg n) {
        Viewer admin = viewers.of(principal);
        String name = n.name().strip();
        if (store.orgNamed(name).isPresent()) {
            throw new HumException(ErrorCode.CONFLICT, "A partner organisation named '" + name + "' already exists: "
                    + "choose another name, or change that organisation instead.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OrgRow o = new OrgRow(UUID.randomUUID().toString(), name, n.kind(), n.jurisdiction().strip(),
                portList.inService(n.ports(), "ports").stream().sorted().toList(), n.contact().strip(),
                UUID.randomUUID().toString(), null, null, null, blankToNull(n.pushUrl()), true, now);
        store.insertOrg(o, admin.userId());
        audit.record("PARTNER_ORG_CREATED", OBJECT, o.id(), null, AuditTrail.SUCCESS);
        return view(store.org(o.id()).orElseThrow());
    }

    public List<PartnerOrgView> list() {
        return store.orgs().stream().map(this::view).toList();
    }

    public PartnerOrgView find(String id) {
        return view(org(id));
    }

    public PartnerOrgView change(String id, @NotNull @Valid PartnerOrgChange c) {
        OrgRow o = org(id);
        store.change(o.id(), c.jurisdiction() == null ? o.jurisdiction() : c.jurisdiction().strip(),
                c.ports() == null ? o.ports() : portList.inServiceOrKept(c.ports(), o.ports(), "ports").stream().sorted().toList(),
                c.contact() == null ? o.contact() : c.contact().strip(),
                c.pushUrl() == null ? o.pushUrl() : blankToNull(c.pushUrl()),
                c.active() == null ? o.active() : c.active(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record("PARTNER_ORG_CHANGED", OBJECT, o.id(), null, AuditTrail.SUCCESS);
        return view(store.org(o.id()).orElseThrow());
    }

    /** Checks and keeps the organisation's certificate: a bad one is refused with every reason. */
    public PartnerOrgView certificate(String id, @NotNull @Valid PartnerCertificate c) {
        OrgRow o = org(id);
        Instant now = clock.instant();
        CertificateCheck.Verdict verdict = CertificateCheck.check(c.pem().getBytes(StandardCharsets.US_ASCII), now);
        if (!verdict.accepted()) {
            List<FieldError> errors = verdict.problems().stream().map(p -> new FieldError("pem", p.message())).toList();
            throw new HumException(ErrorCode.INVALID_INPUT, "The certificate cannot be used: "
                    + String.join("; ", verdict.problems().stream().map(CertificateCheck.Problem::message).toList()), errors);
        }
        X509Certificate cert = verdict.certificate();
        try {
            store.certificate(o.id(), cert.getEncoded(), CertificateCheck.fingerprint(cert),
                    cert.getNotAfter().toInstant(), now.truncatedTo(ChronoUnit.MICROS));
        } catch (CertificateEncodingException e) {
            throw HumException.invalid("pem", "the certificate cannot be encoded again: upload it as issued");
        }
        audit.record("PARTNER_CERTIFICATE_SET", OBJECT, o.id(), null, AuditTrail.SUCCESS);
        return view(store.org(o.id()).orElseThrow());
    }

    public PartnerAccountView addAccount(String id, @NotNull @Valid NewPartnerAccount n) {
        OrgRow o = org(id);
        String username = n.username().strip();
        AccountRules.checkPassword(username, n.password());
        if (!em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getResultList().isEmpty()) {
            throw new HumException(ErrorCode.CONFLICT, "A user named '" + username + "' already exists: choose another username.");
        }
        User u = new User(UUID.randomUUID().toString(), username, n.displayName().strip(),
                HASHER.hash(n.password().toCharArray()), "partner", 0, Set.of(Role.PARTNER_NAME), Set.of(), clock.instant());
        em.persist(u);
        em.flush();
        store.insertAccount(u.id(), o.id(), n.machine());
        audit.record("PARTNER_ACCOUNT_CREATED", "USER", u.id(), null, AuditTrail.SUCCESS);
        return new PartnerAccountView(u.username(), u.displayName(), n.machine(), true);
    }

    private OrgRow org(String id) {
        if (id == null || id.length() != 36) {
            throw HumException.notFound("partner organisation");
        }
        return store.org(id).orElseThrow(() -> HumException.notFound("partner organisation"));
    }

    private PartnerOrgView view(OrgRow o) {
        String subject = null;
        if (o.certificate() != null) {
            subject = CertificateCheck.summary(PartnerCertificates.parse(o.certificate()));
        }
        List<PartnerAccountView> accounts = store.accounts(o.id()).stream().map(r -> new PartnerAccountView((String) r[0],
                (String) r[1], bool(r[2]), bool(r[3]))).toList();
        return new PartnerOrgView(o.id(), o.name(), o.kind(), o.jurisdiction(), o.ports(), o.contact(), o.collectionId(),
                subject, o.certSha256(), o.certNotAfter(), o.pushUrl(), o.active(), accounts);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
