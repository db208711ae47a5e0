package org.hum.partner.control;

/** One claimed push delivery: the outbox row, its stable delivery id and the attempt it is on. */
public record Delivery(long id, String deliveryId, String orgId, long entryId, String actorId, int attempt) {
}
