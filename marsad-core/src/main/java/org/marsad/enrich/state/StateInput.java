package org.marsad.enrich.state;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads what a {@link StateOutput} wrote. Lengths are checked against {@code limit} before anything is allocated, so
 * that a damaged file fails with {@link CorruptStateException} instead of exhausting the heap. Not thread-safe.
 */
public final class StateInput {
    private static final int BUFFER = 1 << 20;
    /** Arrays up to this long are read value by value, longer ones through a view buffer. */
    private static final int SMALL = 64;
    private final ReadableByteChannel channel;
    private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);
    private final CRC32C crc = new CRC32C();
    private final long limit;
    // Start of the bytes in the buffer that the checksum has not covered yet.
    private int unsummed;

    /**
     * @param channel the file
     * @param limit   the most elements an array or string in this file may have (its size in bytes is a safe bound)
     */
    public StateInput(ReadableByteChannel channel, long limit) {
        this.channel = channel;
        this.limit = limit;
        buf.limit(0);
    }

    /** The most elements an array or string may have (the file's size). */
    public long limit() {
        return limit;
    }

    public int readInt() throws IOException {
        return need(4).getInt();
    }

    public long readLong() throws IOException {
        return need(8).getLong();
    }

    public float readFloat() throws IOException {
        return need(4).getFloat();
    }

    public double readDouble() throws IOException {
        return need(8).getDouble();
    }

    public boolean readBoolean() throws IOException {
        byte b = need(1).get();
        if (b != 0 && b != 1) {
            throw new CorruptStateException("bad boolean " + b);
        }
        return b == 1;
    }

    /** A length written before an array or string: non-negative and within the file. */
    public int readLength() throws IOException {
        int n = readInt();
        return checked(n);
    }

    public String readString() throws IOException {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        byte[] b = new byte[checked(n)];
        for (int at = 0; at < n; ) {
            int k = Math.min(n - at, need(1).remaining());
            buf.get(b, at, k);
            at += k;
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Fills {@code len} bytes of the array from {@code from}. */
    public void readBytes(byte[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, need(1).remaining());
            buf.get(a, at, n);
            at += n;
        }
    }

    /** Fills {@code len} values of the array from {@code from}. */
    public void readInts(int[] a, int from, int len) throws IOException {
        if (len <= SMALL && buf.remaining() >= 4 * len) {
            // A story's few terms or entities: a view buffer per array cost more than the values (a million views
            // at a million articles).
            for (int i = from, end = from + len; i < end; i++) {
                a[i] = buf.getInt();
            }
            return;
        }
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, need(4).remaining() / 4);
            buf.asIntBuffer().get(a, at, n);
            buf.position(buf.position() + n * 4);
            at += n;
        }
    }

    /**
     * The next {@code len} ints as a read-only buffer: mapped from the file when reading a file (nothing is copied;
     * the operating system reads the pages when they are used), else read into the heap. The checksum covers them
     * as it covers everything else. A mapping stays valid after the file is closed, replaced or deleted (the data
     * stays where it was until the buffer is collected); the caller must never write into the file in place.
     */
    public IntBuffer mapInts(int len) throws IOException {
        ByteBuffer mapped = map(4L * checked(len));
        if (mapped == null) {
            int[] a = new int[len];
            readInts(a, 0, len);
            return IntBuffer.wrap(a);
        }
        return mapped.asIntBuffer();
    }

    /** The next {@code len} bytes as a read-only buffer (see {@link #mapInts}). */
    public ByteBuffer mapBytes(int len) throws IOException {
        ByteBuffer mapped = map(checked(len));
        if (mapped == null) {
            byte[] a = new byte[len];
            readBytes(a, 0, len);
            return ByteBuffer.wrap(a).asReadOnlyBuffer();
        }
        return mapped;
    }

    /** The next {@code len} longs as a read-only buffer (see {@link #mapInts}). */
    public LongBuffer mapLongs(int len) throws IOException {
        ByteBuffer mapped = map(8L * checked(len));
        if (mapped == null) {
            long[] a = new long[len];
            readLongs(a, 0, len);
            return LongBuffer.wrap(a);
        }
        return mapped.asLongBuffer();
    }

    // The next n bytes of the file mapped (and checksummed), the reading position after them; null for a channel
    // that is not a file.
    private ByteBuffer map(long n) throws IOException {
        if (!(channel instanceof FileChannel file)) {
            return null;
        }
        long at = file.position() - buf.remaining();
        if (at + n > file.size()) {
            throw new EOFException("state file ends early");
        }
        crc.update(buf.array(), unsummed, buf.position() - unsummed);
        MappedByteBuffer mapped = file.map(FileChannel.MapMode.READ_ONLY, at, n);
        crc.update(mapped.duplicate());
        file.position(at + n);
        buf.position(0).limit(0);
        unsummed = 0;
        return mapped;
    }

    /** An array written with {@link StateOutput#writeInts(int[])}. */
    public int[] readInts() throws IOException {
        int[] a = new int[readLength()];
        readInts(a, 0, a.length);
        return a;
    }

    public void readLongs(long[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, need(8).remaining() / 8);
            buf.asLongBuffer().get(a, at, n);
            buf.position(buf.position() + n * 8);
            at += n;
        }
    }

    public void readFloats(float[] a, int from, int len) throws IOException {
        if (len <= SMALL && buf.remaining() >= 4 * len) {
            for (int i = from, end = from + len; i < end; i++) {
                a[i] = buf.getFloat();
            }
            return;
        }
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, need(4).remaining() / 4);
            buf.asFloatBuffer().get(a, at, n);
            buf.position(buf.position() + n * 4);
            at += n;
        }
    }

    /** An array written with {@link StateOutput#writeFloats(float[])}. */
    public float[] readFloats() throws IOException {
        float[] a = new float[readLength()];
        readFloats(a, 0, a.length);
        return a;
    }

    /** A count of elements that are about to be read one by one (checked like a length). */
    public int readCount() throws IOException {
        return readLength();
    }

    /**
     * Checks the trailer: the checksum of everything read must match, and nothing may follow it.
     *
     * @throws CorruptStateException when it does not
     */
    public void finish() throws IOException {
        crc.update(buf.array(), unsummed, buf.position() - unsummed);
        unsummed = buf.position();
        long expected = crc.getValue();
        long stored = need(8).getLong();
        if (stored != expected) {
            throw new CorruptStateException("checksum mismatch");
        }
        if (buf.hasRemaining() || channel.read(ByteBuffer.allocate(1)) > 0) {
            throw new CorruptStateException("data after the checksum");
        }
    }

    private int checked(int n) throws CorruptStateException {
        if (n < 0 || n > limit) {
            throw new CorruptStateException("bad length " + n);
        }
        return n;
    }

    // The buffer with at least n bytes to read (n is at most 8).
    private ByteBuffer need(int n) throws IOException {
        if (buf.remaining() >= n) {
            return buf;
        }
        crc.update(buf.array(), unsummed, buf.position() - unsummed);
        buf.compact();
        while (buf.position() < n) {
            if (channel.read(buf) < 0) {
                throw new EOFException("state file ends early");
            }
        }
        buf.flip();
        unsummed = 0;
        return buf;
    }
}
