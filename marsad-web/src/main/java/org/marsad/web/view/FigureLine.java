package org.marsad.web.view;

/**
 * One figure of an article, as the article page's figures panel lists it.
 *
 * @param category     the category key ("killed"), for styling and links
 * @param categoryText what it counts, in Arabic ("القتلى")
 * @param valueText    the value as shown ("أكثر من 20,258", "عدد غير محدد")
 * @param counted      the counted noun as written, or null
 * @param attribution  who reports it, as written, or null
 * @param dateIso      the day it refers to (ISO), or null
 * @param dateText     that day in Arabic, or null
 * @param text         the figure as written in the article
 */
public record FigureLine(String category, String categoryText, String valueText, String counted,
                         String attribution, String dateIso, String dateText, String text) {
}
