package org.hum.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hum.crypto.control.CryptoProviders;
import org.hum.partner.cms.CmsPackager;
import org.hum.partner.cms.DevelopmentPki;
import org.hum.partner.cms.SigningIdentity;
import org.hum.partner.control.PartnerContent;
import org.hum.partner.stix.StixBundleWriter;
import org.hum.partner.stix.StixReports;

/**
 * A load driver for the partner exchange's exports (docs/architecture.md, "Sanitized reporting and
 * the partner exchange"), in process and with no server: it streams {@code versions} released report
 * versions ({@link ExportVersions}: made one at a time, 5% of them recalls) to a stream that counts
 * the bytes and keeps none, in three forms:
 * <ol>
 *   <li>STIX 2.1: one bundle through {@link StixBundleWriter} on a JSON-P generator;</li>
 *   <li>the plain JSON feed: one array of feed items through a JSON-P generator ({@link FeedJson});</li>
 *   <li>CMS: each version printed ({@link PartnerContent#text}), signed and encrypted to a partner by
 *       {@link CmsPackager#signAndEncrypt} with the development PKI's keys, on {@code cms} versions
 *       (all of them unless told fewer: about a hundred and fifty a second, so 100,000 take minutes);</li>
 *   <li>raw Bouncy Castle: the same operations on the same printed versions without CMS, for
 *       {@code raw} of them: a SHA256withRSA signature with HUM's signing key, an RSA-OAEP
 *       (SHA-256) wrap of a fresh 32-byte content key to the partner's key, and an AES-256-CBC
 *       encryption of the printed version, each timed, so the CMS rate is printed beside the cost
 *       of its parts in the same run.</li>
 * </ol>
 * For each it prints versions, seconds, versions a second, bytes written, the peak heap
 * ({@link HeapWatch}) and the collections. A warm-up of {@code warmup} versions a form (fewer for
 * CMS) runs first and is not counted; before it, a small export of each form is read back and checked,
 * so that the figures are of exports that are whole.
 *
 * <pre>java -Xmx256m -cp hum-bench/target/benchmarks.jar org.hum.bench.PartnerExportLoad \
 *   [--versions 100000] [--cms N (default: all the versions)] [--raw N (default: 10000, at most --cms)] [--warmup 5000]</pre>
 */
public final class PartnerExportLoad {
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int CHECK_VERSIONS = 300;

    private final ExportVersions versions = new ExportVersions(0x5EEDL);
    private final HeapWatch heap = new HeapWatch();
    private final CmsPackager packager = new CmsPackager();
    private final SigningIdentity signer;
    private final X509Certificate partner;
    private final DevelopmentPki pki;

    private PartnerExportLoad(DevelopmentPki pki) {
        this.pki = pki;
        this.signer = pki.signingIdentity();
        this.partner = pki.partner("bench").certificate();
    }

    /** What one phase did. */
    private record Result(String form, long versions, long nanos, long bytes, HeapWatch.Usage heap, String note) {
        void print() {
            double seconds = nanos / 1e9;
            System.out.printf("%-5s %,9d versions %7.2f s %,10.0f versions/s %,14d bytes  peak heap %6.1f MB (old gen %5.1f MB)  GC %3d x, %5d ms%s%n",
                    form, versions, seconds, versions / seconds, bytes, heap.peakHeapBytes() / 1048576.0, heap.peakOldBytes() / 1048576.0,
                    heap.collections(), heap.collectionMillis(), note.isEmpty() ? "" : "  (" + note + ")");
        }
    }

