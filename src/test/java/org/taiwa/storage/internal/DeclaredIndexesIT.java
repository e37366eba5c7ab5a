package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.TaiwaIntegrationTest;

/** The indexes the stored types declare exist once the portal has started (decision 0021). */
@TaiwaIntegrationTest
class DeclaredIndexesIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void indexes_declared_on_stored_types_are_created_at_start_up() {
        assertThat(indexedFields("posts")).contains(List.of("threadId"), List.of("changeSeq"));
        assertThat(indexedFields("threads")).contains(List.of("spaceId"), List.of("changeSeq"));
        assertThat(indexedFields("documents")).contains(List.of("changeSeq"));
        assertThat(mongo.indexOps("municipalities").getIndexInfo()).anySatisfy(index -> {
            assertThat(index.isIndexForFields(List.of("nameJa"))).isTrue();
            assertThat(index.isUnique()).isTrue();
        });
    }

    private List<List<String>> indexedFields(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(index -> index.getIndexFields().stream().map(field -> field.getKey()).toList()).toList();
    }
}
