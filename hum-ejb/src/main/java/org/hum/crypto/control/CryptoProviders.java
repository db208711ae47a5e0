package org.hum.crypto.control;

import java.security.GeneralSecurityException;
import java.security.Security;
import javax.crypto.Cipher;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Registers Bouncy Castle for what the JDK lacks (Argon2, HKDF, CMS, X.509 handling,
 * Ed25519 checkpoint signatures) without letting it take over AES-GCM.
 *
 * <p>docs/architecture.md, "Field-level encryption": Bouncy Castle goes in with
 * {@code Security.addProvider}, i.e. last, never {@code insertProviderAt(bc, 1)}: at
 * position 1 it silently serves {@code AES/GCM/NoPadding}, 20-50 times slower than the
 * JDK's SunJCE. {@link #aesGcmProvider()} lets a startup check or a test confirm it.
 */
public final class CryptoProviders {

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CryptoProviders() {
    }

    /**
     * The one Bouncy Castle provider object, for code that names it explicitly
     * ({@code JcaXxxBuilder.setProvider(provider)}, {@code Cipher.getInstance(name, provider)}): such code
     * works whether or not {@link #install()} has run, and never changes what the JCA picks for others.
     */
    public static BouncyCastleProvider bouncyCastle() {
        return BOUNCY_CASTLE;
    }

    /** Adds Bouncy Castle once, at the end of the provider list; safe to call from any thread. */
    public static synchronized void install() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(BOUNCY_CASTLE);
        }
    }

    /** The provider the JCA picks for {@code AES/GCM/NoPadding} when none is named. */
    public static String aesGcmProvider() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no provider offers AES/GCM/NoPadding", e);
        }
    }
}
