package org.hum.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Echoes the application's own log records (loggers under {@code org.hum}) from Payara's
 * server log to the console, so that the person who ran HUM sees, for example, that
 * development keys were generated. Other server chatter stays in the log file.
 */
final class LogEcho implements AutoCloseable {
    private static final Pattern RECORD = Pattern.compile(
            "\\[(?<level>[A-Z]+)\\] \\[[^\\]]*\\] \\[(?<logger>org\\.hum[^\\]]*)\\].*?\\[\\[\\s*(?<msg>.*)");

    private final Thread thread;
    private volatile boolean running = true;

    private LogEcho(Path log, long start, PrintStream out) {
        thread = new Thread(() -> follow(log, start, out), "hum-log-echo");
        thread.setDaemon(true);
        thread.start();
    }

    static LogEcho follow(Path log, PrintStream out) throws IOException {
        long start = Files.exists(log) ? Files.size(log) : 0;
        return new LogEcho(log, start, out);
    }

    private void follow(Path log, long position, PrintStream out) {
        StringBuilder pending = new StringBuilder();
        while (running) {
            try {
                if (Files.exists(log)) {
                    long size = Files.size(log);
                    if (size < position) {
                        position = 0; // rotated
                    }
                    if (size > position) {
                        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                            f.seek(position);
                            byte[] bytes = new byte[(int) Math.min(size - position, 1 << 20)];
                            f.readFully(bytes);
                            position += bytes.length;
                            pending.append(new String(bytes, StandardCharsets.UTF_8));
                        }
                        emitRecords(pending, out);
                    }
                }
                Thread.sleep(300);
            } catch (IOException e) {
                // the log may be mid-rotation; try again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Records end with "]]"; a record may span lines. */
    private static void emitRecords(StringBuilder pending, PrintStream out) {
        int end;
        while ((end = pending.indexOf("]]")) >= 0) {
            String record = pending.substring(0, end).replace('\n', ' ');
            pending.delete(0, end + 2);
            Matcher m = RECORD.matcher(record);
            if (m.find()) {
                out.println("  [app " + m.group("level") + "] " + m.group("msg").strip());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
