package org.hum.dev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.cms.DevelopmentPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development PKI the run command makes under {@code .hum/app} (docs/testing.md): the CA, HUM's
 * signing certificate and partner1's key and certificate, where the run command says; partner1's
 * certificate chains to the CA under {@code openssl verify}, and a CMS file made for partner1 with
 * the signing key opens with stock {@code openssl cms -decrypt | openssl cms -verify}, byte for byte.
 */
class DevPartnerPkiTest {
    @TempDir
    Path home;

    @Test
    void theRunCommandsPkiOpensWithOpenSsl() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoData.DemoPartners partners = Launcher.developmentPki(home, new DevSecrets(home.resolve("secrets")),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        Path app = home.resolve("app");
        for (String file : new String[] {"keys/hum-ca.crt", "keys/hum-ca.key", "keys/hum-signing.crt",
                "keys/hum-signing.key", "partners/partner1.crt", "partners/partner1.key"}) {
            assertTrue(Files.isRegularFile(app.resolve(file)), file);
        }
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(app.resolve("keys/hum-ca.crt").toString()), said);
        assertTrue(said.contains(app.resolve("partners/partner1.crt").toString()), said);
        assertTrue(said.contains(app.resolve("partners/partner1.key").toString()), said);
        assertEquals(Files.readString(app.resolve("partners/partner1.crt")).strip(),
                partners.partner1CertificatePem().strip(), "the demo loads the certificate the file holds");
        assertEquals(24, Files.readString(home.resolve("secrets/partner1-taxii.password")).strip().length());

        Run chain = bash(app, "openssl verify -CAfile keys/hum-ca.crt partners/partner1.crt keys/hum-signing.crt");
        assertEquals(0, chain.exit(), chain.stderr());

        byte[] content = "TLP:AMBER report for partner1\nZürich – naïve\n".getBytes(StandardCharsets.UTF_8);
        DevelopmentPki pki = DevelopmentPki.open(app);
        Files.write(app.resolve("report.p7m"),
                new CmsPackager().signAndEncrypt(content, pki.signingIdentity(), pki.partner("partner1").certificate()));
        Run open = bash(app, "openssl cms -decrypt -inform DER -in report.p7m -recip partners/partner1.crt"
                + " -inkey partners/partner1.key | openssl cms -verify -inform DER -CAfile keys/hum-ca.crt");
        assertEquals(0, open.exit(), open.stderr());
        assertArrayEquals(content, open.stdout());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Launcher.developmentPki(home, new DevSecrets(home.resolve("secrets")), new PrintStream(again, true, StandardCharsets.UTF_8));
        assertEquals("", again.toString(StandardCharsets.UTF_8), "a second start keeps the files and says nothing");
    }

    private record Run(int exit, byte[] stdout, String stderr) {
    }

    private static Run bash(Path dir, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Run(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
