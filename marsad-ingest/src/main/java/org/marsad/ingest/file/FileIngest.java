package org.marsad.ingest.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.extract.TextDecoding;
import org.marsad.extract.text.ScriptLanguage;
import org.marsad.ingest.warc.DamagedWarcException;
import org.marsad.ingest.warc.WarcArticles;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.model.PageZone;
import org.marsad.model.PublishedDates;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore.Incoming;
import org.marsad.store.RawSource;
import org.marsad.store.StoreException;
import org.marsad.store.Upserted;

/**
 * Storing the articles of files: the one path that {@code marsad ingest}, the server and the bench share.
 *
 * <ul>
 *   <li>{@code *.jsonl} / {@code *.ndjson} (or gzipped: {@code *.jsonl.gz}): JSON Lines of articles, as {@code
 *       marsad extract --format jsonl} prints them; each line is one article, in UTF-8 or a legacy Arabic encoding
 *       (windows-1256, ISO-8859-6), decoded line by line as a page is.</li>
 *   <li>{@code *.json}: {@code {"articles": [...]}} as {@code marsad extract} prints it, an array of articles, or
 *       one article.</li>
 *   <li>{@code *.warc} / {@code *.warc.gz}: the HTML response records of a web archive, through the page
 *       extractor; each article keeps a pointer (file, record offset) as its raw source.</li>
 *   <li>{@code *.csv} / {@code *.tsv}: a table, not news (such as {@code marsad export --format csv} wrote it):
 *       skipped.</li>
 *   <li>anything else: a page (raw text dump or HTML), or a corpus file of {@code <DOC>} records (the ANT
 *       corpus), through {@link FilePages}; its bytes are kept as the articles' raw source.</li>
 * </ul>
 * A page that yields no article with a title or a date, and a folder's own documentation met while walking it
 * (README, LICENSE, ...), are <em>skipped</em>: reported, not stored, not a failure. A file or line that cannot be
 * read <em>fails</em>: reported, and the rest goes on. Articles are saved in batches; a batch the store refuses is
 * saved one by one so that one bad article costs only itself. Storing is idempotent.
 *
 * <p>Not thread-safe: one instance per run. Call {@link #flush} at the end.
 */
public final class FileIngest {
    /** Saves a batch of articles (e.g. {@code Archive::save}; an archive's is {@link #into}). */
    @FunctionalInterface
    public interface Saver {
        List<Upserted> save(List<Incoming> batch);
    }

    /**
     * A saver that starts a batch's pure work before saving it: a run stages each full batch, then saves the one
     * before, so the staged one's work runs (on other threads) meanwhile.
     */
    public interface StagingSaver extends Saver {
        /** Starts what saving {@code batch} can do ahead; the returned call saves it (once). */
        Supplier<List<Upserted>> stage(List<Incoming> batch);
    }

    /** The saver of an archive: {@link Archive#stage} ahead, {@link Archive#save(Archive.Staged)} after. */
    public static StagingSaver into(Archive archive) {
        return new StagingSaver() {
            @Override
            public List<Upserted> save(List<Incoming> batch) {
                return archive.save(batch);
            }

            @Override
            public Supplier<List<Upserted>> stage(List<Incoming> batch) {
                Archive.Staged staged = archive.stage(batch);
                return () -> archive.save(staged);
            }
        };
    }

    /** A full batch staged and not saved yet ({@link StagingSaver}). */
    private record StagedBatch(List<Incoming> items, Supplier<List<Upserted>> save) {
    }

    /**
     * What a run did. Every input read (an article line or entry, a page, a file that could not be read) ends as
     * exactly one of: stored (new or updated), a duplicate, refused or skipped, so {@code inputs} is their sum.
     *
     * @param inputs    inputs read: articles handed to the store, inputs refused before it, and pages skipped
     * @param read      articles read (and handed to the store)
     * @param created   articles stored new
     * @param updated   articles stored over an older version of themselves
     * @param unchanged duplicates: articles already stored exactly as read (nothing changed)
     * @param skipped   pages and files skipped (no news article in them)
     * @param failed    inputs (files, lines, articles) refused, each reported with its reason
     * @param unshown   refusals counted but not reported (past the first {@link #SHOWN_REFUSALS})
     */
    public record Summary(long inputs, long read, long created, long updated, long unchanged, long skipped,
                          long failed, long unshown) {
        /** {@code read N, stored N (new N, updated N), duplicates N, refused N[, skipped N]}. */
        public String line() {
            return "read " + inputs + ", stored " + (created + updated) + " (new " + created + ", updated " + updated
                    + "), duplicates " + unchanged + ", refused " + failed + (skipped > 0 ? ", skipped " + skipped : "");
        }
    }

