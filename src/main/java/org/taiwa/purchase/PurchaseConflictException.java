package org.taiwa.purchase;

import org.springframework.http.HttpStatus;

/**
 * The state of a campaign or sign-up does not allow the request (409). The problem detail carries a
 * {@code reason} (see {@link Reason#code()}); for {@link Reason#CAPACITY_EXHAUSTED} also {@code waitlisted}
 * — always false here, because a sign-up that was waitlisted is not refused: it is stored and answered with
 * 201 and placement {@code WAITLISTED} (see docs/decisions/0015-joint-purchase.md).
 */
public class PurchaseConflictException extends PurchaseProblem {

    /** Why the request was refused; the code is the problem detail's {@code reason}. */
    public enum Reason {
        /** The municipality has a sign-up to this campaign already (another idempotency key). */
        ALREADY_SIGNED_UP("already-signed-up"),
        /** The campaign does not take sign-ups, changes, withdrawals or approvals now. */
        WINDOW_CLOSED("window-closed"),
        /** First come: the tonnes cannot be had (more than the campaign's total, or the waitlist is off). */
        CAPACITY_EXHAUSTED("capacity-exhausted"),
        /** The campaign's state cannot change to the one asked for. */
        NOT_ALLOWED_TRANSITION("not-allowed-transition"),
        /** The sign-up was withdrawn, or changed by someone else meanwhile. */
        SIGN_UP_CHANGED("sign-up-changed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public PurchaseConflictException(Reason reason, String detail, Object... arguments) {
        super(HttpStatus.CONFLICT, "Conflict: " + reason.code(), detail, "purchase.error." + reason.code(),
                arguments);
        this.reason = reason;
        getBody().setProperty("reason", reason.code());
        if (reason == Reason.CAPACITY_EXHAUSTED) {
            getBody().setProperty("waitlisted", false);
        }
    }

    public Reason reason() {
        return reason;
    }
}
