package org.taiwa.offset.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSets;
import org.taiwa.security.CurrentMember;
import org.taiwa.storage.Sequences;

/**
 * A factor-set registry of a test's own (a fresh collection holding the default set) and footprints calculated
 * with it, for view tests that activate sets: activating in the application's registry would change the set
 * every other test calculates with.
 */
public record OwnOffsetRegistry(FactorSets sets, EventFootprints footprints) {

    public static OwnOffsetRegistry create(ApplicationContext context) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        CurrentMember currentMember = context.getBean(CurrentMember.class);
        var store = new FactorSetStore(mongo, context.getBean(Sequences.class),
                "factor_sets_view_it_" + UUID.randomUUID().toString().substring(0, 8));
        OffsetConfiguration.loadDefault(store,
                context.getResource("classpath:taiwa-config/emission-factors.csv"));
        var sets = new MongoFactorSets(store, currentMember, context.getBean(AuditLog.class), Clock.systemUTC());
        var footprints = new MongoEventFootprints(mongo, sets, context.getBean(MunicipalityDirectory.class),
                currentMember, Clock.systemUTC());
        return new OwnOffsetRegistry(sets, footprints);
    }
}
