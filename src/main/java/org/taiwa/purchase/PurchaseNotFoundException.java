package org.taiwa.purchase;

import org.springframework.http.HttpStatus;

/** No credit project, campaign or sign-up with that id (404). */
public class PurchaseNotFoundException extends PurchaseProblem {

    public PurchaseNotFoundException(String what, String id) {
        super(HttpStatus.NOT_FOUND, "Not found", "No " + what + " " + id, "purchase.error.not-found", what, id);
    }
}
