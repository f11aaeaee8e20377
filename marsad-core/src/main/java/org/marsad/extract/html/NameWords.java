package org.marsad.extract.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The name words of a page's elements ({@link Hints#words}), split once per element and page: the "read also" box
 * search and the main text's pruning and container choice ask about the same elements, and splitting class names
 * was a tenth of the extraction's time. Valid while the elements' attributes do not change (pruning removes
 * elements, it never renames them). Not thread-safe: one per extraction.
 */
final class NameWords {
    private final Map<Element, List<String>> memo;
    /** The words of the class values split so far, for the elements named by their class alone. */
    private final Map<String, List<String>> byClass = new HashMap<>();

    NameWords() {
        this(32);
    }

    /** For about {@code elements} elements: sized once, as a page's thousands of elements made the map grow often. */
    NameWords(int elements) {
        memo = new IdentityHashMap<>(elements);
    }

    /** The element's name words, as {@link Hints#words} gives them (read-only). */
    List<String> of(Element e) {
        if (e.attributesSize() == 0) {
            return List.of();
        }
        List<String> words = memo.get(e);
        if (words == null) {
            words = Hints.words(e, byClass);
            memo.put(e, words);
        }
        return words;
    }
}
