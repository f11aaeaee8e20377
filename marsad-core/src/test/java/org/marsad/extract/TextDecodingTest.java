package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.extract.TextDecoding.Basis;
import org.marsad.extract.TextDecoding.Decoded;
import org.marsad.extract.TextDecoding.Result;
import org.marsad.extract.TextDecoding.Undecodable;

class TextDecodingTest {
    private static final String ARABIC = "أعلنت الحكومة اليوم، عن خطة جديدة لدعم الفلاحين في المناطق الجبلية؟\n"
            + "وقال الوزير إن الخطة تشمل قروضا ميسرة وبذورا محسنة 2024.";

    private static Decoded decoded(Result r) {
        assertThat(r).isInstanceOf(Decoded.class);
        return (Decoded) r;
    }

    private static String reason(Result r) {
        assertThat(r).isInstanceOf(Undecodable.class);
        return ((Undecodable) r).reason();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithoutBom() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BomIsRemoved() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARABIC.getBytes(StandardCharsets.UTF_8));
        Decoded d = decoded(TextDecoding.decode(bytes));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.basis()).isEqualTo(Basis.BOM);
    }

    @Test
    void utf16WithEitherByteOrderMark() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));
        assertThat(decoded(TextDecoding.decode(le)).text()).isEqualTo(ARABIC);
        assertThat(decoded(TextDecoding.decode(be)).text()).isEqualTo(ARABIC);
    }

    @Test
    void windows1256IsDetected() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(TextDecoding.WINDOWS_1256)));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.charset()).isEqualTo(TextDecoding.WINDOWS_1256);
        assertThat(d.basis()).isEqualTo(Basis.DETECTED);
    }

    @Test
    void iso88596IsDetected() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(TextDecoding.ISO_8859_6)));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.charset()).isEqualTo(TextDecoding.ISO_8859_6);
    }

    @Test
    void legacyDetectionHoldsOnRandomArabicText() {
        Random random = new Random(20240101L);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 3 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                int len = 2 + random.nextInt(7);
                for (int i = 0; i < len; i++) {
                    sb.append(letters.charAt(random.nextInt(letters.length())));
                }
                sb.append(random.nextInt(10) == 0 ? "، " : " ");
            }
            String text = sb.toString().strip();
            for (Charset cs : new Charset[] {TextDecoding.WINDOWS_1256, TextDecoding.ISO_8859_6}) {
                Result r = TextDecoding.decode(text.getBytes(cs));
                assertThat(decoded(r).text()).as("%s round %d", cs, round).isEqualTo(text);
            }
        }
    }

    @Test
    void validUtf8BeatsAWrongDeclaration() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "windows-1256"));
        assertThat(d.text()).isEqualTo(ARABIC);
    }

    @Test
    void declaredArabicCharsetIsHonoured() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(TextDecoding.WINDOWS_1256), "Windows-1256"));
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.basis()).isEqualTo(Basis.DECLARED);
    }

    @Test
    void arabicBytesWinOverADeclaredLatinCharset() {
        Decoded d = decoded(TextDecoding.decode(ARABIC.getBytes(TextDecoding.WINDOWS_1256), "ISO-8859-1"));
        assertThat(d.text()).isEqualTo(ARABIC);
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        assertThat(decoded(TextDecoding.decode(ARABIC.getBytes(StandardCharsets.UTF_8), "x-no-such")).text())
                .isEqualTo(ARABIC);
    }

    @Test
    void invalidUtf8ThatIsNotArabicIsReported() {
        byte[] bytes = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reason(TextDecoding.decode(bytes))).contains("not valid UTF-8").contains("offset 3");
    }

    @Test
    void latin1TextIsNotMistakenForIso88596() {
        // Every byte here is an Arabic letter in ISO-8859-6, yet they sit inside Latin words.
        byte[] bytes = "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reason(TextDecoding.decode(bytes))).contains("not valid UTF-8");
    }

    // Issue 19: one invalid byte or a truncated last character used to cost the whole page.
    @Test
    void aTruncatedLastCharacterIsReplacedAndCounted() {
        byte[] arabic = (ARABIC + " ب").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(arabic, arabic.length - 1);
        for (byte[] bytes : List.of(cut, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, cut))) {
            Decoded d = (Decoded) TextDecoding.decode(bytes);
            assertThat(d.text()).isEqualTo(ARABIC + " \uFFFD");
            assertThat(d.errors()).isEqualTo(1);
            assertThat(d.basis()).isEqualTo(TextDecoding.Basis.UTF8_REPLACED);
        }
    }

    @Test
    void rareInvalidBytesAreReplacedAndManyAreRefused() {
        byte[] page = ARABIC.repeat(200).getBytes(StandardCharsets.UTF_8);
        int allowed = page.length / 1000;
        java.util.Random random = new java.util.Random(19L);
        for (int round = 0; round < 200; round++) {
            byte[] flipped = page.clone();
            int flips = 1 + random.nextInt(allowed / 2); // a flipped byte breaks one or two sequences
            for (int i = 0; i < flips; i++) {
                flipped[random.nextInt(flipped.length)] = (byte) 0xFF;
            }
            Decoded d = (Decoded) TextDecoding.decode(flipped);
            assertThat(d.errors()).isBetween(1, 2 * flips);
            assertThat(d.text()).contains("\uFFFD");
        }
        byte[] broken = page.clone();
        for (int i = 0; i < broken.length; i += 200) {
            broken[i] = (byte) 0xFF;
        }
        assertThat(reason(TextDecoding.decode(broken))).contains("not valid UTF-8");
    }

    @Test
    void cleanTextHasNoDecodingErrors() {
        assertThat(((Decoded) TextDecoding.decode(ARABIC.getBytes(StandardCharsets.UTF_8))).errors()).isZero();
    }

    @Test
    void binaryDataIsRejected() {
        assertThat(reason(TextDecoding.decode(new byte[] {'a', 'b', 0, 'c'}))).isEqualTo("binary file (NUL bytes)");
        assertThat(reason(TextDecoding.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})))
                .isEqualTo("binary file (PNG image)");
        assertThat(reason(TextDecoding.decode(new byte[] {1, 2, 3, 4, 5, 6, 'a'}))).startsWith("binary file");
    }

    @Test
    void emptyInputIsRejected() {
        assertThat(reason(TextDecoding.decode(new byte[0]))).isEqualTo("empty file");
    }
}
