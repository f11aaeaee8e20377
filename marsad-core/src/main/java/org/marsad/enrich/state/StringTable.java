package org.marsad.enrich.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings by ordinal (0, 1, 2, … in the order added) and ordinals by string, in three arrays: the strings' UTF-8
 * bytes one after another, where each begins, and an open-addressing table of ordinals. A String per entry in an
 * array and a HashMap from string to a boxed ordinal cost about 115 bytes for a 16-character id; this costs about
 * 30, and is written to a state file as it is laid out, so that reading it back makes no object per entry. Used for
 * what grows with the archive: the near-duplicate index's article ids, the story clusterer's story ids, terms and
 * evidence keys. {@link #get} makes a new String each time: entries are read when a decision is reported or the
 * state is written, not while candidates are compared.
 */
public final class StringTable {
    private static final int EMPTY = -1;
    private byte[] bytes = new byte[1024];
    private int used;
    /** starts[i] is where id i begins; starts[count] where the next one will. */
    private int[] starts = new int[65];
    private int count;
    private int[] slots = emptySlots(128);

    /** Number of ids. */
    public int size() {
        return count;
    }

    /** The ordinal of an id, or -1 when it was never added. */
    public int find(String id) {
        int length = utf8Length(id);
        if (length < 0) {
            return find(id.getBytes(StandardCharsets.UTF_8));
        }
        // The id's UTF-8 bytes are hashed and compared as they are worked out from its chars, without encoding it
        // into a new array: the story clusterer looks up every term and evidence key of every article this way.
        int mask = slots.length - 1;
        for (int i = hash(id) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (equalsAt(slots[i], id, length)) {
                return slots[i];
            }
        }
        return EMPTY;
    }

    // An id with a lone surrogate: its bytes are what the encoder makes of it ('?' for the surrogate).
    private int find(byte[] b) {
        int mask = slots.length - 1;
        for (int i = hash(b, 0, b.length) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (equalsAt(slots[i], b)) {
                return slots[i];
            }
        }
        return EMPTY;
    }

    /**
     * Adds an id that is not in the table yet and returns its ordinal (the number of ids before it).
     *
     * @throws IllegalArgumentException when the id is already there
     */
    public int add(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        if ((count + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        int mask = slots.length - 1;
        int i = hash(b, 0, b.length) & mask;
        for (; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (equalsAt(slots[i], b)) {
                throw new IllegalArgumentException("id added twice: " + id);
            }
        }
        if (used + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + b.length, bytes.length + (bytes.length >> 1)));
        }
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, Math.max(count + 2, starts.length + (starts.length >> 1)));
        }
        System.arraycopy(b, 0, bytes, used, b.length);
        used += b.length;
        int ordinal = count++;
        starts[count] = used;
        slots[i] = ordinal;
        return ordinal;
    }

    /**
     * The ordinal of a string, adding it first when it is not in the table yet (a dictionary that numbers strings
     * in order of first use).
     */
    public int intern(String id) {
        int o = find(id);
        return o >= 0 ? o : add(id);
    }

    /**
     * Forgets the ids added after the table held {@code size}, as if they had never been added: the others keep their
     * ordinals and the next id added gets {@code size}. Lets a caller take back a tentative count (the story
     * clusterer weighs an article as counted, to explain a decision, then takes the counting back).
     *
     * @throws IllegalArgumentException when {@code size} is negative or above {@link #size()}
     */
    public void truncate(int size) {
        if (size < 0 || size > count) {
            throw new IllegalArgumentException("cannot truncate a table of " + count + " ids to " + size);
        }
        // Safe in open addressing because only the newest ids go: every id kept was placed (when added, or again in
        // ordinal order by a rehash) before them, so no kept id's probe runs through a slot freed here.
        int mask = slots.length - 1;
        for (int o = size; o < count; o++) {
            int i = hash(bytes, starts[o], starts[o + 1]) & mask;
            while (slots[i] != o) {
                i = (i + 1) & mask;
            }
            slots[i] = EMPTY;
        }
        count = size;
        used = starts[size];
    }

    /** The id of an ordinal. */
    public String get(int ordinal) {
        if (ordinal < 0 || ordinal >= count) {
            throw new IndexOutOfBoundsException(ordinal);
        }
        return new String(bytes, starts[ordinal], starts[ordinal + 1] - starts[ordinal], StandardCharsets.UTF_8);
    }

    /** Heap held, in bytes. */
    public long bytes() {
        return bytes.length + 4L * starts.length + 4L * slots.length;
    }

    /**
     * Writes the three arrays as they are laid out, so that {@link #readFrom} needs neither to decode an id nor to
     * hash one: at a million articles, making a String of every id and hashing it again was most of reading them.
     */
    public void writeTo(StateOutput out) throws IOException {
        out.writeInt(count);
        out.writeInt(used);
        out.writeBytes(bytes, 0, used);
        out.writeInts(starts, 0, count + 1);
        out.writeInt(slots.length);
        out.writeInts(slots, 0, slots.length);
    }

    /**
     * Reads a table written by {@link #writeTo}.
     *
     * @throws CorruptStateException when the table contradicts itself
     */
    public static StringTable readFrom(StateInput in) throws IOException {
        StringTable t = new StringTable();
        int count = in.readLength();
        int used = in.readLength();
        t.bytes = new byte[Math.max(16, used)];
        in.readBytes(t.bytes, 0, used);
        t.starts = new int[count + 2];
        in.readInts(t.starts, 0, count + 1);
        if (t.starts[0] != 0 || t.starts[count] != used) {
            throw new CorruptStateException("id table does not add up");
        }
        for (int i = 0; i < count; i++) {
            if (t.starts[i + 1] < t.starts[i]) {
                throw new CorruptStateException("id " + i + " has a negative length");
            }
        }
        int capacity = in.readLength();
        if (Integer.bitCount(capacity) != 1 || (long) count * 2 > capacity) {
            throw new CorruptStateException("bad id table size " + capacity + "/" + count);
        }
        t.slots = new int[capacity];
        in.readInts(t.slots, 0, capacity);
        int filled = 0;
        for (int o : t.slots) {
            if (o != EMPTY) {
                if (o < 0 || o >= count) {
                    throw new CorruptStateException("id table entry " + o + " out of range");
                }
                filled++;
            }
        }
        if (filled != count) {
            throw new CorruptStateException("id table holds " + filled + " entries, not " + count);
        }
        t.used = used;
        t.count = count;
        return t;
    }

    private boolean equalsAt(int ordinal, byte[] b) {
        int from = starts[ordinal];
        return starts[ordinal + 1] - from == b.length && Arrays.equals(bytes, from, from + b.length, b, 0, b.length);
    }

    /** The length of a string's UTF-8 bytes, or -1 when it holds a surrogate that is not half of a pair. */
    private static int utf8Length(String s) {
        int length = 0;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (!Character.isSurrogate(c)) {
                length += 3;
            } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                length += 4;
                k++;
            } else {
                return -1;
            }
        }
        return length;
    }

    /**
     * True when the entry of an ordinal holds the UTF-8 bytes of a string of that many bytes whose surrogates all
     * pair (see {@link #utf8Length}).
     */
    private boolean equalsAt(int ordinal, String s, int length) {
        int at = starts[ordinal];
        if (starts[ordinal + 1] - at != length) {
            return false;
        }
        byte[] stored = bytes;
        for (int k = 0, n = s.length(); k < n; k++) {
            int c = s.charAt(k);
            if (c < 0x80) {
                if (stored[at++] != (byte) c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (stored[at] != (byte) (0xC0 | c >> 6) || stored[at + 1] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                at += 2;
            } else if (!Character.isSurrogate((char) c)) {
                if (stored[at] != (byte) (0xE0 | c >> 12) || stored[at + 1] != (byte) (0x80 | c >> 6 & 0x3F)
                        || stored[at + 2] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
                at += 3;
            } else {
                int cp = Character.toCodePoint((char) c, s.charAt(++k));
                if (stored[at] != (byte) (0xF0 | cp >> 18) || stored[at + 1] != (byte) (0x80 | cp >> 12 & 0x3F)
                        || stored[at + 2] != (byte) (0x80 | cp >> 6 & 0x3F) || stored[at + 3] != (byte) (0x80 | cp & 0x3F)) {
                    return false;
                }
                at += 4;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        slots = emptySlots(capacity);
        int mask = capacity - 1;
        for (int o = 0; o < count; o++) {
            int i = hash(bytes, starts[o], starts[o + 1]) & mask;
            while (slots[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[i] = o;
        }
    }

    private static int[] emptySlots(int capacity) {
        int[] s = new int[capacity];
        Arrays.fill(s, EMPTY);
        return s;
    }

    // FNV-1a over the bytes, then mixed so that the low bits (the slot) depend on every byte.
    private static int hash(byte[] b, int from, int to) {
        int h = FNV_BASIS;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * FNV_PRIME;
        }
        return mix(h);
    }

    // The same hash over a string's UTF-8 bytes, worked out from its chars (whose surrogates all pair).
    private static int hash(String s) {
        int h = FNV_BASIS;
        for (int k = 0, n = s.length(); k < n; k++) {
            int c = s.charAt(k);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | c >> 6)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            } else if (!Character.isSurrogate((char) c)) {
                h = (h ^ (0xE0 | c >> 12)) * FNV_PRIME;
                h = (h ^ (0x80 | c >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | c & 0x3F)) * FNV_PRIME;
            } else {
                int cp = Character.toCodePoint((char) c, s.charAt(++k));
                h = (h ^ (0xF0 | cp >> 18)) * FNV_PRIME;
                h = (h ^ (0x80 | cp >> 12 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | cp >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (0x80 | cp & 0x3F)) * FNV_PRIME;
            }
        }
        return mix(h);
    }

    private static final int FNV_BASIS = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
