package org.marsad.bench.robust;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded mutations of a page's bytes, the kinds real damage and hostile pages show. */
public final class Mutations {
    private Mutations() {
    }

    /** One to three mutations of {@code page}; {@code others} supplies a page to splice in. */
    public static byte[] mutate(byte[] page, List<byte[]> others, Random r) {
        byte[] b = page;
        for (int k = 1 + r.nextInt(3); k > 0 && b.length > 0; k--) {
            b = switch (r.nextInt(6)) {
                case 0 -> flip(b, r);
                case 1 -> Arrays.copyOf(b, r.nextInt(b.length));
                case 2 -> repeatSlice(b, r);
                case 3 -> deleteSlice(b, r);
                case 4 -> insertControls(b, r);
                default -> splice(b, others.get(r.nextInt(others.size())), r);
            };
        }
        return b;
    }

    private static byte[] flip(byte[] b, Random r) {
        byte[] out = b.clone();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    private static byte[] repeatSlice(byte[] b, Random r) {
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + r.nextInt(200));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, to);
        for (int i = 1 + r.nextInt(50); i > 0; i--) {
            out.write(b, from, to - from);
        }
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    private static byte[] deleteSlice(byte[] b, Random r) {
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + r.nextInt(500));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    private static byte[] insertControls(byte[] b, Random r) {
        byte[][] pieces = {{0x1B, '[', '2', 'J'}, {0x1B, ']', '0', ';', 'x', 0x07}, {0}, {(byte) 0xE2, (byte) 0x80,
                (byte) 0xAE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r'}, {'<'}, {'&'}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(b.length);
        out.write(b, 0, at);
        byte[] p = pieces[r.nextInt(pieces.length)];
        out.write(p, 0, p.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] a, byte[] b, Random r) {
        if (b.length == 0) {
            return a;
        }
        int cutA = r.nextInt(a.length);
        int cutB = r.nextInt(b.length);
        byte[] out = Arrays.copyOf(a, cutA + b.length - cutB);
        System.arraycopy(b, cutB, out, cutA, b.length - cutB);
        return out;
    }
}