    /**
     * How many refusals are reported one by one: a file of a million bad lines must not print a million lines; the
     * rest are counted, and the caller says how many were not shown ({@link Summary#unshown}).
     */
    public static final int SHOWN_REFUSALS = 10;

    static final int BATCH = 200;
    /** One JSON Lines article: far beyond any news article, small enough to hold. */
    private static final int MAX_JSON_LINE = 64 << 20;
    /** A whole JSON document of articles ({"articles": [...]} or an array). */
    private static final long MAX_JSON_BYTES = 256L << 20;
    /** File names (without extension) that document a folder rather than hold news. */
    private static final Set<String> FOLDER_DOCUMENTS = Set.of("readme", "license", "licence", "copying", "notice",
            "changelog", "authors", "contributing");

    /** A clock time as pages print it ("10:15", "١٠:١٥"). */
    private static final Pattern PRINTED_TIME =
            Pattern.compile("[0-9\u0660-\u0669]{1,2}\\s*:\\s*[0-9\u0660-\u0669]{2}");

    private final Saver saver;
    private final Consumer<String> report;
    private final Clock clock;
    private Consumer<Tally> watcher = t -> { };
    // The file being read and the articles read from it, for the watcher.
    private Path currentFile;
    private long fileArticles;
    private PageZone zone = PageZone.UNKNOWN;
    // Pages that printed a time without saying its zone while none was given: their articles keep the day only.
    private long timesWithoutZone;
    private String firstTimeWithoutZone;
    // Articles dated after tomorrow (a scraper's misread date): stored as dated, counted, the first one named.
    private long datedAhead;
    private String firstDatedAhead;
    private final List<Incoming> batch = new ArrayList<>();
    // With a staging saver: the full batch whose pure work runs while the one before it is saved.
    private StagedBatch staged;
    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long skipped;
    private long failed;
    // Inputs that ended before the store: refused or skipped (the articles handed to it are counted in read).
    private long endedBefore;

    /**
     * @param saver  where batches go
     * @param report receives one line per skipped or failed input (naming it), as it happens
     */
    public FileIngest(Saver saver, Consumer<String> report) {
        this(saver, report, Clock.systemUTC());
    }

    FileIngest(Saver saver, Consumer<String> report, Clock clock) {
        this.saver = saver;
        this.report = report;
        this.clock = clock;
    }

    /**
     * Reads the pages' times that carry no offset as times in {@code zone} (the {@code --time-zone} of the command);
     * without it such a time keeps only its day, and {@link #timesWithoutZone} counts the articles.
     */
    public FileIngest inZone(PageZone zone) {
        this.zone = zone == null ? PageZone.UNKNOWN : zone;
        return this;
    }

    /**
     * How many articles printed a publication time but no time zone, with no zone given: each is stored with its
     * day (known) and its date line as written in {@code published_text}, never with a guessed offset.
     */
    public long timesWithoutZone() {
        return timesWithoutZone;
    }

    /** The first input that had such an article, for the user to look at; null when none had. */
    public String firstTimeWithoutZone() {
        return firstTimeWithoutZone;
    }

    /**
     * How many articles read were dated after tomorrow (UTC): no news is, so their dates are a dump's mistake (a
     * scraper that read a day as a month, a wrong year). They are stored as dated, since a guessed date would be
     * worse, and counted so that the user looks at them.
     */
    public long datedAhead() {
        return datedAhead;
    }

    /** The first article dated after tomorrow: where it was read, and its date; null when none was. */
    public String firstDatedAhead() {
        return firstDatedAhead;
    }

    /**
     * The files of an input: itself, or every regular file under a directory (sorted; hidden files and a folder's
     * documentation are left out, the latter reported as skipped). A missing input is reported as failed.
     */
    public List<Path> files(Path input) {
        return files(input, null);
    }

