package org.taiwa.offset;

import java.util.Objects;

/**
 * Where a factor's value comes from: who published it, in which document, which edition or year, and a link
 * where one exists. The note says how a value was derived when it is not printed as such in the source.
 */
public record Provenance(String publisher, String title, String edition, String url, String note) {

    public Provenance {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        edition = edition == null ? "" : edition;
        url = url == null ? "" : url;
        note = note == null ? "" : note;
        if (publisher.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a factor's source needs a publisher and a document title");
        }
    }

    /** One line for tables, exports and the API: publisher, title, edition. */
    public String citation() {
        return publisher + "「" + title + "」" + (edition.isBlank() ? "" : " " + edition);
    }
}
