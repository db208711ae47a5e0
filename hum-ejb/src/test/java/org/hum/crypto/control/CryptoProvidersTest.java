package org.hum.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class CryptoProvidersTest {

    private static long bouncyCastleCount() {
        return Arrays.stream(Security.getProviders()).map(Provider::getName).filter("BC"::equals).count();
    }

    @Test
    void installRegistersBouncyCastleButJdkStillServesAesGcm() throws Exception {
        CryptoProviders.install();
        assertNotNull(Security.getProvider("BC"));
        assertEquals("SunJCE", Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName());
        assertEquals("SunJCE", CryptoProviders.aesGcmProvider());
    }

    @Test
    void bouncyCastleIsNeverFirst() {
        CryptoProviders.install();
        assertNotEquals("BC", Security.getProviders()[0].getName());
    }

    @Test
    void installingTwiceLeavesOneBouncyCastle() {
        CryptoProviders.install();
        CryptoProviders.install();
        assertEquals(1, bouncyCastleCount());
    }

    @Test
    void concurrentInstallsLeaveOneBouncyCastle() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(pool.submit(CryptoProviders::install));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, bouncyCastleCount());
    }

    @Test
    void installRegistersTheOneProviderObjectThatCodeNamesExplicitly() {
        Provider before = Security.getProvider("BC");
        Security.removeProvider("BC");
        try {
            CryptoProviders.install();
            assertSame(CryptoProviders.bouncyCastle(), Security.getProvider("BC"));
        } finally {
            Security.removeProvider("BC");
            if (before != null) {
                Security.addProvider(before);
            }
        }
    }
}
