package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.Utf8ByteOutput;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page written piece by piece into one array is byte for byte what jte's own byte output makes of it. */
class PageBytesTest {
    private static final String[] PIECES = {"غزة", "%D8%BA", "&", "=", " ", "\n", "Cairo", "é", "😀", "\u200f", "中",
        "\ud83d", "\ude00", "\u0000", "\u07ff", "\u0800", "\uffff", "\"", "<"};

    @Test
    void everyPieceAndPartOfAPieceIsEncodedAsJteEncodesIt() {
        Random rnd = new Random(20261207L);
        for (int page = 0; page < 300; page++) {
            PageBytes ours = new PageBytes(rnd.nextInt(64));
            Utf8ByteOutput jte = new Utf8ByteOutput();
            for (int piece = rnd.nextInt(200); piece > 0; piece--) {
                StringBuilder b = new StringBuilder();
                for (int n = rnd.nextInt(12); n > 0; n--) {
                    b.append(PIECES[rnd.nextInt(PIECES.length)]);
                }
                String s = b.toString();
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        ours.writeContent(s);
                        jte.writeContent(s);
                    }
                    case 1 -> {
                        int from = rnd.nextInt(s.length() + 1);
                        int to = from + rnd.nextInt(s.length() - from + 1);
                        ours.writeContent(s, from, to);
                        jte.writeContent(s, from, to);
                    }
                    default -> {
                        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
                        ours.writeBinaryContent(raw);
                        jte.writeBinaryContent(raw);
                    }
                }
            }
            assertThat(ours.toByteArray()).as("page %d", page).isEqualTo(jte.toByteArray());
        }
    }
}
