/**
 * The crypto core: field-level envelope encryption ({@link org.hum.crypto.control.FieldCipher}),
 * data keys and their wrapping under key-encryption keys held in a PKCS12 key store
 * ({@link org.hum.crypto.control.KeyVault}), provider registration
 * ({@link org.hum.crypto.control.CryptoProviders}) and Argon2id password hashing
 * ({@link org.hum.crypto.control.PasswordHasher}).
 *
 * <p>Rules it enforces (docs/architecture.md, "Field-level encryption"):
 * <ul>
 * <li>AES-256-GCM always from the JDK's own provider, named explicitly ({@code SunJCE}),
 *     with a 96-bit random nonce.</li>
 * <li>Bouncy Castle is registered last with {@code Security.addProvider}, never at
 *     position 1, and used only where the JDK has nothing as good (Argon2 here).</li>
 * <li>Associated data binds every ciphertext to its place (entity, column, row id) and its
 *     key (DEK id and version), and every wrapped key to its DEK id, version and KEK id.</li>
 * <li>Fail closed: any malformed, tampered or misplaced ciphertext gives one uniform
 *     {@link org.hum.crypto.control.CryptoIntegrityException}.</li>
 * <li>No plaintext, password or key byte ever reaches a log line, exception message or
 *     {@code toString()}.</li>
 * </ul>
 */
package org.hum.crypto.control;
