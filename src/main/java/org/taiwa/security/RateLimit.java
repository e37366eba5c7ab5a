package org.taiwa.security;

/**
 * The named rate limits ({@code taiwa.security.rate-limits.<name>}, e.g. {@code posting}); each counts per key (a
 * member's username or a client address) in its own token bucket. See docs/decisions/0019-rate-limits.md.
 */
public enum RateLimit {

    /** Failed sign-ins per account (form and HTTP Basic): guessing one account's password. */
    SIGN_IN_ACCOUNT("sign-in-account"),
    /** Sign-in attempts per client address: guessing many accounts from one place. */
    SIGN_IN_ADDRESS("sign-in-address"),
    /** API requests per client address, before authentication (behind a proxy: the forwarded address). */
    API_ADDRESS("api-address"),
    /** API requests per signed-in member. */
    API_MEMBER("api-member"),
    /** Threads started and replies written per member, in the UI and the API. */
    POSTING("posting"),
    /** Library files uploaded (new documents and versions) per member. */
    UPLOAD("upload"),
    /** Joint-purchase sign-ups and changes to them per member. */
    SIGN_UP("sign-up"),
    /** The calculator's public estimates per client address (no sign-in). */
    ESTIMATE("estimate");

    private final String key;

    RateLimit(String key) {
        this.key = key;
    }

    /** The limit's name in the configuration and in problem details. */
    public String key() {
        return key;
    }
}
