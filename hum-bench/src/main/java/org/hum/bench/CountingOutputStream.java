package org.hum.bench;

import java.io.OutputStream;

/** Counts the bytes written to it and keeps none: the sink of an export whose size, not content, matters. */
final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    long count() {
        return count;
    }
}
