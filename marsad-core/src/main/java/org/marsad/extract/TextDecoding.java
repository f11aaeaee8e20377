package org.marsad.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the bytes of a page (a file, an HTTP body) into text, or says why it cannot.
 *
 * <p>The order of evidence: a byte-order mark wins; then bytes that are valid UTF-8 with multi-byte sequences are
 * UTF-8 whatever a header claims (a server mislabelling UTF-8 is common, the reverse coincidence practically never
 * happens); then a declared charset, when it decodes cleanly; then, for bytes that are not UTF-8, the legacy Arabic
 * encodings windows-1256 and ISO-8859-6 are tried and kept only if one of them yields plausible Arabic text; last,
 * UTF-8 with its few invalid sequences replaced (at most one per 1,000 bytes), the count kept in
 * {@link Decoded#errors()} so that the article records it. Anything else is reported, never mangled. Binary data (NUL bytes, control
 * characters, known file signatures) is rejected up front.
 *
 * <p>Pure: no I/O, no state.
 */
public final class TextDecoding {
    /** windows-1256 (Arabic, Microsoft) — the common legacy encoding of Arabic news sites. */
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** ISO-8859-6 (Arabic, ISO) — older, rarer, but still served. */
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** Share of non-ASCII characters that must be Arabic for a legacy decoding to count as plausible. */
    private static final double PLAUSIBLE_ARABIC = 0.85;

    private TextDecoding() {
    }

    /** The outcome of decoding: text, or the reason there is none. */
    public sealed interface Result permits Decoded, Undecodable {
    }

    /**
     * Decoded text.
     *
     * @param text    the text, without a byte-order mark
     * @param charset the charset the bytes were read with
     * @param basis   how the charset was chosen
     * @param errors  invalid byte sequences replaced by U+FFFD (0 unless {@link Basis#UTF8_REPLACED})
     */
    public record Decoded(String text, Charset charset, Basis basis, int errors) implements Result {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(basis, "basis");
        }