    /**
     * {@link #files(Path)}, for an ingest that stores into the data directory {@code into} (null: none named): when
     * the input holds that very directory ("marsad ingest --data project/marsad-data project"), it is left out without
     * a word, since telling the user to ingest into it "with --data" is what they did.
     */
    public List<Path> files(Path input, Path into) {
        List<Path> files = new ArrayList<>();
        if (!Files.exists(input)) {
            fail(input + ": no such file or directory");
        } else if (Files.isDirectory(input)) {
            List<Path> found = new ArrayList<>();
            List<Path> archives = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(p -> {
                    if (Files.isRegularFile(p)) {
                        found.add(p);
                    } else if (isDataDirectory(p)) {
                        archives.add(p);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                fail(input + ": cannot list directory (" + e.getMessage() + ")");
            }
            // A Marsad data directory inside the input (a project folder holding its marsad-data) is not news: its
            // database and index files would each fail as a binary "article".
            for (Path a : archives) {
                if (!sameDirectory(a, into)) {
                    skip(a + ": skipped (a Marsad data directory, not news input; to ingest into it use --data " + a
                            + ")");
                }
            }
            for (Path f : found) {
                if (archives.stream().anyMatch(f::startsWith)) {
                    continue;
                }
                if (isFolderDocument(f)) {
                    skip(f + ": skipped (the folder's documentation, not a news page)");
                } else {
                    files.add(f);
                }
            }
        } else {
            files.add(input);
        }
        return files;
    }

    /**
     * Whether a directory is a Marsad data directory (it holds the embedded store or the story state), which is never
     * input to an ingest.
     */
    public static boolean isDataDirectory(Path dir) {
        return Files.isDirectory(dir)
                && (Files.exists(dir.resolve("marsad.db")) || Files.exists(dir.resolve("story-state.bin")));
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return b != null && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isFolderDocument(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return FOLDER_DOCUMENTS.contains(dot < 0 ? name : name.substring(0, dot));
    }

    /**
     * What a run has done so far, for a display of its progress: a single file of 100,000 JSON lines is most of a
     * run, and counting files showed nothing until it ended.
     *
     * @param file         the file being read (null for a page fetched from a URL)
     * @param fileArticles articles read from it so far
     * @param articles     articles read in the run so far
     * @param stored       articles stored (new or updated) so far: they are saved in batches, so this lags
     */
    public record Tally(Path file, long fileArticles, long articles, long stored) {
    }

    /**
     * Has {@code watcher} told after each article read and each batch saved (on the ingest's thread, so it must be
     * quick; a display throttles itself).
     */
    public FileIngest watchedBy(Consumer<Tally> watcher) {
        this.watcher = watcher == null ? t -> { } : watcher;
        return this;
    }

    private void tell() {
        watcher.accept(new Tally(currentFile, fileArticles, read, created + updated));
    }

    /** Reads one file by its kind (see the class comment); saves when a batch is full. */
    public void file(Path f) {
        currentFile = f;
        fileArticles = 0;
        tell();
        String lower = f.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            jsonLines(f, false);
        } else if (lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz")) {
            jsonLines(f, true);
        } else if (lower.endsWith(".json")) {
            jsonDocument(f);
        } else if (WarcArticles.isWarc(f)) {
            warc(f);
        } else if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            // A table (marsad export --format csv among a researcher's files) read as a page was stored as one
            // "article" titled with its header row and every row a paragraph.
            skip(f + ": skipped (a CSV table, not a news page; articles exported by marsad are stored again from"
                    + " 'marsad export --format jsonl')");
        } else {
            page(f);
        }
        flushIfFull();
    }

    /**
     * The articles extracted from a page fetched elsewhere (a URL): saved with its bytes as their raw source,
     * or skipped when none is news.
     */
    public void fetchedPage(String location, byte[] body, boolean html, List<Article> articles) {
        currentFile = null;
        fileArticles = 0;
        RawSource raw = new RawSource(html ? RawSource.KIND_HTML : RawSource.KIND_TEXT_PAGE, location, null, body);
        pageArticles(location, articles, raw);
        flushIfFull();
    }

    private void page(Path f) {
        String name = f.toString();
        byte[] bytes;
        List<Article> articles;
        try {
            bytes = BoundedRead.file(f, FilePages.MAX_BYTES, "a news page");
            articles = FilePages.articles(name, bytes, zone);
        } catch (InputException e) {
            fail(e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail(name + ": extraction failed (" + e + ")");
            return;
        }
        String kind = FilePages.isHtml(name, bytes) ? RawSource.KIND_HTML : RawSource.KIND_TEXT_PAGE;
        RawSource raw = new RawSource(kind, f.toAbsolutePath().toString(), null, bytes);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        List<Article> dated = articles.stream().map(a -> a.fetchedAt() == null ? a.withFetchedAt(now) : a).toList();
        pageArticles(name, dated, raw);
    }

    private void pageArticles(String name, List<Article> articles, RawSource raw) {
        List<Article> news = articles.stream().filter(FilePages::isNews).toList();
        if (news.isEmpty()) {
            skip(name + ": skipped (no article with a title or a date)");
            return;
        }
        for (Article a : news) {
            noteTimeWithoutZone(name, a);
            add(a, raw);
        }
    }

    /**
     * A JSON article's time written without an offset ("2025-02-03T16:30": {@link ArticleJson} keeps its day, and the
     * value in published_text) is read in the {@code --time-zone} given, as a page's printed time is; without one it
     * is counted with the pages' (it kept its day without a word, while the help and README said a line tells it).
     */
    private Article zoned(String where, Article a) {
        if (a.published() == null || a.published().length() != 10 || !PublishedDates.isLocalTime(a.publishedText())) {
            return a;
        }
        if (zone == PageZone.UNKNOWN) {
            noteTimeWithoutZone(where, a);
            return a;
        }
        String settled = PublishedDates.settle(a.publishedText(), zone);
        return settled == null || settled.length() == 10 ? a : a.withPublished(settled);
    }

    private void noteTimeWithoutZone(String name, Article a) {
        if (zone != PageZone.UNKNOWN || a.published() == null || a.published().length() != 10 || a.publishedText() == null
                || !PRINTED_TIME.matcher(a.publishedText()).find()) {
            return;
        }
        timesWithoutZone++;
        if (firstTimeWithoutZone == null) {
            firstTimeWithoutZone = name;
        }
    }

    /** HTML response records of a .warc/.warc.gz; each article keeps a pointer (file, offset) to its record. */
    private void warc(Path f) {
        String file = f.toAbsolutePath().toString();
        try {
            WarcArticles.read(f, zone, (a, pointer) -> {
                if (!FilePages.isNews(a)) {
                    skip(f + " (record at " + pointer.offset() + "): skipped (no article with a title or a date)");
                    return;
                }
                noteTimeWithoutZone(f + " (record at " + pointer.offset() + ")", a);
                add(a, RawSource.pointer(RawSource.KIND_WARC, file, pointer.offset()));
                flushIfFull();
            });
        } catch (DamagedWarcException e) {
            // The articles of the records before the damage are in the batch and are stored.
            fail(f + ": " + (e.recordsRead() == 0 ? "not a readable WARC file (" + e.getMessage() + ")"
                    : "damaged WARC: " + e.getMessage() + (e.recordsRead() == 1 ? "; the record before it was read"
                    : "; the " + e.recordsRead() + " records before it were read")));
        } catch (IOException | RuntimeException e) {
            fail(f + ": cannot read WARC (" + printable(e.getMessage() == null ? e.toString() : e.getMessage()) + ")");
        }
    }

    /**
     * JSON Lines, gzipped or not. The file is read as ISO-8859-1 (one character per byte) and each line's bytes are
     * decoded by what they are, as a page's are ({@link TextDecoding}): UTF-8, or windows-1256 / ISO-8859-6 that a
     * Windows tool wrote (said once per file), or UTF-8 with a rare bad byte (counted in the article's {@code
     * decoding_errors}); anything else refuses its line. Read as UTF-8 straight away, a windows-1256 line was stored
     * with every Arabic letter replaced by U+FFFD, without a word.
     */
    private void jsonLines(Path f, boolean gzipped) {
        UnreadFields unread = new UnreadFields(report);
        RepeatedArticles repeated = new RepeatedArticles("line");
        int lineNo = 0;
        try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(f), 1 << 16)
                : Files.newInputStream(f);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            BoundedRead.Lines lines = new BoundedRead.Lines(r, MAX_JSON_LINE);
            boolean anyLine = false;
            Charset legacy = null;
            for (String bytes = lines.next(); bytes != null; bytes = lines.next()) {
                lineNo++;
                if (lines.wasTooLong()) {
                    fail(f + ":" + lineNo + ": line too long for one article (more than "
                            + BoundedRead.megabytes(MAX_JSON_LINE) + ")");
                    continue;
                }
                if (bytes.isBlank()) {
                    continue;
                }
                anyLine = true;
                String line;
                int decodingErrors = 0;
                if (isAscii(bytes)) {
                    line = bytes;
                } else {
                    TextDecoding.Result decoding = TextDecoding.decode(bytes.getBytes(StandardCharsets.ISO_8859_1));
                    if (decoding instanceof TextDecoding.Undecodable u) {
                        fail(f + ":" + lineNo + ": " + u.reason() + "; save the file as UTF-8");
                        continue;
                    }
                    TextDecoding.Decoded decoded = (TextDecoding.Decoded) decoding;
                    line = decoded.text();
                    decodingErrors = decoded.errors();
                    if (decoded.basis() == TextDecoding.Basis.DETECTED && legacy == null) {
                        legacy = decoded.charset();
                        report.accept(f + ":" + lineNo + ": not UTF-8; read as " + legacy.name()
                                + " (so is every such line of this file)");
                    }
                }
                Article a;
                try {
                    JsonNode node = ArticleJson.tree(line.startsWith("\uFEFF") ? line.substring(1) : line);
                    a = inDetectedLanguage(ArticleJson.fromInput(node));
                    if (decodingErrors > 0) {
                        a = a.withDecodingErrors(decodingErrors);
                    }
                    unread.note(f + ":" + lineNo, node);
                } catch (IllegalArgumentException e) {
                    fail(f + ":" + lineNo + ": " + e.getMessage().lines().findFirst().orElse("bad line"));
                    continue;
                }
                if (isBlank(a.title()) && a.body().isEmpty()) {
                    fail(f + ":" + lineNo + ": an article needs a title or a body");
                    continue;
                }
                repeated.note(lineNo, a);
                add(zoned(f + ":" + lineNo, a), RawSource.text(RawSource.KIND_JSON, f.toAbsolutePath() + ":" + lineNo,
                        line));
                flushIfFull();
            }
            if (!anyLine) {
                // as an empty page is: a file that held nothing is named, not passed over as a success
                fail(f + ": empty file (no JSON lines)");
            }
        } catch (IOException | UncheckedIOException e) {
            // A gzip file cut short (a download that stopped) ends here; the lines before it are in the batch.
            fail(f + ": cannot read" + (lineNo > 0 ? " past line " + lineNo : "") + " ("
                    + printable(String.valueOf(e.getMessage())) + ")" + (lineNo > 0 ? "; the lines before it were read"
                    : ""));
        }
        reportRepeats(f, repeated);
    }

