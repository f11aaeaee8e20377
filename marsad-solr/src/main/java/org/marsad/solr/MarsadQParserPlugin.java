package org.marsad.solr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.marsad.search.ArticleIndexing;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchRequest;

/**
 * {@code {!marsad}}: Marsad's query language inside Solr. Each node builds the very Lucene query the embedded index
 * runs ({@link ArticleIndexing#query}), so matching and ranking are one code path on both. The request's filters
 * come as parameters {@value #SOURCE}, {@value #TAG}, {@value #FROM} and {@value #TO} (days as YYYY-MM-DD), local or
 * request-wide; the entity names the query looks up, as the sending process found them in its store, as
 * {@value NameLookups#PARAM} (see {@link NameLookups}).
 */
public final class MarsadQParserPlugin extends QParserPlugin {
    /** The parser's name in {@code solrconfig.xml}. */
    public static final String NAME = "marsad";
    static final String SOURCE = "marsad.source";
    static final String TAG = "marsad.tag";
    static final String FROM = "marsad.from";
    static final String TO = "marsad.to";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                try {
                    SearchRequest r = new SearchRequest(qstr == null ? "" : qstr, getParam(SOURCE), getParam(TAG),
                            day(getParam(FROM)), day(getParam(TO)), SearchRequest.Sort.RELEVANCE, 10, 0);
                    return ArticleIndexing.query(r, NameLookups.decode(getParam(NameLookups.PARAM)));
                } catch (QuerySyntaxException e) {
                    throw new SyntaxError(e.getMessage(), e);
                }
            }
        };
    }

    private static LocalDate day(String s) throws SyntaxError {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new SyntaxError("bad day '" + s + "' (YYYY-MM-DD)");
        }
    }
}
