package org.marsad.bench.micro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Real paragraphs, one per line, written by the harness before JMH starts (JMH forks a fresh JVM, so the sample
 * travels as a file). One benchmark operation processes every paragraph, so throughput in MB/s is
 * ops/s × {@link #utf8Bytes}.
 */
@State(Scope.Benchmark)
public class TextSample {
    /** Path of the paragraph file; set by the harness. */
    @Param("")
    public String textFile;

    public List<String> paragraphs;

    @Setup
    public void load() throws IOException {
        paragraphs = read(Path.of(textFile));
    }

    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The UTF-8 size of one operation's input, for MB/s. */
    public static long utf8Bytes(List<String> paragraphs) {
        long n = 0;
        for (String p : paragraphs) {
            n += p.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
