package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;

/**
 * Two {@code marsad ingest} processes started together on one fresh data directory, their inputs overlapping by
 * half: both succeed (the second does not fail inside a migration or on a busy database) and every article is stored
 * exactly once; the next open makes all of them searchable.
 */
class ConcurrentIngestIT {
    private static final int PER_PROCESS = 1_200;

    @TempDir
    Path work;

    private static Article article(int i) {
        return Article.builder().url("https://concurrent.example/" + i).title("خبر متزامن رقم " + i)
                .body(List.of("نص الخبر المتزامن رقم " + i + " عن الأسواق.")).source("المرصد").language("ar")
                .published("2024-06-" + (10 + i % 20)).build();
    }

    private Path jsonl(String name, int from, int to) throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(ArticleJson.toLine(article(i))).append('\n');
        }
        return Files.writeString(work.resolve(name), s, StandardCharsets.UTF_8);
    }

    @Test
    void twoIngestsAtOnceStoreEveryArticleOnce() throws Exception {
        Path a = jsonl("a.jsonl", 0, PER_PROCESS);
        Path b = jsonl("b.jsonl", PER_PROCESS / 2, PER_PROCESS / 2 + PER_PROCESS);
        Path data = work.resolve("data");

        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (Path input : List.of(a, b)) {
            Path out = work.resolve(input.getFileName() + ".out");
            Path err = work.resolve(input.getFileName() + ".err");
            outs.add(out);
            outs.add(err);
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString(),
                    "ingest", "--data", data.toString(), input.toString()).directory(work.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            // A bound so that a hung ingest fails the build instead of stalling it; not a performance check.
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(outs.get(2 * i + 1))).isZero();
            assertThat(Files.readString(outs.get(2 * i))).startsWith("read " + PER_PROCESS + ",").contains("refused 0");
        }

        int distinct = PER_PROCESS / 2 + PER_PROCESS;
        try (Archive archive = Archive.open(data, null)) {
            assertThat(archive.store().count()).isEqualTo(distinct);
            Set<String> urls = new HashSet<>();
            archive.store().forEach(x -> assertThat(urls.add(x.url())).as("stored once: " + x.url()).isTrue());
            for (int i = 0; i < distinct; i++) {
                assertThat(urls).contains(article(i).url());
            }
            assertThat(archive.index().count()).isEqualTo(distinct);
            assertThat(archive.search(SearchRequest.of("المتزامن")).total()).isEqualTo(distinct);
        }
    }
}
