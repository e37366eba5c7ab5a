package org.taiwa.offset;

/** A factor set is edited as a draft, used while active (one at a time), and kept when retired. */
public enum FactorSetStatus {
    DRAFT, ACTIVE, RETIRED
}