    public static void main(String[] args) throws IOException {
        long count = option(args, "--versions", 100_000);
        long cms = option(args, "--cms", count);
        long raw = Math.min(cms, option(args, "--raw", 10_000));
        long warmup = option(args, "--warmup", 5_000);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("Java %s, max heap %d MB, %d processors, load average %.2f%n",
                System.getProperty("java.version"), rt.maxMemory() / 1048576, rt.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path home = Files.createTempDirectory("hum-partner-export");
        try {
            PartnerExportLoad load = new PartnerExportLoad(DevelopmentPki.open(home));
            load.check();
            load.stix(warmup);
            load.json(warmup);
            load.cms(Math.min(warmup, 300));
            load.raw(Math.min(warmup, 300));
            System.out.printf("warm-up done (%d versions a form, %d for CMS); load average %.2f%n", warmup,
                    Math.min(warmup, 300), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            load.stix(count).print();
            load.json(count).print();
            Result cmsResult = null;
            if (cms > 0) {
                cmsResult = load.cms(cms);
                cmsResult.print();
            }
            if (raw > 0) {
                Result rawResult = load.raw(raw);
                rawResult.print();
                double cmsMicros = cmsResult.nanos() / 1e3 / cmsResult.versions();
                double rawMicros = rawResult.nanos() / 1e3 / rawResult.versions();
                System.out.printf("CMS %.0f µs a file against its raw Bouncy Castle parts %.0f µs: the CMS structure, "
                        + "certificates and builders add %.0f µs (%.0f%%)%n", cmsMicros, rawMicros, cmsMicros - rawMicros,
                        100 * (cmsMicros - rawMicros) / rawMicros);
            }
            System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            delete(home);
        }
    }

    /** One STIX bundle of versions 0 to n - 1. */
    private Result stix(long n) {
        return phase("STIX", n, out -> {
            StixReports reports = new StixReports(ExportVersions.PORTS);
            try (JsonGenerator g = JSON.createGenerator(out); StixBundleWriter bundle = new StixBundleWriter(g, reports)) {
                for (long i = 0; i < n; i++) {
                    bundle.add(versions.get(i).released());
                }
                return bundle.count() + " objects";
            }
        });
    }

    /** One feed array of versions 0 to n - 1. */
    private Result json(long n) {
        return phase("JSON", n, out -> {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartArray();
                for (long i = 0; i < n; i++) {
                    FeedJson.write(g, versions.get(i).item());
                }
                g.writeEnd();
            }
            return "";
        });
    }

    /** A CMS file for each of versions 0 to n - 1, each written whole to the sink. */
    private Result cms(long n) {
        long[] printing = new long[1];
        return phase("CMS", n, out -> {
            for (long i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                byte[] text = PartnerContent.text(versions.get(i).report()).getBytes(StandardCharsets.UTF_8);
                printing[0] += System.nanoTime() - t0;
                out.write(packager.signAndEncrypt(text, signer, partner));
            }
            return String.format("making and printing the versions %.2f s of it", printing[0] / 1e9);
        });
    }

    /**
     * The raw Bouncy Castle operations a CMS file of each of versions 0 to n - 1 is made of (docs/testing.md,
     * "Partner export load"), with no CMS structure, certificates or builders: what is written is the
     * signature, the wrapped key and the ciphertext.
     */
    private Result raw(long n) {
        long[] parts = new long[4]; // printing, signature, key wrap, AES
        Provider bc = CryptoProviders.bouncyCastle();
        SecureRandom random = new SecureRandom();
        PublicKey recipient = partner.getPublicKey();
        return phase("raw", n, out -> {
            try {
                for (long i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    byte[] text = PartnerContent.text(versions.get(i).report()).getBytes(StandardCharsets.UTF_8);
                    long t1 = System.nanoTime();
                    Signature signature = Signature.getInstance("SHA256withRSA", bc);
                    signature.initSign(signer.key());
                    signature.update(text);
                    out.write(signature.sign());
                    long t2 = System.nanoTime();
                    byte[] contentKey = new byte[32];
                    random.nextBytes(contentKey);
                    Cipher wrap = Cipher.getInstance("RSA/NONE/OAEPPadding", bc);
                    wrap.init(Cipher.ENCRYPT_MODE, recipient, new OAEPParameterSpec("SHA-256", "MGF1",
                            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT), random);
                    out.write(wrap.doFinal(contentKey));
                    long t3 = System.nanoTime();
                    byte[] iv = new byte[16];
                    random.nextBytes(iv);
                    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding", bc);
                    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new IvParameterSpec(iv));
                    out.write(aes.doFinal(text));
                    long t4 = System.nanoTime();
                    parts[0] += t1 - t0;
                    parts[1] += t2 - t1;
                    parts[2] += t3 - t2;
                    parts[3] += t4 - t3;
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return String.format("Bouncy Castle parts a version: SHA256withRSA signature %.0f µs (%,.0f/s), RSA-OAEP wrap "
                    + "%.0f µs (%,.0f/s), AES-256-CBC %.1f µs (%,.0f/s); printing %.1f µs",
                    parts[1] / 1e3 / n, n * 1e9 / parts[1], parts[2] / 1e3 / n, n * 1e9 / parts[2],
                    parts[3] / 1e3 / n, n * 1e9 / parts[3], parts[0] / 1e3 / n);
        });
    }

    private interface Export {
        String run(OutputStream out) throws IOException;
    }

    private Result phase(String form, long n, Export export) {
        CountingOutputStream out = new CountingOutputStream();
        heap.start();
        long t0 = System.nanoTime();
        String note;
        try {
            note = export.run(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long nanos = System.nanoTime() - t0;
        return new Result(form, n, nanos, out.count(), heap.stop(), note);
    }

    /**
     * Reads a small export of each form back: the bundle holds a report per version (the recalls
     * revoked) and every object the writer counted; the feed an item per version (the recalls with no
     * report); a CMS file opens, with the partner's key, to the printed version.
     */
    private void check() {
        long recalls = 0;
        for (long i = 0; i < CHECK_VERSIONS; i++) {
            recalls += versions.get(i).recall() ? 1 : 0;
        }
        ByteArrayOutputStream stix = new ByteArrayOutputStream();
        long objects;
        try (JsonGenerator g = JSON.createGenerator(stix); StixBundleWriter bundle = new StixBundleWriter(g, new StixReports(ExportVersions.PORTS))) {
            for (long i = 0; i < CHECK_VERSIONS; i++) {
                bundle.add(versions.get(i).released());
            }
            bundle.close();
            objects = bundle.count();
        }
        JsonArray bundled = read(stix).asJsonObject().getJsonArray("objects");
        long reports = bundled.stream().map(JsonValue::asJsonObject).filter(o -> "report".equals(o.getString("type"))).count();
        long revoked = bundled.stream().map(JsonValue::asJsonObject).filter(o -> o.getBoolean("revoked", false)).count();
        require(bundled.size() == objects && reports == CHECK_VERSIONS && revoked == recalls,
                "the STIX bundle read back is not whole");

        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(feed)) {
            g.writeStartArray();
            for (long i = 0; i < CHECK_VERSIONS; i++) {
                FeedJson.write(g, versions.get(i).item());
            }
            g.writeEnd();
        }
        JsonArray items = read(feed).asJsonArray();
        long withReport = items.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("report")).count();
        long textChars = items.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("report"))
                .mapToLong(o -> o.getJsonObject("report").getJsonObject("releasable").getString("text").length()).min().orElse(0);
        require(items.size() == CHECK_VERSIONS && withReport == CHECK_VERSIONS - recalls
                && textChars >= ExportVersions.TEXT_CHARS, "the feed read back is not whole");

        byte[] text = PartnerContent.text(versions.get(0).report()).getBytes(StandardCharsets.UTF_8);
        DevelopmentPki.Issued bench = pki.partner("bench");
        byte[] opened = packager.open(packager.signAndEncrypt(text, signer, bench.certificate()), bench.key(),
                bench.certificate(), pki.ca().certificate());
        require(Arrays.equals(opened, text), "a CMS file does not open to the printed version");
        System.out.printf("checked: %d versions (%d recalls) read back whole as a STIX bundle (%d objects) and a feed;"
                + " a CMS file opens to its %d-byte printed version%n", CHECK_VERSIONS, recalls, objects, text.length);
    }

    private static JsonValue read(ByteArrayOutputStream out) {
        try (var reader = JSON.createReader(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static long option(String[] args, String name, long otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1]);
            }
        }
        return otherwise;
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
