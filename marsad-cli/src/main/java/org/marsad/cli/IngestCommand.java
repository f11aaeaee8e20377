package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.ingest.file.FileIngest;
import org.marsad.ingest.source.Source;
import org.marsad.model.PageZone;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ingest --data DIR PATH...}: stores the articles of files, directories (searched recursively) and
 * URLs, and indexes them, through {@link FileIngest} (which documents the formats). A page with no article that has
 * a title or a date, and a folder's README or LICENSE, are reported as skipped and not stored. A file or line that
 * cannot be read is refused, named (file and line number) with its reason on standard error, and the rest goes on;
 * past the first {@link FileIngest#SHOWN_REFUSALS} refusals the rest are counted ("and N more refused"). Storing is
 * idempotent. The summary line is {@code read N, stored N (new N, updated N), duplicates N, refused N[, skipped N]}:
 * every input read ends as exactly one of those. Exit 1 when something was refused.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store and index the articles of files and directories: raw text pages, HTML pages, "
                + "JSON Lines of articles (*.jsonl, *.jsonl.gz), JSON (*.json) as marsad extract prints them, and web archives "
                + "(*.warc, *.warc.gz: their HTML responses) and corpus files of TREC-style <DOC> records (the ANT "
                + "corpus). A folder's README or LICENSE and CSV tables are skipped."},
        footer = {"", "Exit status: 0 ok, 1 some input failed (the rest was stored), 2 usage error."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories or http(s) URLs to ingest.")
    List<String> inputs;

    @Option(names = "--allow-private",
            description = "Let URLs point at loopback or private-network addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Where the pages are when they print a time without an offset (text dumps, HTML pages, "
                    + "WARC records, URLs, and JSON articles whose published time has none): a region such as "
                    + "Africa/Cairo or an offset such as +03:00. Without it such an "
                    + "article keeps its day only, the time as written in published_text, and a line says how many.")
    String timeZone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.contains("-")) {
            // extract reads "-" as standard input; ingest cannot tell a pipe's format (JSONL, text, WARC) from a name.
            throw new UserException("marsad ingest reads files, folders and URLs, not standard input ('-'); save the "
                    + "input to a file (for example news.jsonl) and name it; nothing ingested");
        }
        List<String> missing = inputs.stream().filter(i -> !PageFiles.isUrl(i) && !Files.exists(Path.of(i))).toList();
        if (missing.size() == inputs.size()) {
            // Refused before the data directory is opened: a mistyped path never leaves a new, empty archive.
            throw new UserException(missing.get(0) + ": no such file or directory"
                    + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more input"
                    + (missing.size() > 2 ? "s" : "") + ")" : "") + "; nothing ingested");
        }
        for (String input : inputs) {
            if (!PageFiles.isUrl(input) && FileIngest.isDataDirectory(Path.of(input))) {
                // "marsad ingest marsad-data/demo articles.jsonl": the data directory named as input, not as --data.
                throw new UserException(input + " is a Marsad data directory, not news to ingest; to ingest into it: "
                        + "marsad ingest --data " + input + " FILE...; nothing ingested");
            }
        }
        PageZone zone;
        try {
            zone = timeZone == null ? PageZone.UNKNOWN : PageZone.of(Source.timeZone(timeZone));
        } catch (IllegalArgumentException e) {
            throw UserException.usage("--time-zone: " + e.getMessage());
        }
        boolean owner;
        FileIngest.Summary summary;
        long timesWithoutZone;
        String firstWithoutZone;
        long datedAhead;
        String firstDatedAhead;
        try (Archive archive = data.create()) {
            owner = archive.owner();
            FileIngest ingest = new FileIngest(FileIngest.into(archive), line -> {
                err.println("marsad: " + line);
                err.flush();
            }).inZone(zone);
            List<Path> files = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (String input : inputs) {
                if (PageFiles.isUrl(input)) {
                    urls.add(input);
                } else {
                    files.addAll(ingest.files(Path.of(input), data.path()));
                }
            }
            try (ProgressBar bar = Progress.ingestBar(files.size())) {
                if (bar != null) {
                    ingest.watchedBy(new IngestProgress(bar, System::nanoTime));
                }
                for (Path f : files) {
                    ingest.file(f);
                    if (bar != null) {
                        bar.step();
                    }
                }
                for (String url : urls) {
                    try {
                        PageUrls.Page page = PageUrls.fetch(url, allowPrivate, zone);
                        ingest.fetchedPage(url, page.body(), page.html(), page.articles());
                    } catch (UserException e) {
                        ingest.fail(e.getMessage());
                    }
                }
                ingest.flush();
            }
            summary = ingest.summary();
            timesWithoutZone = ingest.timesWithoutZone();
            datedAhead = ingest.datedAhead();
            firstDatedAhead = ingest.firstDatedAhead();
            firstWithoutZone = ingest.firstTimeWithoutZone();
            if (owner) {
                long added = summary.created();
                archive.compactAfterLoad(added, () -> {
                    err.println("marsad: merging the search index into one part after a load of " + added
                            + " articles (searches are faster after it; minutes at a million articles)");
                    err.flush();
                });
            }
        }
        if (summary.unshown() > 0) {
            err.println("marsad: and " + summary.unshown() + " more refused (only the first "
                    + FileIngest.SHOWN_REFUSALS + " are named)");
            err.flush();
        }
        if (datedAhead > 0) {
            // Said once, like the zone note: stored as dated (a guessed date would be worse), but no news is dated
            // after tomorrow, and such an article would head every "newest first" list.
            err.println("marsad: " + datedAhead + " article(s) are dated after tomorrow (first: " + firstDatedAhead
                    + "): stored as dated; check the dates of the input");
        }
        if (timesWithoutZone > 0) {
            // Said once: the day is known, the offset is not, and a guessed one would move articles between days.
            err.println("marsad: " + timesWithoutZone + " article(s) print a time but no time zone (first: "
                    + firstWithoutZone + "): stored with their day, the time as written in published_text; "
                    + "ingest them again with --time-zone ZONE (e.g. Asia/Riyadh, +03:00) to keep the time");
            err.flush();
        }
        spec.commandLine().getOut().println(summary.line());
        spec.commandLine().getOut().flush();
        long changed = summary.created() + summary.updated();
        if (!owner && changed > 0) {
            err.println("marsad: " + Writers.storedOnly(data, changed));
        }
        return summary.failed() > 0 ? Errors.FAILURE : 0;
    }
}
