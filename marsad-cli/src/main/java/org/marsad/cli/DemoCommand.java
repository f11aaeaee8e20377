package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad demo}: extracts the bundled sample page (a raw Arabic news page with an appended second
 * article) and prints its articles, as {@code marsad extract} would. Interim: it grows into ingest + serve.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extract the bundled sample Arabic news page and print its articles as JSON.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "sample/sample-page.txt";

    @Option(names = "--format", paramLabel = "json|jsonl", defaultValue = "json",
            description = "json (default) or jsonl.")
    ExtractCommand.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] bytes;
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new UserException("the sample page is missing from this build");
            }
            bytes = in.readAllBytes();
        }
        List<ObjectNode> nodes = PageFiles.extract("sample-page.txt", bytes).stream().map(ArticleJson::toNode).toList();
        ExtractCommand.print(spec.commandLine().getOut(), nodes, format);
        return 0;
    }
}
