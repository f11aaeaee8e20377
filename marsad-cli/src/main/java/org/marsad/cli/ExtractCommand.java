package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.marsad.ingest.source.Source;
import org.marsad.model.PageZone;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad extract FILE|URL... [--format json|jsonl]}: prints the articles of raw news pages, in page order.
 *
 * <p>All inputs are read before anything is printed, so a bad input fails the command without half an output.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the articles of news pages (raw text dumps, HTML files, http(s) URLs) and print them as JSON.",
                "Encodings: UTF-8 (with or without BOM), UTF-16/32 with BOM, windows-1256 and ISO-8859-6 (detected)."},
        footer = {"", "Exit status: 0 ok, 1 an input could not be read or holds no article, 2 usage error."})
final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Pages to extract; '-' reads standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "json|jsonl", defaultValue = "json",
            description = "json (default): one document {\"articles\":[...]}; jsonl: one article per line.")
    Format format;

    @Option(names = "--allow-private",
            description = "Let URLs point at loopback or private-network addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Where the pages are when they write a time without an offset: a region such as "
                    + "Africa/Cairo or an offset such as +03:00. Without it, such a time keeps only its day "
                    + "(published_text keeps it as written).")
    String timeZone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ObjectNode> nodes = new ArrayList<>();
        boolean several = inputs.size() > 1;
        PageZone zone;
        try {
            zone = timeZone == null ? PageZone.UNKNOWN : PageZone.of(Source.timeZone(timeZone));
        } catch (IllegalArgumentException e) {
            throw UserException.usage("--time-zone: " + e.getMessage());
        }
        for (String input : inputs) {
            for (Article a : PageFiles.extract(input, allowPrivate, zone)) {
                ObjectNode node = ArticleJson.toNode(a);
                if (several) {
                    node.put("input", input);
                }
                nodes.add(node);
            }
        }
        print(spec.commandLine().getOut(), nodes, format);
        return 0;
    }

    static void print(PrintWriter out, List<ObjectNode> nodes, Format format) {
        if (format == Format.jsonl) {
            for (ObjectNode n : nodes) {
                try {
                    out.println(ArticleJson.mapper().writeValueAsString(n));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            ObjectNode root = ArticleJson.mapper().createObjectNode();
            ArrayNode articles = root.putArray("articles");
            nodes.forEach(articles::add);
            out.println(ArticleJson.pretty(root));
        }
        out.flush();
    }
}
