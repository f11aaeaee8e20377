package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's name matching against the rule it implements, written plainly here: at each stem, the longest name
 * (of at most as many stems as the longest name starting with that stem) spelled by the stems from there, joined by
 * spaces; then on after it.
 */
class GazetteerTest {

    @Test
    void matchesTheLongestNameAtEachStemOnSeededRandomGazetteers() throws IOException {
        Random random = new Random(20261206L);
        for (int round = 0; round < 400; round++) {
            // few distinct stems, so that names overlap and share beginnings; now and then an empty stem or one
            // with a space inside (tokens given to tagDocument may hold one)
            String[] vocabulary = new String[2 + random.nextInt(round % 4 == 0 ? 4 : 12)];
            for (int v = 0; v < vocabulary.length; v++) {
                int odd = random.nextInt(20);
                vocabulary[v] = odd == 0 ? "" : odd == 1 ? "س ص" : "ك" + (char) ('ا' + v);
            }
            Map<String, Byte> names = new LinkedHashMap<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                StringBuilder name = new StringBuilder();
                for (int len = 1 + random.nextInt(round % 5 == 0 ? 8 : 4), t = 0; t < len; t++) {
                    name.append(t > 0 ? " " : "").append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                if (name.toString().split(" ").length > 0) { // (spaces alone are no name a model file can hold)
                    names.put(name.toString(), (byte) random.nextInt(16));
                }
            }
            Gazetteer gazetteer = gazetteerOf(names);
            for (int sentence = 0; sentence < 20; sentence++) {
                String[] stems = new String[random.nextInt(15)];
                for (int i = 0; i < stems.length; i++) {
                    stems[i] = vocabulary[random.nextInt(vocabulary.length)];
                }
                assertThat(gazetteer.matchNames(stems)).as("round %d, names %s, stems %s", round, names.keySet(),
                        String.join("|", stems)).containsExactly(longestFirst(names, stems));
            }
        }
    }

    @Test
    void aNameOfSpacesAloneIsLeftOutAndTheOtherNamesStillMatch() throws IOException {
        Map<String, Byte> names = new LinkedHashMap<>();
        names.put("   ", (byte) 5);
        names.put(" ", (byte) 6);
        names.put("بيروت", (byte) 4);
        names.put("وزار خارج", (byte) 9);
        Gazetteer gazetteer = gazetteerOf(names);
        assertThat(gazetteer.matchNames(new String[] {"زار", "بيروت", "", "", "وزار", "خارج"}))
                .containsExactly(-1, 4, -1, -1, 9, 64 + 9);
    }

    /** The rule: at each stem, every length from the longest name starting with the stem down to 1. */
    private static int[] longestFirst(Map<String, Byte> names, String[] stems) {
        int[] out = new int[stems.length];
        java.util.Arrays.fill(out, -1);
        int i = 0;
        while (i < stems.length) {
            int most = 0;
            for (String name : names.keySet()) {
                String[] parts = name.split(" ");
                if (parts[0].equals(stems[i])) {
                    most = Math.max(most, parts.length);
                }
            }
            int matched = 0;
            for (int len = Math.min(most, stems.length - i); len >= 1 && matched == 0; len--) {
                Byte code = names.get(String.join(" ", java.util.Arrays.copyOfRange(stems, i, i + len)));
                if (code != null) {
                    matched = len;
                    for (int k = 0; k < len; k++) {
                        out[i + k] = (k == 0 ? 0 : 64) + code;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        return out;
    }

    /** A gazetteer of these names alone, read from the model file's form of one. */
    private static Gazetteer gazetteerOf(Map<String, Byte> names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0); // no priors
            out.writeInt(names.size());
            for (Map.Entry<String, Byte> e : names.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeByte(e.getValue());
            }
            out.writeInt(0); // no whole words
        }
        return Gazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
