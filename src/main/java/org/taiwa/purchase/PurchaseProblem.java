package org.taiwa.purchase;

import org.springframework.http.HttpStatus;
import org.taiwa.shell.Refusal;

/**
 * A refusal of the purchase module with its own status (400, 404, 409) that the shell's API handler turns into a
 * problem detail without knowing this module, and that the UI shows as the translated {@code code}
 * ({@code purchase.error.*} in the i18n bundles).
 */
public abstract class PurchaseProblem extends Refusal {

    protected PurchaseProblem(HttpStatus status, String title, String detail, String code, Object... arguments) {
        super(status, title, detail, code, arguments);
    }
}
