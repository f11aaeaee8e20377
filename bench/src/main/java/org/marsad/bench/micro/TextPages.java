package org.marsad.bench.micro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Raw text pages (a directory of *.txt written by the harness); one operation handles every page. */
@State(Scope.Benchmark)
public class TextPages {
    @Param("")
    public String textPageDir;

    public List<String> pages;

    @Setup
    public void load() throws IOException {
        pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(textPageDir))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }
}
