package org.marsad.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicSuffixFilter}, by SPI name {@value #NAME}, with Marsad's stem exceptions. Place it after
 * {@link ArabicFoldingFilterFactory} (it reads folded words). Takes no arguments.
 */
public final class ArabicSuffixFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "marsadArabicSuffix";

    public ArabicSuffixFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public ArabicSuffixFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicSuffixFilter(input, StemExceptions.defaults());
    }
}
