package org.marsad.arabic.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus annotated for entities in the ANERcorp/CoNLL layout: one {@code TOKEN TAG} per line (extra columns
 * ignored), tags O and B-/I- + PERS (or PER), LOC, ORG, MISC; a line {@code ARTICLE} separates documents, an empty
 * line separates sentences, and a sentence also ends after . ! ؟. A token without a tag, or with a malformed tag, is
 * read as O and counted; an I- label that does not continue an entity of its type is read as B- (CoNLL convention).
 *
 * @param documents the documents, each a list of sentences
 * @param untagged tokens that had no tag
 * @param malformed tokens whose tag was not a valid label
 */
public record LabelledCorpus(List<List<Sentence>> documents, int untagged, int malformed) {

    /**
     * One sentence: its tokens and their labels ({@code O}, {@code B-PER}, {@code I-LOC}, …).
     */
    public record Sentence(List<String> tokens, List<String> tags) {
        int[] labels() {
            int[] out = new int[tags.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Labels.parse(tags.get(i));
            }
            return out;
        }
    }

    /** Reads a corpus file (UTF-8). */
    public static LabelledCorpus read(Path file) throws IOException {
        List<List<Sentence>> docs = new ArrayList<>();
        List<Sentence> doc = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int untagged = 0;
        int malformed = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.strip().split("\\s+");
                if (cols[0].isEmpty()) {
                    flush(doc, tokens, tags);
                    continue;
                }
                if (cols[0].equalsIgnoreCase("ARTICLE") && cols.length == 1) {
                    flush(doc, tokens, tags);
                    if (!doc.isEmpty()) {
                        docs.add(doc);
                        doc = new ArrayList<>();
                    }
                    continue;
                }
                int label;
                if (cols.length < 2) {
                    untagged++;
                    label = Labels.O;
                } else {
                    label = Labels.parse(cols[1]);
                    if (label < 0) {
                        malformed++;
                        label = Labels.O;
                    }
                }
                if (Labels.isInside(label)) {
                    int previous = tags.isEmpty() ? -1 : Labels.parse(tags.get(tags.size() - 1));
                    if (!Labels.allowed(previous, label)) {
                        label = label - 1;
                    }
                }
                tokens.add(cols[0]);
                tags.add(Labels.name(label));
                if (cols[0].equals(".") || cols[0].equals("؟") || cols[0].equals("!") || cols[0].equals("?")) {
                    flush(doc, tokens, tags);
                }
            }
        }
        flush(doc, tokens, tags);
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return new LabelledCorpus(List.copyOf(docs), untagged, malformed);
    }

    /** Every sentence, in order. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        documents.forEach(out::addAll);
        return out;
    }

    private static void flush(List<Sentence> doc, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            doc.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
        }
    }
}
