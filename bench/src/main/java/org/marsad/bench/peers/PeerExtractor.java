package org.marsad.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.marsad.model.ArticleJson;

/**
 * A peer article extractor run as an external program over a list of saved pages: Mozilla Readability with jsdom
 * through node, or readability-lxml through Debian's python3-readability. Each is optional; {@link #unavailable}
 * says how to install what is missing.
 */
public final class PeerExtractor {

    /** What a peer made of one page. */
    public record Output(String title, String text, String published, double ms, String error) {
    }

    private final String name;
    private final List<String> command;
    private final String missing;

    private PeerExtractor(String name, List<String> command, String missing) {
        this.name = name;
        this.command = command;
        this.missing = missing;
    }

    public String name() {
        return name;
    }

    /** Null when the peer can run, else what to install (see bench/README.md). */
    public String unavailable() {
        return missing;
    }

    /** Readability.js 0.6 on jsdom, from bench/peers/node_modules. */
    public static PeerExtractor readabilityJs(Path benchDir) {
        Path peers = benchDir.resolve("peers");
        String why = null;
        if (!works(List.of("node", "--version"))) {
            why = "node is not installed";
        } else if (!Files.isDirectory(peers.resolve("node_modules/@mozilla/readability"))
                || !Files.isDirectory(peers.resolve("node_modules/jsdom"))) {
            why = "not installed: npm install --prefix bench/peers";
        }
        return new PeerExtractor("Readability.js", List.of("node", peers.resolve("readability.mjs").toString()), why);
    }

    /** readability-lxml from Debian's python3-readability (the system Python, where apt installs it). */
    public static PeerExtractor readabilityLxml(Path benchDir) {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        String why = works(List.of(python, "-c", "import readability, lxml.html")) ? null
                : "not installed: apt-get install python3-readability";
        return new PeerExtractor("readability-lxml", List.of(python,
                benchDir.resolve("peers/readability_lxml.py").toString()), why);
    }

    /**
     * Runs the peer over the pages (path → URL; .html or .html.gz) and returns its output per path.
     *
     * @throws IOException when the peer fails as a whole
     */
    public Map<Path, Output> run(Map<Path, String> pages, Path workDir, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Path list = workDir.resolve(slug + "-pages.tsv");
        List<String> lines = new ArrayList<>();
        pages.forEach((p, url) -> lines.add(p.toAbsolutePath() + "\t" + (url == null ? "" : url)));
        Files.write(list, lines, StandardCharsets.UTF_8);
        Path out = workDir.resolve(slug + "-out.jsonl");
        Path err = workDir.resolve(slug + "-err.log");
        List<String> cmd = new ArrayList<>(command);
        cmd.add(list.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException(name + " did not finish in " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(name + " exited with " + p.exitValue() + " (see " + err + ")");
        }
        Map<Path, Output> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = ArticleJson.mapper().readTree(line);
            result.put(Path.of(n.path("path").asText()), new Output(n.path("title").asText(null),
                    n.path("text").asText(""), n.path("published").asText(null), n.path("ms").asDouble(),
                    n.path("error").asText(null)));
        }
        return result;
    }

    private static boolean works(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
