package org.marsad.enrich.dedup;

import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;

/**
 * Fixed-width values of every article, appended in ordinal order and never changed once written (MinHash
 * signatures, stem filters, LSH chain links). The values read from a state file stay in the file, mapped: the
 * operating system reads the pages candidates touch and may drop them again, so they cost no heap and no time on
 * open; values appended since are on the heap. At a million articles the three columns are about 450 MB that
 * opening used to copy onto the heap.
 */
final class Column {
    private Column() {
    }

    /** A column of ints. */
    static final class Ints {
        private IntBuffer old = IntBuffer.allocate(0);
        private int oldLength;
        private int[] fresh;
        private int length;

        Ints(int capacity) {
            fresh = new int[capacity];
        }

        /** The column as it was written: the first {@code length} values of the file's next ints. */
        static Ints read(StateInput in, int length) throws IOException {
            Ints c = new Ints(1024);
            c.old = in.mapInts(length);
            c.oldLength = length;
            c.length = length;
            return c;
        }

        int get(int i) {
            return i < oldLength ? old.get(i) : fresh[i - oldLength];
        }

        /** Sets a value at or after the end (earlier ones are written once, when added). */
        void set(int i, int v) {
            if (i < oldLength) {
                throw new IllegalStateException("value " + i + " was written before");
            }
            int at = i - oldLength;
            if (at >= fresh.length) {
                fresh = Arrays.copyOf(fresh, Math.max(at + 1, fresh.length * 2));
            }
            fresh[at] = v;
            length = Math.max(length, i + 1);
        }

        /** Copies {@code n} values from {@code from} into {@code into}. */
        void copy(int from, int[] into, int n) {
            if (from >= oldLength) {
                System.arraycopy(fresh, from - oldLength, into, 0, n);
            } else {
                for (int k = 0; k < n; k++) {
                    into[k] = get(from + k);
                }
            }
        }

        /** Appends {@code n} values of {@code src} from {@code at}. */
        void append(int[] src, int at, int n) {
            int end = length - oldLength + n;
            if (end > fresh.length) {
                fresh = Arrays.copyOf(fresh, Math.max(end, fresh.length * 2));
            }
            System.arraycopy(src, at, fresh, length - oldLength, n);
            length += n;
        }

        void writeTo(StateOutput out, int n) throws IOException {
            int fromOld = Math.min(n, oldLength);
            out.writeInts(old, 0, fromOld);
            out.writeInts(fresh, 0, n - fromOld);
        }

        long heapBytes() {
            return fresh.length * 4L;
        }

        long mappedBytes() {
            return oldLength * 4L;
        }
    }

    /** A column of longs. */
    static final class Longs {
        private LongBuffer old = LongBuffer.allocate(0);
        private int oldLength;
        private long[] fresh;
        private int length;

        Longs(int capacity) {
            fresh = new long[capacity];
        }

        static Longs read(StateInput in, int length) throws IOException {
            Longs c = new Longs(1024);
            c.old = in.mapLongs(length);
            c.oldLength = length;
            c.length = length;
            return c;
        }

        /** Copies {@code n} values from {@code from} into {@code into}. */
        void copy(int from, long[] into, int n) {
            if (from >= oldLength) {
                System.arraycopy(fresh, from - oldLength, into, 0, n);
            } else if (from + n <= oldLength) {
                old.get(from, into, 0, n);
            } else {
                int inOld = oldLength - from;
                old.get(from, into, 0, inOld);
                System.arraycopy(fresh, 0, into, inOld, n - inOld);
            }
        }

        void append(long[] src, int at, int n) {
            int end = length - oldLength + n;
            if (end > fresh.length) {
                fresh = Arrays.copyOf(fresh, Math.max(end, fresh.length * 2));
            }
            System.arraycopy(src, at, fresh, length - oldLength, n);
            length += n;
        }

        void writeTo(StateOutput out, int n) throws IOException {
            int fromOld = Math.min(n, oldLength);
            out.writeLongs(old, 0, fromOld);
            out.writeLongs(fresh, 0, n - fromOld);
        }

        long heapBytes() {
            return fresh.length * 8L;
        }

        long mappedBytes() {
            return oldLength * 8L;
        }
    }
}
