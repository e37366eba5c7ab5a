package org.taiwa.library;

/** The orders of the library list; ties fall back to the id so that paging is stable. */
public record LibrarySort(Key key, boolean ascending) {

    /** What to sort by. */
    public enum Key { UPDATED, TITLE, FISCAL_YEAR }

    /** Most recently changed first: the default. */
    public static final LibrarySort NEWEST = new LibrarySort(Key.UPDATED, false);

    public LibrarySort {
        java.util.Objects.requireNonNull(key, "key");
    }
}
