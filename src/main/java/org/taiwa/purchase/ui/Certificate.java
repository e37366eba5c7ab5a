package org.taiwa.purchase.ui;

import java.time.LocalDate;
import java.util.Objects;

/** What an offset certificate states: one event's retired tonnes, from which campaign and project. */
record Certificate(String number, String campaign, String project, String issuer, String event,
                   String municipality, long tonnes, LocalDate retiredOn) {

    Certificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(retiredOn, "retiredOn");
    }

    /** A file name from the certificate number, without characters that file systems refuse. */
    String fileName() {
        return number.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]", "_") + ".pdf";
    }
}
