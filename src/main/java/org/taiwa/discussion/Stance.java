package org.taiwa.discussion;

/** A member's position on a proposal (Loomio's four). DISAGREE and BLOCK need a reason. */
public enum Stance {
    AGREE, ABSTAIN, DISAGREE, BLOCK;

    /** Whether stating this position needs a reason. */
    public boolean needsReason() {
        return this == DISAGREE || this == BLOCK;
    }
}
