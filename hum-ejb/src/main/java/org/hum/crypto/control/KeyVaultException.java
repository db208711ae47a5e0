package org.hum.crypto.control;

/**
 * The key store could not be opened, read or written. The message names what an operator
 * should check (path, password, file); it never holds a password or key bytes.
 */
public class KeyVaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyVaultException(String message) {
        super(message);
    }

    public KeyVaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
