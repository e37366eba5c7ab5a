package org.taiwa.library;

/**
 * The beginning of a version's text for the document page (plain text: views show it escaped).
 *
 * @param more       the text goes on beyond the preview
 * @param extraction how the text was read; a pending or failed extraction has no text yet
 */
public record TextPreview(String text, boolean more, Extraction extraction) {

    public TextPreview {
        text = java.util.Objects.requireNonNullElse(text, "");
    }
}
