package org.taiwa.purchase;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taiwa.directory.MunicipalityId;

/**
 * One municipality's sign-up to one campaign (unique per campaign and municipality). It binds only once an
 * approver of that municipality approved it before the deadline. Under first come it is {@code CONFIRMED}
 * when its tonnes were claimed from the campaign, or {@code WAITLISTED} (position by {@code sequence}) and
 * promoted when someone withdraws. {@code allocatedTonnes} is set when the campaign is allocated; each
 * event's retired tonnes when it is settled.
 */
public record SignUp(String id, String campaignId, MunicipalityId municipality, SignUpRequest request,
                     Placement placement, long sequence, boolean withdrawn, Approval approval,
                     Long allocatedTonnes, List<Retirement> retirements, String createdBy, Instant createdAt,
                     Instant updatedAt) {

    /** Where a sign-up stands in a first-come campaign; other rules decide at allocation ({@code REQUESTED}). */
    public enum Placement { REQUESTED, CONFIRMED, WAITLISTED }

    /** Who approved it for the municipality, and when. */
    public record Approval(String approvedBy, Instant approvedAt) {
    }

    /** Tonnes retired on behalf of one event when the campaign settled; the certificate is made from it. */
    public record Retirement(String eventName, long tonnes, Instant retiredAt, String certificateNumber) {
    }

    public SignUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(placement, "placement");
        retirements = retirements == null ? List.of() : List.copyOf(retirements);
    }

    public boolean approved() {
        return approval != null;
    }

    /** Counts in allocation: approved, not withdrawn. */
    public boolean binding() {
        return approved() && !withdrawn;
    }
}
