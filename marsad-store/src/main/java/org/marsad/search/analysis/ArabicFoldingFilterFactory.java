package org.marsad.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicFoldingFilter}, by SPI name {@value #NAME}. Folding applies to query terms of every kind
 * (wildcards, prefixes) too, so it is also the factory's normalization. Takes no arguments.
 */
public final class ArabicFoldingFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "marsadArabicFolding";

    public ArabicFoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public ArabicFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
