package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.query.Update;
import org.taiwa.audit.AuditLog;
import org.taiwa.offset.Category;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetNotDraftException;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InvalidFactorSetException;
import org.taiwa.offset.OffsetNotFoundException;
import org.taiwa.offset.Provenance;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.FactorSetPolicy;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.Viewer;

/** The registry on MongoDB: the secretariat's changes are checked here and audit-logged (not only in views). */
class MongoFactorSets implements FactorSets {

    static final int MAX_NAME_LENGTH = 100;

    private final FactorSetStore store;
    private final CurrentMember currentMember;
    private final AuditLog audit;
    private final Clock clock;

    MongoFactorSets(FactorSetStore store, CurrentMember currentMember, AuditLog audit, Clock clock) {
        this.store = store;
        this.currentMember = currentMember;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public FactorSet active() {
        return store.active().map(FactorSetDocument::toFactorSet)
                .orElseThrow(() -> new IllegalStateException("no emission-factor set has been loaded"));
    }

    @Override
    public Optional<FactorSet> find(String id) {
        return store.find(id).map(FactorSetDocument::toFactorSet);
    }

    @Override
    public List<FactorSet> all() {
        return store.all().stream().map(FactorSetDocument::toFactorSet).toList();
    }

    @Override
    public FactorSet copy(String sourceId, String name, int fiscalYear) {
        Viewer viewer = requireManager("copy factor set");
        FactorSet source = get(sourceId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidFactorSetException("offset.factor-set.name", "A factor set needs a name of 1 to "
                    + MAX_NAME_LENGTH + " characters", MAX_NAME_LENGTH);
        }
        if (fiscalYear < 1990 || fiscalYear > 2100) {
            throw new InvalidFactorSetException("offset.factor-set.fiscal-year",
                    "The fiscal year must lie between 1990 and 2100", fiscalYear);
        }
        var copy = new FactorSet(UUID.randomUUID().toString(), clean, fiscalYear, FactorSetStatus.DRAFT,
                source.factors());
        store.insert(FactorSetDocument.of(copy, 0, sourceId, viewer.username(), clock.instant()));
        audit.record(viewer.username(), "factor-set.copy", copy.id(), clean, "copied from " + source.name());
        return copy;
    }

    @Override
    public FactorSet updateFactor(String setId, Category category, String item, BigDecimal value, boolean estimate,
                                  Provenance source) {
        Viewer viewer = requireManager("edit factor set");
        FactorSetDocument current = store.find(setId).orElseThrow(() -> new OffsetNotFoundException("factor set", setId));
        if (current.status() != FactorSetStatus.DRAFT) {
            throw new FactorSetNotDraftException(setId, current.status());
        }
        FactorSet set = current.toFactorSet();
        Factor before = set.factor(category, item)
                .orElseThrow(() -> new OffsetNotFoundException("factor", category.code() + "/" + item));
        if (value == null || value.signum() < 0) {
            throw new InvalidFactorSetException("offset.factor.value", "A factor's value must be zero or more");
        }
        var after = new Factor(category, item, value, before.unit(), source, estimate);
        var factors = new ArrayList<FactorSetDocument.FactorEntry>();
        for (Factor f : set.factors()) {
            factors.add(FactorSetDocument.FactorEntry.of(f == before ? after : f));
        }
        FactorSetDocument updated = store.updateDraft(setId, current.version(),
                        Update.update(FactorSetDocument.FACTORS, factors), viewer.username(), clock.instant())
                .orElseThrow(() -> new FactorSetNotDraftException(setId, statusNow(setId)));
        audit.record(viewer.username(), "factor-set.update-factor", setId, set.name(),
                category.code() + "/" + item + ": " + before.value().toPlainString() + " -> " + value.toPlainString()
                        + (estimate ? " (estimate)" : "") + "; " + source.citation());
        return updated.toFactorSet();
    }

    @Override
    public FactorSet activate(String setId) {
        Viewer viewer = requireManager("activate factor set");
        FactorSetDocument draft = store.find(setId).orElseThrow(() -> new OffsetNotFoundException("factor set", setId));
        String previous = store.active().map(FactorSetDocument::name).orElse("");
        FactorSet active = store.activate(setId, viewer.username(), clock.instant())
                .orElseThrow(() -> new FactorSetNotDraftException(setId, statusNow(setId)))
                .toFactorSet();
        audit.record(viewer.username(), "factor-set.activate", setId, draft.name(),
                previous.isEmpty() ? "" : "retired " + previous);
        return active;
    }

    private FactorSet get(String id) {
        return find(id).orElseThrow(() -> new OffsetNotFoundException("factor set", id));
    }

    private FactorSetStatus statusNow(String setId) {
        return store.find(setId).map(FactorSetDocument::status).orElse(FactorSetStatus.RETIRED);
    }

    private Viewer requireManager(String action) {
        Viewer viewer = Viewer.of(currentMember.get());
        Permissions.require(FactorSetPolicy.canManage(viewer), action);
        return viewer;
    }
}
