package org.hum.api.payment;

import java.util.List;

/**
 * {@code GET /api/sources/{id}/payments?status=S&contactReportId=C&from=N&size=M}: a page of the
 * source's payments, newest first ({@code size} of them, {@value #PAGE} unless asked, at most
 * {@value #MAX_PAGE}, from the {@code from}-th), of one status if asked, resting on one contact report
 * version if asked.
 *
 * @param status          the status asked for; {@code null}: every status
 * @param contactReportId the contact report version asked for; {@code null}: any, or none
 * @param total  how many payments of that status (or in all) the file has
 * @param from   the position of the page's first payment (0: the newest)
 */
public record PaymentsView(String sourceId, PaymentStatus status, String contactReportId, List<PaymentView> payments, long total, int from) {
    /** Payments on a page unless {@code size} asks otherwise. */
    public static final int PAGE = 50;
    /** The most payments a page may ask for. */
    public static final int MAX_PAGE = 200;
}
