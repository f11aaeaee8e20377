package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the commands that only read work on a data directory that may not be written, and write nothing to it
 * — no Flyway migration, no lock file, no SQLite side files, no index lock. The directory is made read-only by its
 * permission bits; since root ignores them, the test proves "nothing written" by comparing every file's name,
 * size, modification time and content before and after.
 */
class ReadOnlyDataDirTest {
    @TempDir
    Path tmp;
    private Path data;

    private static Path pages() {
        try {
            return Path.of(ReadOnlyDataDirTest.class.getResource("pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ingest() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        for (String name : List.of("gaza-talks.txt", "iran-lebanon.txt", "articles.jsonl")) {
            Files.copy(pages().resolve(name), dir.resolve(name));
        }
        data = tmp.resolve("data");
        CliRun ingest = CliRun.of("ingest", "--data", data.toString(), dir.toString());
        assertThat(ingest.out()).contains("new 5");
    }

    @AfterEach
    void writableAgain() throws IOException {
        // So that @TempDir can delete it.
        if (data != null && Files.exists(data)) {
            try (Stream<Path> all = Files.walk(data)) {
                for (Path p : all.toList()) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    perms.add(PosixFilePermission.OWNER_WRITE);
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
    }

    private void makeReadOnly() throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                perms.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE));
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    /** Every file under the data directory: path -> size, modification time and SHA-256. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                String key = data.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(key + "/", "dir " + Files.getLastModifiedTime(p));
                } else {
                    out.put(key, Files.size(p) + " " + Files.getLastModifiedTime(p) + " " + sha256(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void searchExportStoriesAndSourcesWorkOnAReadOnlyDirectoryAndWriteNothing() throws IOException {
        ingest();
        makeReadOnly();
        Map<String, String> before = snapshot();

        CliRun search = CliRun.of("search", "--data", data.toString(), "مفاوضات");
        assertThat(search.err()).isEmpty();
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("استئناف المفاوضات بشأن الهدنة في غزة").contains("1 result");

        CliRun export = CliRun.of("export", "--data", data.toString(), "--format", "jsonl");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines()).hasSize(5);

        CliRun filtered = CliRun.of("export", "--data", data.toString(), "--format", "csv", "الألعاب");
        assertThat(filtered.exitCode()).isZero();
        assertThat(filtered.out()).contains("ألمانيا");

        CliRun stories = CliRun.of("stories", "--data", data.toString());
        assertThat(stories.exitCode()).isZero();
        assertThat(stories.out()).contains("stories");

        CliRun sources = CliRun.of("sources", "list", "--data", data.toString());
        assertThat(sources.exitCode()).isZero();
        assertThat(sources.out()).contains("no sources");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCommandThatWritesSaysTheDirectoryIsReadOnlyInOneLine() throws IOException {
        ingest();
        makeReadOnly();
        Map<String, String> before = snapshot();

        CliRun reindex = CliRun.of("reindex", "--data", data.toString());
        assertThat(reindex.exitCode()).isEqualTo(1);
        assertThat(reindex.err().strip()).isEqualTo("marsad: " + data + " is read-only, and this command writes it");

        CliRun ingest = CliRun.of("ingest", "--data", data.toString(), pages().resolve("gaza-talks.txt").toString());
        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err().lines()).hasSize(1).allMatch(l -> l.contains("read-only"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void serveRefusesAReadOnlyDirectoryWithoutLeavingALockFileInIt() throws IOException {
        ingest();
        makeReadOnly();
        Map<String, String> before = snapshot();

        // Port 0: were the refusal missing, the server would start on a free port rather than collide.
        CliRun serve = CliRun.of("serve", "--data", data.toString(), "--port", "0", "--no-poll");
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.err().strip()).isEqualTo("marsad: " + data + " is read-only, and this command writes it");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(data.resolve("server.lock")).doesNotExist();
    }

    @Test
    void serveOnAFileSaysItIsNotADirectory() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a data directory");
        CliRun serve = CliRun.of("serve", "--data", file.toString(), "--port", "0", "--no-poll");
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.err().strip()).isEqualTo("marsad: " + file + ": not a directory");
        assertThat(file).hasContent("not a data directory");
    }

    @Test
    void aReadOnlyIndexThatLagsTheStoreStillAnswersAndSaysWhatItLacks() throws IOException {
        ingest();
        // Articles stored while the index was not updated: what a read-only copy of a directory taken while
        // another process was writing looks like. Simulated by storing with the index held by another writer.
        Path more = Files.createDirectories(tmp.resolve("more"));
        Files.writeString(more.resolve("new.txt"), Files.readString(pages().resolve("gaza-talks.txt"))
                .replace("استئناف المفاوضات", "تعثر المفاوضات").replace("غزة", "رفح"));
        try (org.marsad.store.Archive owner = org.marsad.store.Archive.open(data, null)) {
            // Holding the index writer: the ingest below stores only.
            CliRun ingest = CliRun.of("ingest", "--data", data.toString(), more.toString());
            assertThat(ingest.out()).contains("new 1");
        }
        // The owner above closed without catching up (it was not told): the index lacks the new article.
        makeReadOnly();
        CliRun search = CliRun.of("search", "--data", data.toString(), "مفاوضات");
        assertThat(search.exitCode()).isZero();
        assertThat(search.err().strip()).isEqualTo("marsad: " + data + " is read-only and its search index lacks 1 "
                + "stored article ('marsad reindex' adds them where the directory is writable)");
        assertThat(search.out()).contains("استئناف المفاوضات");
    }
}
