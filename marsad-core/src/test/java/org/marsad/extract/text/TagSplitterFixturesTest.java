package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Article;

/**
 * The tag splitter's weights on raw pages (tags/README.md): each page's tags come out as listed, and neutralising
 * the weight the page pins changes them: set to zero, or for unknownPhrase, made a reward like articlePhrase (so
 * whether the article uses a phrase no longer matters; at zero, ties going to more tags keep single words anyway).
 */
class TagSplitterFixturesTest {
    private static final String DIR = "/org/marsad/extract/text/tags/";

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : read("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(Arguments.of(f[0], List.of(f[1].split(" \\| ")), f[2].substring(0, f[2].indexOf(':'))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("pages")
    void tagsAsListedAndTheWeightDecides(String page, List<String> tags, String weight) throws IOException {
        Article a = only(page);
        assertThat(a.tags()).containsExactlyElementsOf(tags);

        // The same page's tag line split without that weight.
        PageAssembler.Draft d = draft(page);
        assertThat(TagSplitter.split(d.tagLines, d.evidence(), TagSplitter.Weights.DEFAULT))
                .containsExactlyElementsOf(tags);
        assertThat(TagSplitter.split(d.tagLines, d.evidence(), without(weight)))
                .as("tags of %s without %s", page, weight).isNotEqualTo(tags);
    }

    private static TagSplitter.Weights without(String weight) {
        TagSplitter.Weights w = TagSplitter.Weights.DEFAULT;
        return switch (weight) {
            case "articlePhrase" -> new TagSplitter.Weights(0, w.unknownPhrase(), w.closingRepeat(), w.repeat(),
                    w.functionAlone());
            case "unknownPhrase" -> new TagSplitter.Weights(w.articlePhrase(), -w.articlePhrase(), w.closingRepeat(), w.repeat(),
                    w.functionAlone());
            case "closingRepeat" -> new TagSplitter.Weights(w.articlePhrase(), w.unknownPhrase(), 0, w.repeat(),
                    w.functionAlone());
            case "repeat" -> new TagSplitter.Weights(w.articlePhrase(), w.unknownPhrase(), w.closingRepeat(), 0,
                    w.functionAlone());
            case "functionAlone" -> new TagSplitter.Weights(w.articlePhrase(), w.unknownPhrase(), w.closingRepeat(),
                    w.repeat(), 0);
            default -> throw new IllegalArgumentException(weight);
        };
    }

    private static Article only(String page) throws IOException {
        List<Article> articles = new TextPageExtractor().extract(read(page));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static PageAssembler.Draft draft(String page) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : LineClassifier.joinLabelValues(TextPageExtractor.lines(read(page)))) {
            items.addAll(LineClassifier.classify(line));
        }
        List<PageAssembler.Draft> drafts = PageAssembler.assemble(items);
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = TagSplitterFixturesTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
