package org.taiwa.purchase;

import java.util.List;
import java.util.Optional;

import org.taiwa.directory.MunicipalityId;

/**
 * Sign-ups of municipalities to campaigns: one per campaign and municipality (unique index), made by its staff
 * while the window is open, approved by its approver, changed or withdrawn until the deadline. An
 * {@code idempotencyKey} makes a retried or double-clicked sign-up return the first one instead of a second.
 * Never oversold: first-come tonnes are claimed by one atomic conditional update on the campaign document.
 */
public interface SignUps {

    SignUp signUp(String campaignId, MunicipalityId municipality, SignUpRequest request, String idempotencyKey);

    /** New tonnes, contact or events; approval is asked again when the tonnes change. */
    SignUp change(String signUpId, SignUpRequest request);

    SignUp withdraw(String signUpId);

    /** By a member with the approver role of the sign-up's municipality, before the deadline. */
    SignUp approve(String signUpId);

    Optional<SignUp> find(String signUpId);

    /** All of a campaign's sign-ups for the secretariat; a municipality's own for its members. */
    List<SignUp> ofCampaign(String campaignId);

    List<SignUp> ofMunicipality(MunicipalityId municipality);

    /** 1-based position on the first-come waitlist, empty when not waitlisted. */
    Optional<Integer> waitlistPosition(String signUpId);
}
