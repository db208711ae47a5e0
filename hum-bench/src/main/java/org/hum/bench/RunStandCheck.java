package org.hum.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the run command leaves on the machine, checked on the stand it started (CI's two-instance
 * stage; docs/operations.md, "Transport" and "Deployment hardening"):
 * <ul>
 *   <li>every {@code domain.xml}, every file under {@code secrets/} and {@code app/keys/} of its
 *   home is readable and writable by its owner only;</li>
 *   <li>every TCP port the stand's server processes listen on is bound to a loopback address.</li>
 * </ul>
 * <pre>java -cp benchmarks.jar org.hum.bench.RunStandCheck HOME</pre>
 * Exits 1 naming each file or listener that breaks the rule.
 */
public final class RunStandCheck {
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private RunStandCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RunStandCheck HOME");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> failures = new ArrayList<>();
        int files = ownerOnly(home, failures);
        int listeners = loopbackOnly(home, failures);
        if (!failures.isEmpty()) {
            System.out.println("RUN STAND CHECK FAILED:");
            failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
        System.out.println("Run stand check: " + files + " files owner-only, " + listeners + " listening ports on loopback only");
    }

    /** Every domain.xml and every file under secrets/ and app/keys/ is its owner's only; how many were checked. */
    static int ownerOnly(Path home, List<String> failures) throws IOException {
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().equals("domain.xml")
                            || p.startsWith(home.resolve("secrets")) || p.startsWith(home.resolve("app/keys")))
                    .forEach(checked::add);
        }
        for (String needed : List.of("secrets/demo.password", "app/keys")) {
            if (!Files.exists(home.resolve(needed))) {
                failures.add(needed + " is missing under " + home);
            }
        }
        if (checked.stream().noneMatch(p -> p.getFileName().toString().equals("domain.xml"))) {
            failures.add("no domain.xml under " + home);
        }
        for (Path p : checked) {
            Set<PosixFilePermission> open = new HashSet<>(Files.getPosixFilePermissions(p));
            open.retainAll(OTHERS);
            if (!open.isEmpty()) {
                failures.add(home.relativize(p) + " is open to others: " + open);
            }
        }
        return checked.size();
    }

    /** Every TCP port the processes started from this home listen on is bound to loopback; how many there are. */
    static int loopbackOnly(Path home, List<String> failures) throws IOException {
        Set<String> sockets = new HashSet<>();
        int processes = 0;
        for (ProcessHandle p : ProcessHandle.allProcesses().toList()) {
            String command = p.info().commandLine().orElse("");
            if (p.pid() == ProcessHandle.current().pid() || !command.contains(home.toString())) {
                continue; // the run command and the servers it started name the home on their command lines
            }
            processes++;
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(p.pid()), "fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            sockets.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException gone) {
                        // closed while listed
                    }
                }
            }
        }
        if (processes == 0) {
            failures.add("no server process started from " + home + " is running");
        }
        int listening = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!"0A".equals(f[3]) || !sockets.contains(f[9])) {
                    continue; // not listening, or not the stand's
                }
                listening++;
                String[] local = f[1].split(":");
                InetAddress address = InetAddress.getByAddress(address(local[0]));
                if (!address.isLoopbackAddress()) {
                    failures.add("port " + Integer.parseInt(local[1], 16) + " listens on " + address.getHostAddress());
                }
            }
        }
        if (processes > 0 && listening == 0) {
            failures.add("the server processes listen on no TCP port (were their sockets readable?)");
        }
        return listening;
    }

    /** /proc/net/tcp's address: 4-byte groups, each in the machine's (little-endian) order. */
    static byte[] address(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int group = 0; group < out.length / 4; group++) {
            for (int i = 0; i < 4; i++) {
                int at = (group * 4 + i) * 2;
                out[group * 4 + 3 - i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return out;
    }
}
