package org.taiwa.security.policy;

/** Emission-factor sets: anyone reads them (the public calculator uses them); the secretariat maintains them. */
public final class FactorSetPolicy {

    private FactorSetPolicy() {
    }

    public static boolean canRead(Viewer viewer) {
        return true;
    }

    /** Copy, edit, activate and retire sets. */
    public static boolean canManage(Viewer viewer) {
        return viewer.isSecretariat();
    }
}
