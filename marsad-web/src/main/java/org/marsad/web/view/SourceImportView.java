package org.marsad.web.view;

import java.net.URI;
import java.util.List;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourcesImport;

/**
 * What an OPML upload on the sources page did, as its answer page shows it: the sources added, those already
 * followed (left as they were), and those refused with why; or, for a file that could not be read, why (in Arabic)
 * with the reader's own line for whoever fixes the file.
 *
 * @param file    the uploaded file's name, as the browser gave it ("" when none)
 * @param added   the sources now followed
 * @param present the sources whose name was followed already
 * @param refused the sources not followed, each with its reason
 * @param error   why the file was refused, in Arabic; null when it was read
 * @param detail  the technical line behind {@code error}; null when none
 */
public record SourceImportView(String file, List<Row> added, List<Row> present, List<Row> refused, String error,
                               String detail) {
    private static final CountedNoun SOURCES = new CountedNoun("مصدر واحد", "مصدران", "مصادر", "مصدراً", "مصدر");

    /**
     * One entry of the file.
     *
     * @param name   the source's name
     * @param url    its first feed (or sitemap), the address the reason is about for a refused one
     * @param reason why it was refused, in Arabic; null for an added or present one
     */
    public record Row(String name, String url, String reason) {
    }

    /** The page for a file that was read and imported. */
    public static SourceImportView of(String file, SourcesImport.Outcome done) {
        return new SourceImportView(file, rows(done.added()), rows(done.present()), done.refused().stream()
                .map(r -> new Row(r.source().name(), r.url().toString(),
                        "عنوان داخلي (شبكة خاصة أو الجهاز نفسه)؛ لمتابعته اختر السماح بالعناوين الداخلية صراحة."))
                .toList(), null, null);
    }

    /** The page for a file that was refused whole: nothing was imported. */
    public static SourceImportView refused(String file, String error, String detail) {
        return new SourceImportView(file, List.of(), List.of(), List.of(), error, detail);
    }

    /** The one line above the lists ("في الملف 5 مصادر، أُضيف منها مصدران."). */
    public String summary() {
        int all = added.size() + present.size() + refused.size();
        return "في الملف " + SOURCES.count(all) + "، " + (added.isEmpty() ? "لم يُضف منها أي مصدر."
                : "أُضيف منها " + SOURCES.count(added.size()) + ".");
    }

    private static List<Row> rows(List<Source> sources) {
        return sources.stream().map(s -> new Row(s.name(), first(s), null)).toList();
    }

    private static String first(Source s) {
        URI u = s.feeds().isEmpty() ? s.sitemap() : s.feeds().get(0);
        return u == null ? "" : u.toString();
    }
}
