package org.taiwa.purchase.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.InvalidPurchaseException;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PurchasePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Who may do what with a municipality's sign-ups, by {@link PurchasePolicy}: the policy knows municipalities by
 * their Japanese names (the {@code municipality} claim), sign-ups by their ids, so this looks the name up.
 */
@Component
class SignUpAccess {

    private final CurrentMember currentMember;
    private final MunicipalityDirectory directory;

    SignUpAccess(CurrentMember currentMember, MunicipalityDirectory directory) {
        this.currentMember = currentMember;
        this.directory = directory;
    }

    Viewer viewer() {
        return Viewer.of(currentMember.get());
    }

    /** Staff of the municipality, or the secretariat on its behalf. */
    Viewer requireEdit(MunicipalityId municipality) {
        Viewer viewer = viewer();
        PurchasePolicy.SignUp signUp = policy(municipality);
        Permissions.require(PurchasePolicy.canEditSignUp(viewer, signUp) || PurchasePolicy.canManageCampaigns(viewer),
                "sign up for " + municipality.value());
        return viewer;
    }

    Viewer requireApprove(MunicipalityId municipality) {
        Viewer viewer = viewer();
        Permissions.require(PurchasePolicy.canApprove(viewer, policy(municipality)),
                "approve the sign-up of " + municipality.value());
        return viewer;
    }

    void requireView(MunicipalityId municipality) {
        Permissions.require(PurchasePolicy.canViewSignUp(viewer(), policy(municipality)),
                "see the sign-ups of " + municipality.value());
    }

    /** The sign-ups the viewer may see: all for the secretariat, their own municipality's for its members. */
    List<SignUpDocument> visible(List<SignUpDocument> signUps) {
        Viewer viewer = viewer();
        Permissions.require(PurchasePolicy.canViewCampaign(viewer), "see sign-ups");
        if (viewer.isSecretariat()) {
            return signUps;
        }
        return viewer.municipality().flatMap(directory::byJapaneseName).map(Municipality::id)
                .map(own -> signUps.stream().filter(s -> s.municipality().equals(own.value())).toList())
                .orElse(List.of());
    }

    private PurchasePolicy.SignUp policy(MunicipalityId municipality) {
        Municipality known = directory.byId(municipality).orElseThrow(() -> new InvalidPurchaseException(
                "municipality", "purchase.invalid.unknown-municipality", "no municipality " + municipality.value()));
        return new PurchasePolicy.SignUp(known.nameJa());
    }
}
