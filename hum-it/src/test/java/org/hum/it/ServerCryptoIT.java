package org.hum.it;

import jakarta.inject.Inject;
import org.hum.crypto.control.CryptoProviders;
import org.hum.crypto.control.DataKey;
import org.hum.crypto.control.FieldCipher;
import org.hum.crypto.control.FieldContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Cipher;
import java.security.Security;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara Server: once HUM has started, Bouncy Castle is registered but the JDK's
 * own provider still serves AES-GCM there (docs/architecture.md: SunJCE is 20 to 50 times faster).
 */
@ExtendWith(ArquillianExtension.class)
class ServerCryptoIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    FieldCipher cipher;

    @Test
    void jdkProviderServesAesGcmInTheServerWithBouncyCastleRegistered() throws Exception {
        assertNotNull(Security.getProvider("BC"), "Bouncy Castle is registered");
        assertTrue(Security.getProviders()[0].getName().startsWith("SUN"), "no provider displaced the JDK's first");
        assertEquals("SunJCE", Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName());
        assertEquals("SunJCE", CryptoProviders.aesGcmProvider());
    }

    @Test
    void injectedFieldCipherRoundTripsInTheContainer() {
        DataKey key = DataKey.generate(UUID.randomUUID(), 1);
        FieldContext ctx = new FieldContext("source", "true_name", UUID.randomUUID().toString());
        byte[] envelope = cipher.encrypt(key, ctx, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cipher.decrypt(key, ctx, envelope));
    }
}