        /** Text decoded without error. */
        public Decoded(String text, Charset charset, Basis basis) {
            this(text, charset, basis, 0);
        }
    }

    /**
     * Bytes that are not text Marsad can read.
     *
     * @param reason a short lower-case phrase for a one-line error ("binary file (NUL bytes)")
     */
    public record Undecodable(String reason) implements Result {
        public Undecodable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** How a charset was chosen. */
    public enum Basis {
        /** A byte-order mark. */
        BOM,
        /** Valid UTF-8 (or plain ASCII). */
        UTF8,
        /** The charset the caller declared (an HTTP header, a meta tag). */
        DECLARED,
        /** Detected by which legacy Arabic decoding yields plausible Arabic. */
        DETECTED,
        /** UTF-8 with a few invalid sequences (a flipped byte, a truncated last character) replaced. */
        UTF8_REPLACED
    }

    /** At most one invalid sequence per this many bytes is replaced; more means the bytes are not this text. */
    private static final int BYTES_PER_ERROR = 1000;

    /** Decodes bytes with no declared charset. */
    public static Result decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes page bytes.
     *
     * @param bytes           the raw bytes
     * @param declaredCharset a charset name from a header or meta tag, or null; unknown names are ignored
     */
    public static Result decode(byte[] bytes, String declaredCharset) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            return new Undecodable("empty file");
        }
        Result bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            return new Undecodable(binary);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null && (!isAscii(bytes) || declaredAsciiCompatible(declaredCharset))) {
            return new Decoded(utf8, StandardCharsets.UTF_8, Basis.UTF8);
        }
        Charset declared = charset(declaredCharset);
        if (declared != null && !isLatin(declared)) {
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return new Decoded(text, declared, Basis.DECLARED);
            }
        }
        Decoded arabic = legacyArabic(bytes);
        if (arabic != null) {
            return arabic;
        }
        if (declared != null) {
            // A Latin charset was declared and the bytes are not Arabic: believe the declaration.
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return new Decoded(text, declared, Basis.DECLARED);
            }
        }
        Decoded lenient = utf8WithReplacement(bytes);
        if (lenient != null) {
            return lenient;
        }
        int bad = firstInvalidUtf8(bytes);
        return new Undecodable("not valid UTF-8 (byte 0x%02X at offset %d) nor Arabic windows-1256/ISO-8859-6 text"
                .formatted(bytes[bad] & 0xFF, bad));
    }

    /**
     * UTF-8 with each invalid sequence replaced by U+FFFD, when such sequences are rare: one bad byte must not cost a
     * whole page (89% of byte-flipped pages were refused), but a page where they are common is not UTF-8 text.
     */
    private static Decoded utf8WithReplacement(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        int errors = 0;
        int allowed = Math.max(1, b.length / BYTES_PER_ERROR);
        for (CoderResult r = d.decode(in, out, true); r.isError(); r = d.decode(in, out, true)) {
            if (++errors > allowed) {
                return null;
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        d.flush(out);
        out.flip();
        return errors == 0 ? null : new Decoded(out.toString(), StandardCharsets.UTF_8, Basis.UTF8_REPLACED, errors);
    }

    /** Pure-ASCII bytes are UTF-8 unless the caller declared an encoding that is not ASCII-compatible. */
    private static boolean declaredAsciiCompatible(String declaredCharset) {
        Charset c = charset(declaredCharset);
        return c == null || !c.name().startsWith("UTF-16") && !c.name().startsWith("UTF-32");
    }

    private static Result byBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            String text = strict(b, 3, StandardCharsets.UTF_8);
            if (text == null) {
                Decoded lenient = utf8WithReplacement(java.util.Arrays.copyOfRange(b, 3, b.length));
                if (lenient != null) {
                    return lenient;
                }
            }
            return text != null ? checked(text, StandardCharsets.UTF_8)
                    : new Undecodable("invalid UTF-8 after a UTF-8 byte-order mark (bad byte at offset %d)"
                            .formatted(firstInvalidUtf8(b)));
        }
        // UTF-32LE's mark begins with UTF-16LE's: test it first.
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return bomDecoded(b, 4, UTF_32LE);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return bomDecoded(b, 4, UTF_32BE);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return bomDecoded(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return bomDecoded(b, 2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static Result bomDecoded(byte[] b, int skip, Charset cs) {
        String text = strict(b, skip, cs);
        if (text == null) {
            return new Undecodable("invalid " + cs.name() + " after a byte-order mark");
        }
        return checked(text, cs);
    }

    /** Text decoded from a BOM-marked file may still be binary garbage; check its characters. */
    private static Result checked(String text, Charset cs) {
        if (text.isEmpty()) {
            return new Undecodable("empty file");
        }
        long controls = text.chars().filter(TextDecoding::isBadControl).count();
        if (text.indexOf('\0') >= 0 || controls * 100 > text.length()) {
            return new Undecodable("binary file (control characters)");
        }
        return new Decoded(text, cs, Basis.BOM);
    }

    private static boolean isBadControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    }

    /** Why the bytes are binary, or null when they may be text. */
    private static String binaryReason(byte[] b) {
        for (Signature s : SIGNATURES) {
            if (startsWith(b, s.magic())) {
                return "binary file (" + s.name() + ")";
            }
        }
        int controls = 0;
        for (byte x : b) {
            if (x == 0) {
                return "binary file (NUL bytes)";
            }
            if (isBadControl(x & 0xFF)) {
                controls++;
            }
        }
        // A stray control character happens in real text dumps; many mean data.
        if (controls > 2 && controls * 100 > b.length) {
            return "binary file (control characters)";
        }
        return null;
    }

    private record Signature(String name, int... magic) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("gzip data", 0x1F, 0x8B),
            new Signature("PDF document", 0x25, 0x50, 0x44, 0x46, 0x2D),
            new Signature("ZIP archive", 0x50, 0x4B, 0x03, 0x04),
            new Signature("PNG image", 0x89, 0x50, 0x4E, 0x47),
            new Signature("JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("GIF image", 0x47, 0x49, 0x46, 0x38));

    /**
     * The better of windows-1256 and ISO-8859-6 when it reads as Arabic; null otherwise.
     *
     * <p>Why this works: in windows-1256 the Arabic letters are interleaved with French accented letters
     * (à â ç è é ê ë î ï ô ù û ü) and ×, while ISO-8859-6 leaves most of the high half undefined. Arabic encoded
     * in one and read as the other either fails strict decoding (ISO-8859-6 has no ف ق ك at windows-1256's
     * positions) or produces many Latin letters and symbols, so the share of Arabic characters tells them apart.
     */
    private static Decoded legacyArabic(byte[] b) {
        Decoded best = null;
        double bestScore = PLAUSIBLE_ARABIC;
        for (Charset cs : List.of(WINDOWS_1256, ISO_8859_6)) {
            String text = strict(b, 0, cs);
            if (text == null) {
                continue;
            }
            double score = arabicShare(text);
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = new Decoded(text, cs, Basis.DETECTED);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Share of non-ASCII characters that belong to Arabic text (letters, marks, Arabic punctuation, spaces), or 0
     * when Arabic letters sit inside Latin words: Latin-1 accented text read as ISO-8859-6 turns "crème" into
     * "crهme", all of whose non-ASCII characters are Arabic letters, but no real text mixes scripts inside words.
     */
    static double arabicShare(String text) {
        int nonAscii = 0;
        int arabic = 0;
        int arabicLetters = 0;
        int mixed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if ((c >= 0x0600 && c <= 0x06FF) || c == 0x00A0 || c == 0x200C || c == 0x200D || c == 0x200E
                    || c == 0x200F || c == 0x00AB || c == 0x00BB) {
                arabic++;
            }
            if (Character.isLetter(c) && c >= 0x0600 && c <= 0x06FF) {
                arabicLetters++;
                if (i > 0 && isAsciiLetter(text.charAt(i - 1))
                        || i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1))) {
                    mixed++;
                }
            }
        }
        if (nonAscii == 0 || mixed * 20 > arabicLetters) {
            return 0;
        }
        return (double) arabic / nonAscii;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii") || n.equals("iso-8859-15");
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().replaceAll("^[\"']|[\"']$", "");
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The bytes decoded with every error reported, or null if they are not valid in that charset. */
    private static String strict(byte[] b, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Offset of the first byte that breaks UTF-8 (0 if none does). */
    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CoderResult r = d.decode(in, CharBuffer.allocate(b.length + 1), true);
        return r.isError() ? Math.min(in.position(), b.length - 1) : 0;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
