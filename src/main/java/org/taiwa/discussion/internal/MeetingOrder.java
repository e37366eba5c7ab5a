package org.taiwa.discussion.internal;

/**
 * Pages through a space's meetings in display order: upcoming ones (soonest first), then past ones
 * (latest first). The two parts are two database queries; this works out which part of which query a
 * page covers, so that paging needs no sorting in memory.
 */
public final class MeetingOrder {

    private MeetingOrder() {
    }

    /**
     * A window of each query.
     *
     * @param upcomingSkip  meetings of the upcoming query to skip
     * @param upcomingLimit meetings to take from it (0: none)
     * @param pastSkip      meetings of the past query to skip
     * @param pastLimit     meetings to take from it (0: none)
     */
    public record Slices(long upcomingSkip, int upcomingLimit, long pastSkip, int pastLimit) {
    }

    /**
     * @param offset        position of the page's first meeting in display order
     * @param limit         the page size
     * @param upcomingCount how many meetings are upcoming
     */
    public static Slices slices(long offset, int limit, long upcomingCount) {
        if (offset < 0 || limit < 0 || upcomingCount < 0) {
            throw new IllegalArgumentException("offset, limit and count must not be negative");
        }
        int fromUpcoming = (int) Math.max(0, Math.min(limit, upcomingCount - offset));
        long pastSkip = Math.max(0, offset - upcomingCount);
        return new Slices(offset, fromUpcoming, pastSkip, limit - fromUpcoming);
    }
}