    /**
     * Names a JSON file whose lines gave an earlier line's article again (same id or URL), in one line: the store
     * keeps one article per id and URL, the later line's, and without a word the earlier one was lost unseen.
     */
    private void reportRepeats(Path f, RepeatedArticles repeated) {
        String line = repeated.report(f.toString());
        if (line != null) {
            report.accept(line);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // The shape `marsad extract --format json` prints ({"articles": [...]}), a bare array, or one article.
    private void jsonDocument(Path f) {
        JsonNode root;
        try {
            try (InputStream in = BoundedRead.capped(Files.newInputStream(f), MAX_JSON_BYTES)) {
                root = ArticleJson.mapper().readTree(in);
            }
        } catch (IOException e) {
            fail(f + ": not valid JSON (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
            return;
        }
        JsonNode items = root != null && root.isObject() && root.has("articles") ? root.get("articles") : root;
        List<JsonNode> nodes = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(nodes::add);
        } else if (items != null && items.isObject()) {
            nodes.add(items);
        } else {
            fail(f + ": expected an article, an array of articles or {\"articles\": [...]}");
            return;
        }
        UnreadFields unread = new UnreadFields(report);
        RepeatedArticles repeated = new RepeatedArticles("article");
        for (int i = 0; i < nodes.size(); i++) {
            String where = f + " (article " + (i + 1) + ")";
            Article a;
            try {
                a = inDetectedLanguage(ArticleJson.fromInput(nodes.get(i)));
                unread.note(where, nodes.get(i));
            } catch (IllegalArgumentException e) {
                fail(where + ": " + e.getMessage());
                continue;
            }
            if (isBlank(a.title()) && a.body().isEmpty()) {
                fail(where + ": an article needs a title or a body");
                continue;
            }
            repeated.note(i + 1, a);
            add(zoned(where, a), RawSource.text(RawSource.KIND_JSON, where, nodes.get(i).toString()));
            flushIfFull();
        }
        reportRepeats(f, repeated);
    }

    /**
     * A library's message as one short line of plain text: its first line, control and undecodable characters
     * dropped, cut at 200 characters (some quote the bytes they could not read).
     */
    static String printable(String message) {
        int[] kept = message.lines().findFirst().orElse("").codePoints()
                .filter(c -> !Character.isISOControl(c) && c != 0xFFFD).toArray();
        String line = new String(kept, 0, Math.min(kept.length, 200));
        return kept.length > 200 ? line + "…" : line;
    }

    /**
     * A JSON article that names no language gets the one its text is in, found as a text dump's is
     * ({@link ScriptLanguage}): without it {@code lang:ar} would leave out imports that a page of the same text
     * would match. A language the article names is kept as given.
     */
    static Article inDetectedLanguage(Article a) {
        return isBlank(a.language()) ? a.withLanguage(ScriptLanguage.ofArticle(a)) : a;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private void add(Article a, RawSource raw) {
        noteDatedAhead(a, raw);
        read++;
        fileArticles++;
        batch.add(new Incoming(a, raw));
        tell();
    }

    private void noteDatedAhead(Article a, RawSource raw) {
        String published = a.published();
        if (published == null || published.length() < 10) {
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return;
        }
        // A day past tomorrow in UTC is past today in every time zone (offsets stay within 14 hours).
        if (day.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            datedAhead++;
            if (firstDatedAhead == null) {
                String where = raw != null && raw.location() != null ? raw.location() : String.valueOf(a.title());
                firstDatedAhead = where + ", dated " + published;
            }
        }
    }

    private void flushIfFull() {
        if (batch.size() < BATCH) {
            return;
        }
        if (saver instanceof StagingSaver staging) {
            // Two batches in hand at most: the next one is staged before the one before it is saved.
            List<Incoming> items = List.copyOf(batch);
            batch.clear();
            StagedBatch next = new StagedBatch(items, staging.stage(items));
            StagedBatch previous = staged;
            staged = next;
            if (previous != null) {
                save(previous.items(), previous.save());
            }
        } else {
            flush();
        }
    }

    /** Saves what is pending. */
    public void flush() {
        if (staged != null) {
            StagedBatch previous = staged;
            staged = null;
            save(previous.items(), previous.save());
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Incoming> items = List.copyOf(batch);
        batch.clear();
        save(items, () -> saver.save(items));
    }

    private void save(List<Incoming> items, Supplier<List<Upserted>> save) {
        try {
            count(save.get());
        } catch (StoreException e) {
            // One bad article must not cost the batch: store them one by one to find it.
            for (Incoming in : items) {
                try {
                    count(saver.save(List.of(in)));
                } catch (StoreException one) {
                    refuse(describe(in) + ": not stored (" + one.getMessage() + ")");
                }
            }
        }
    }

    private static String describe(Incoming in) {
        RawSource raw = in.raw();
        return raw != null && raw.location() != null ? raw.location() : String.valueOf(in.article().title());
    }

    private void count(List<Upserted> results) {
        for (Upserted u : results) {
            switch (u.change()) {
                case NEW -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        tell();
    }

    /** Reports a failure the caller found itself (an unreadable URL), counted with the others. */
    public void fail(String message) {
        endedBefore++;
        refuse(message);
    }

    /** An input refused: counted, and reported while fewer than {@link #SHOWN_REFUSALS} have been. */
    private void refuse(String message) {
        failed++;
        if (failed <= SHOWN_REFUSALS) {
            report.accept(message);
        }
    }

    private void skip(String message) {
        skipped++;
        endedBefore++;
        report.accept(message);
    }

    /** What was done so far (call {@link #flush} first for the final counts). */
    public Summary summary() {
        return new Summary(read + endedBefore, read, created, updated, unchanged, skipped, failed,
                Math.max(0, failed - SHOWN_REFUSALS));
    }
}
