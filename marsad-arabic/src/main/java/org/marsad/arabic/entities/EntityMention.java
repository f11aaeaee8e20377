package org.marsad.arabic.entities;

/**
 * One entity mention in a text.
 *
 * @param text the mention as written, without attached clitics (in وبريطانيا it is بريطانيا)
 * @param start offset of its first char in the input (UTF-16 chars)
 * @param end offset just after its last char
 * @param type what it names
 */
public record EntityMention(String text, int start, int end, EntityType type) {
}
