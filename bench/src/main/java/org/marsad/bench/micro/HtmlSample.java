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

/** Saved HTML pages (a directory of *.html written by the harness); one operation handles every page. */
@State(Scope.Benchmark)
public class HtmlSample {
    @Param("")
    public String htmlDir;

    public List<String> pages;
    public List<String> urls;

    @Setup
    public void load() throws IOException {
        pages = new ArrayList<>();
        urls = new ArrayList<>();
        for (Path p : list(Path.of(htmlDir))) {
            pages.add(Files.readString(p, StandardCharsets.UTF_8));
            urls.add("https://bench.marsad.invalid/" + p.getFileName());
        }
    }

    public static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }
}
