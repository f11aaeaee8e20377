package org.marsad.web.view;

/**
 * A run of an article paragraph: plain text, or a reported figure to highlight.
 *
 * @param text     the run's text (templates escape it)
 * @param category the figure's category key ("killed") when the run is a figure, else null
 * @param title    what the figure says, for the tooltip ("القتلى: 20,258 — بحسب وزارة الصحة"), else null
 */
public record TextRun(String text, String category, String title) {
    public boolean figure() {
        return category != null;
    }
}
