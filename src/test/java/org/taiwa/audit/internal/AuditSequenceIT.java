package org.taiwa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditLog;

@TaiwaIntegrationTest
class AuditSequenceIT {

    @Autowired
    AuditSequence sequence;
    @Autowired
    AuditStorage storage;
    @Autowired
    AuditLog log;
    @Autowired
    MongoTemplate mongo;

    @Test
    void numbers_are_unique_and_growing_across_threads() throws Exception {
        Callable<List<Long>> take25 = () -> IntStream.range(0, 25).mapToObj(n -> sequence.next()).toList();
        var all = new ArrayList<Long>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<List<Long>> taken : pool.invokeAll(Collections.nCopies(8, take25))) {
                assertThat(taken.get()).isSorted().doesNotHaveDuplicates();
                all.addAll(taken.get());
            }
        }
        assertThat(all).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void an_insert_never_overwrites_an_entry_and_the_counter_catches_up_at_start() {
        AuditEntry kept = log.record("it-sequence", "space.create", "kept", "", "");
        long id = Long.parseLong(kept.id());
        // as if the counter had been restored from an older backup than the entries
        mongo.updateFirst(Query.query(Criteria.where("_id").is(AuditEntryDocument.COLLECTION)),
                Update.update("value", id - 1), AuditSequence.COLLECTION);

        assertThatThrownBy(() -> log.record("it-sequence", "space.create", "would overwrite", "", ""))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(mongo.findById(id, AuditEntryDocument.class).target()).isEqualTo("kept");

        storage.run(null);
        assertThat(Long.parseLong(log.record("it-sequence", "space.create", "after", "", "").id())).isGreaterThan(id);
    }
}
