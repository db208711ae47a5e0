package org.hum.api.keys;

/** The outcome of a key-encryption-key rotation: the new key, and how many data keys were re-wrapped. */
public record KekRotation(String newKek, int rewrapped) {
}
