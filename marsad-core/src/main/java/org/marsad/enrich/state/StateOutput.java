package org.marsad.enrich.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Writes a state file: big-endian primitives, arrays in bulk, strings as UTF-8 with their length, and on
 * {@link #finish} a CRC-32C of everything written, which {@link StateInput#finish} checks. Not thread-safe.
 */
public final class StateOutput {
    private static final int BUFFER = 1 << 20;
    private final WritableByteChannel channel;
    private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);
    private final CRC32C crc = new CRC32C();

    public StateOutput(WritableByteChannel channel) {
        this.channel = channel;
    }

    public void writeInt(int v) throws IOException {
        room(4).putInt(v);
    }

    public void writeLong(long v) throws IOException {
        room(8).putLong(v);
    }

    public void writeFloat(float v) throws IOException {
        room(4).putFloat(v);
    }

    public void writeDouble(double v) throws IOException {
        room(8).putDouble(v);
    }

    public void writeBoolean(boolean v) throws IOException {
        room(1).put((byte) (v ? 1 : 0));
    }

    /** A string, or null (length -1). */
    public void writeString(String s) throws IOException {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(b.length);
        for (int at = 0; at < b.length; ) {
            int n = Math.min(b.length - at, room(1).remaining());
            buf.put(b, at, n);
            at += n;
        }
    }

    /** {@code len} bytes of the array from {@code from}, without their number (the reader must know it). */
    public void writeBytes(byte[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(1).remaining());
            buf.put(a, at, n);
            at += n;
        }
    }

    /** {@code len} values of the array from {@code from}, without their number (the reader must know it). */
    public void writeInts(int[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(4).remaining() / 4);
            buf.asIntBuffer().put(a, at, n);
            buf.position(buf.position() + n * 4);
            at += n;
        }
    }

    /** {@code len} values of the buffer from {@code from} (absolute: its position does not move). */
    public void writeInts(java.nio.IntBuffer a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(4).remaining() / 4);
            buf.asIntBuffer().put(a.slice(at, n));
            buf.position(buf.position() + n * 4);
            at += n;
        }
    }

    /** {@code len} values of the buffer from {@code from} (absolute: its position does not move). */
    public void writeLongs(java.nio.LongBuffer a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(8).remaining() / 8);
            buf.asLongBuffer().put(a.slice(at, n));
            buf.position(buf.position() + n * 8);
            at += n;
        }
    }

    /** The array's length, then its values. */
    public void writeInts(int[] a) throws IOException {
        writeInt(a.length);
        writeInts(a, 0, a.length);
    }

    public void writeLongs(long[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(8).remaining() / 8);
            buf.asLongBuffer().put(a, at, n);
            buf.position(buf.position() + n * 8);
            at += n;
        }
    }

    public void writeFloats(float[] a, int from, int len) throws IOException {
        for (int at = from, end = from + len; at < end; ) {
            int n = Math.min(end - at, room(4).remaining() / 4);
            buf.asFloatBuffer().put(a, at, n);
            buf.position(buf.position() + n * 4);
            at += n;
        }
    }

    /** The array's length, then its values. */
    public void writeFloats(float[] a) throws IOException {
        writeInt(a.length);
        writeFloats(a, 0, a.length);
    }

    /** Writes the checksum and flushes; nothing may be written after. */
    public void finish() throws IOException {
        drain();
        buf.putLong(crc.getValue());
        buf.flip();
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        buf.clear();
    }

    // The buffer with at least n bytes free (n is at most 8).
    private ByteBuffer room(int n) throws IOException {
        if (buf.remaining() < n) {
            drain();
        }
        return buf;
    }

    private void drain() throws IOException {
        buf.flip();
        crc.update(buf.array(), 0, buf.limit());
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        buf.clear();
    }
}
