package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.Proclitics;
import org.marsad.arabic.entities.EntityMention;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.arabic.entities.EntityType;
import org.marsad.model.Article;

/**
 * The person, place and organisation mentions of an article's title and body, found by the language module's
 * {@link EntityTagger}. Other names (MISC: nationalities, events, works) are left out: the archive follows who and
 * where.
 */
public final class ArticleMentions {
    /** Longest spelling kept, in chars: a longer span is a tagging run-on, not a name. */
    static final int MAX_SPELLING = 80;

    private ArticleMentions() {
    }

    /**
     * The mentions of the article, title first, then the paragraphs in order: what the tagger finds, plus the other
     * occurrences of those names in the article ({@link DocumentConsistency}).
     */
    public static List<Mention> find(Article a, EntityTagger tagger) {
        long cpu = org.marsad.enrich.IngestCpu.start();
        List<Mention> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        parts.add(a.title());
        parts.addAll(a.body());
        // One call for the whole article: the tagger's second stage reads what it found elsewhere in it.
        List<List<EntityMention>> found = tagger.findInParts(parts);
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) != null) {
                add(out, p, parts.get(p), found.get(p));
            }
        }
        cpu = org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.TAGGING, cpu);
        List<Mention> kept = consistent(parts, out);
        org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.CONSISTENCY, cpu);
        return kept;
    }

    // The tagger's mentions with the other occurrences of their names, less the dateline's.
    private static List<Mention> consistent(List<String> parts, List<Mention> tagged) {
        List<Mention> all = DocumentConsistency.extend(parts, tagged);
        int lead = firstParagraph(parts);
        int dateline = lead < 0 ? 0 : datelineEnd(parts.get(lead));
        if (dateline == 0) {
            return all;
        }
        // The dateline says where and who filed (دبي for every CNN Arabic story, رويترز for every wire), not what the
        // story is about.
        return all.stream().filter(m -> m.part() != lead || m.start() >= dateline).toList();
    }

    /**
     * A wire dateline opening a story: a few words of place, the outlet in brackets, a dash ("دبي، الإمارات العربية
     * المتحدة (CNN) --", "بيروت (رويترز) -"). At most {@link #DATELINE_WORDS} words before the bracket.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([^()\\n.!?؟:\"«»]{2,80}?)\\s*\\([^()\\n]{1,30}\\)\\s*[-–—]+");
    static final int DATELINE_WORDS = 6;
    // The patterns String.split would compile again on every call (once per article, once per mention).
    private static final java.util.regex.Pattern DATELINE_GAPS = java.util.regex.Pattern.compile("[\\s،,]+");
    private static final java.util.regex.Pattern SPELLING_GAPS = java.util.regex.Pattern.compile("[\\s#_]+");

    /**
     * The offset where a dateline opening {@code text} ends (after its dash), or 0 when there is none. The outlet in
     * its brackets is no mention either: a wire story credits رويترز in every dateline.
     */
    static int datelineEnd(String text) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        if (!m.find() || DATELINE_GAPS.split(m.group(1).strip()).length > DATELINE_WORDS) {
            return 0;
        }
        return m.end();
    }

    private static int firstParagraph(List<String> parts) {
        for (int p = 1; p < parts.size(); p++) {
            if (parts.get(p) != null && !parts.get(p).isBlank()) {
                return p;
            }
        }
        return -1;
    }

    private static void add(List<Mention> out, int part, String text, List<EntityMention> found) {
        for (EntityMention m : found) {
            if (m.type() == EntityType.MISC) {
                continue;
            }
            String spelling = spelling(text, m.start(), m.end());
            if (!spelling.isEmpty() && spelling.length() <= MAX_SPELLING && hasLetter(spelling)) {
                out.add(new Mention(part, m.start(), m.end(), spelling, m.type().name()));
            }
        }
    }

    /** The span as a name: bare words, single spaces (a hashtag's # and _ are spaces too), the article restored after لل. */
    static String spelling(String text, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (String w : SPELLING_GAPS.split(text.substring(start, end))) {
            String bare = Proclitics.bare(w);
            if (!bare.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(bare);
            }
        }
        String s = sb.toString();
        if (start >= 2 && text.startsWith("لل", start - 2) && !s.startsWith("ال")
                && (start == 2 || !Character.isLetter(text.charAt(start - 3)) || isClitic(text.charAt(start - 3)))) {
            // لل = ل + ال with the alef dropped: للأمم → الأمم, للبنان stays a tagger's choice (its span keeps ل).
            s = "ال" + s;
        }
        return s;
    }

    private static boolean isClitic(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
