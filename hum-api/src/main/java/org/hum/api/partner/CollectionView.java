package org.hum.api.partner;

/** A TAXII collection: one per partner organisation, read-only for partners. */
public record CollectionView(String id, String title, String description) {
}
