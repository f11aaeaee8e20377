package org.marsad.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicPrefixFilter}, by SPI name {@value #NAME}, with Marsad's stem exceptions. Place it
 * before {@link ArabicFoldingFilterFactory} (it reads the hamza that folding removes). Takes no arguments.
 */
public final class ArabicPrefixFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "marsadArabicPrefix";

    public ArabicPrefixFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public ArabicPrefixFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicPrefixFilter(input, StemExceptions.defaults());
    }
}
