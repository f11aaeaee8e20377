package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A {@code list} subcommand (sources, users, tokens, watches): with {@code --json} the items as one pretty JSON
 * array, else each item for a reader, or a line saying how to add one when there are none.
 *
 * @param <T> what is listed
 */
abstract class Listing<T> implements Callable<Integer> {
    @CommandLine.Mixin
    DataDir data;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Spec
    CommandLine.Model.CommandSpec spec;

    private final String none;

    /** @param none the line printed when there is nothing to list (it names the command that adds one) */
    Listing(String none) {
        this.none = none;
    }

    /** The items, read from the data directory. */
    abstract List<T> items();

    /** Adds the item to the JSON array. */
    abstract void addJson(ArrayNode array, T item);

    /** Prints the item for a reader. */
    abstract void print(PrintWriter out, T item);

    @Override
    public final Integer call() {
        List<T> items = items();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = ArticleJson.mapper().createArrayNode();
            items.forEach(item -> addJson(array, item));
            out.println(ArticleJson.pretty(array));
        } else if (items.isEmpty()) {
            out.println(none);
        } else {
            items.forEach(item -> print(out, item));
        }
        out.flush();
        return 0;
    }
}
