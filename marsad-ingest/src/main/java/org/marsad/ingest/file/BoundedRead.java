package org.marsad.ingest.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading files and standard input with a bound on the bytes actually read, never on the size a file reports: a
 * device ({@code /dev/zero}), a pipe or a growing file reports 0 or less than it holds. Every failure is a
 * {@link InputException} naming the input.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** At most {@code max} bytes of a file; more is a one-line error ("file too large ..."). */
    public static byte[] file(Path path, long max, String what) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return upTo(in, max, name, what);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** At most {@code max} bytes of standard input. */
    public static byte[] stdin(long max, String what) {
        try {
            return upTo(System.in, max, "-", what);
        } catch (IOException e) {
            throw new InputException("-: cannot read standard input (" + e.getMessage() + ")");
        }
    }

    private static byte[] upTo(InputStream in, long max, String name, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new InputException(name + ": too large for " + what + " (more than " + megabytes(max) + ")");
        }
        return bytes;
    }

    /**
     * A stream that fails with an IOException once more than {@code max} bytes have been read from it, for parsers
     * that read a whole document (JSON, XML) from a file.
     */
    public static InputStream capped(InputStream in, long max) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    throw new IOException("larger than " + megabytes(max));
                }
            }
        };
    }

    public static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }

    /** Lines of a text, each at most {@code max} characters: a longer one is skipped and reported, not held. */
    public static final class Lines {
        private final java.io.Reader in;
        private final int max;
        private final StringBuilder line = new StringBuilder();
        private boolean tooLong;

        public Lines(java.io.Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its terminator, or null at the end; see {@link #wasTooLong()}. */
        public String next() throws IOException {
            line.setLength(0);
            tooLong = false;
            int c;
            boolean any = false;
            while ((c = in.read()) >= 0) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (line.length() < max) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (!any) {
                return null;
            }
            int n = line.length();
            if (n > 0 && line.charAt(n - 1) == '\r') {
                line.setLength(n - 1);
            }
            return tooLong ? "" : line.toString();
        }

        /** Whether the line just returned was longer than the bound (it comes back empty). */
        public boolean wasTooLong() {
            return tooLong;
        }
    }
}
