package org.taiwa.purchase;

import java.util.List;

/**
 * The network's results: every event offset in a settled campaign. Readable by anyone, signed in or not (the
 * public results page and the dashboard), because it holds only what the network published.
 */
public interface PurchaseResults {

    /** Every retirement of every settled campaign, by campaign and certificate number. */
    List<RetiredEvent> retired();
}
