package org.taiwa.purchase.ui;

import java.util.Optional;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/**
 * Who looks at a purchase page, and for which municipality: what the views need to decide which actions to offer.
 * Offering is not allowing: the services check every action again.
 */
record PurchaseViewer(Optional<SignedInMember> member, Optional<Municipality> municipality) {

    static PurchaseViewer of(CurrentMember currentMember, MunicipalityDirectory directory) {
        Optional<SignedInMember> member = currentMember.get();
        return new PurchaseViewer(member, member.flatMap(SignedInMember::municipality)
                .flatMap(directory::byJapaneseName));
    }

    boolean secretariat() {
        return member.map(m -> m.has(Role.SECRETARIAT)).orElse(false);
    }

    /** Staff of a municipality, who sign it up. */
    boolean staff() {
        return municipality.isPresent() && member.map(m -> m.has(Role.MEMBER)).orElse(false);
    }

    boolean approver() {
        return municipality.isPresent() && member.map(m -> m.has(Role.APPROVER)).orElse(false);
    }
}
