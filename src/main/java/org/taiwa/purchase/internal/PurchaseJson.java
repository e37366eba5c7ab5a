package org.taiwa.purchase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.SignUp;

/** The API's answers. */
final class PurchaseJson {

    private PurchaseJson() {
    }

    record ProjectJson(String id, String issuer, String scheme, String methodology, String location, int vintage,
                       long certifiedTonnes, long availableTonnes, long pricePerTonneYen, boolean taxIncluded,
                       String description, List<String> documentIds) {

        static ProjectJson of(CreditProject p) {
            return new ProjectJson(p.id(), p.issuer(), p.scheme(), p.methodology(), p.location(), p.vintage(),
                    p.certifiedTonnes(), p.availableTonnes(), p.pricePerTonneYen(), p.taxIncluded(), p.description(),
                    p.documentIds());
        }
    }

    record CampaignJson(String id, String title, String status, long totalTonnes, long remainingTonnes,
                        long pricePerTonneYen, Instant opensAt, Instant closesAt, String allocationRule,
                        String projectId, long minTonnes, long maxTonnes, String lotterySeed) {

        static CampaignJson of(Campaign c) {
            return new CampaignJson(c.id(), c.title(), c.status().code(), c.totalTonnes(), c.remainingTonnes(),
                    c.pricePerTonneYen(), c.opensAt(), c.closesAt(), c.allocationRule().code(), c.projectId(),
                    c.minTonnes(), c.maxTonnes(), c.lotterySeed());
        }
    }

    record ContactJson(String name, String email, String phone) {
    }

    record EventJson(String name, LocalDate date, long tonnes, String footprintId) {
    }

    record RetirementJson(String eventName, long tonnes, Instant retiredAt, String certificateNumber) {
    }

    record SignUpJson(String id, String campaignId, String municipality, long tonnes, ContactJson contact,
                      List<EventJson> events, String placement, Integer waitlistPosition, long sequence,
                      boolean withdrawn, boolean approved, String approvedBy, Instant approvedAt, Long allocatedTonnes,
                      List<RetirementJson> retirements, String createdBy, Instant createdAt, Instant updatedAt) {

        static SignUpJson of(SignUp s, Integer waitlistPosition) {
            var r = s.request();
            return new SignUpJson(s.id(), s.campaignId(), s.municipality().value(), r.tonnes(),
                    new ContactJson(r.contact().name(), r.contact().email(), r.contact().phone()),
                    r.events().stream().map(e -> new EventJson(e.name(), e.date(), e.tonnes(), e.footprintId()))
                            .toList(), s.placement().name(), waitlistPosition, s.sequence(), s.withdrawn(),
                    s.approved(), s.approved() ? s.approval().approvedBy() : null,
                    s.approved() ? s.approval().approvedAt() : null, s.allocatedTonnes(),
                    s.retirements().stream().map(t -> new RetirementJson(t.eventName(), t.tonnes(), t.retiredAt(),
                            t.certificateNumber())).toList(), s.createdBy(), s.createdAt(), s.updatedAt());
        }
    }
}
