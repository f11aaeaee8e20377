package org.marsad.web.feed;

/**
 * What a feed says about itself.
 *
 * @param id       permanent id of the feed (see {@link FeedEntry#urn}), independent of the host it is fetched from
 * @param title    feed title
 * @param selfUrl  absolute URL the feed is served from
 * @param siteUrl  absolute URL of the matching HTML page
 * @param subtitle one-line description
 */
public record FeedInfo(String id, String title, String selfUrl, String siteUrl, String subtitle) {
}
