package org.marsad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable article identifiers: the same article gets the same id on every run, so that re-ingesting a page updates
 * it instead of adding a copy. An article with a URL is identified by its URL; one without (a raw text dump) by
 * its headline and text, compared after Unicode normalization and whitespace folding.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The id of an article: 16 hex digits of a SHA-256 over its identity key. */
    public static String of(Article a) {
        return hash(identityKey(a));
    }

    /** What makes two articles the same: the URL when known, else title and body. */
    public static String identityKey(Article a) {
        if (a.url() != null && !a.url().isBlank()) {
            return "url:" + a.url().strip();
        }
        return "text:" + fold(a.title()) + "\n" + fold(a.bodyText());
    }

    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
