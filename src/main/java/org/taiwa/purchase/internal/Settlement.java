package org.taiwa.purchase.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.purchase.Allocation;
import org.taiwa.purchase.AllocationRequest;
import org.taiwa.purchase.Allocator;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.SignUp;

/**
 * Allocation and settlement of a campaign, written to its sign-ups before the campaign's state changes: both are
 * deterministic (the {@link Allocator}; certificate numbers from the order of events), so a crash before the
 * state changed is repaired by transitioning again, which writes the same figures.
 */
@Component
class Settlement {

    private final PurchaseStore store;

    Settlement(PurchaseStore store) {
        this.store = store;
    }

    /**
     * Runs the campaign's rule over its binding sign-ups and stores each one's allocation; sign-ups that do not
     * bind (not approved, or withdrawn) get none.
     *
     * @return the tonnes allocated in total, never more than on offer
     */
    long allocate(Campaign campaign) {
        List<SignUpDocument> binding = store.ofCampaign(campaign.id()).stream()
                .filter(s -> s.toSignUp().binding()).toList();
        List<AllocationRequest> requests = binding.stream()
                .map(s -> new AllocationRequest(s.municipality(), s.tonnes(), s.sequence())).toList();
        List<Allocation> allocations = Allocator.allocate(campaign.allocationRule(), campaign.totalTonnes(), requests,
                campaign.lotterySeed());
        // one update per distinct figure rather than per sign-up: a campaign has tens of sign-ups, few figures
        var idsByTonnes = new java.util.TreeMap<Long, List<String>>();
        for (int i = 0; i < binding.size(); i++) {
            idsByTonnes.computeIfAbsent(allocations.get(i).allocated(), t -> new ArrayList<>()).add(binding.get(i).id());
        }
        idsByTonnes.forEach((tonnes, ids) -> store.mongo().updateMulti(Query.query(Criteria.where("_id").in(ids)),
                new Update().set("allocatedTonnes", tonnes).inc(SignUpDocument.VERSION, 1L), SignUpDocument.class));
        long total = allocations.stream().mapToLong(Allocation::allocated).sum();
        return total;
    }

    /** Retires each allocation over its events and numbers the certificates; sign-ups settled before are kept. */
    void settle(Campaign campaign, Instant at) {
        for (SignUpDocument signUp : store.ofCampaign(campaign.id())) {
            if (!signUp.toSignUp().binding() || signUp.allocatedTonnes() == null || !signUp.retirements().isEmpty()) {
                continue;
            }
            List<SignUp.Retirement> retirements = retirements(campaign.id(), signUp, at);
            store.changeIf(Criteria.where("_id").is(signUp.id()).and("retirements").size(0),
                    Update.update("retirements", retirements));
        }
    }

    /**
     * The allocation distributed over the events in their order, each getting min(its tonnes, what is left);
     * certificates {@code <campaign>-<municipality>-<n>}, numbered 1, 2, … over the events that retire tonnes.
     */
    static List<SignUp.Retirement> retirements(String campaignId, SignUpDocument signUp, Instant at) {
        var retirements = new ArrayList<SignUp.Retirement>();
        long left = signUp.allocatedTonnes();
        for (SignUpDocument.Event event : signUp.events()) {
            long tonnes = Math.min(event.tonnes(), left);
            if (tonnes <= 0) {
                break;
            }
            left -= tonnes;
            retirements.add(new SignUp.Retirement(event.name(), tonnes, at,
                    campaignId + "-" + signUp.municipality() + "-" + (retirements.size() + 1)));
        }
        return retirements;
    }
}
