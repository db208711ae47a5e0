package org.hum.api.contact;

/** An open tasking of the source an intelligence item may answer (for the form's select). */
public record TaskingOptionView(String id, String reference, String status) {
}
