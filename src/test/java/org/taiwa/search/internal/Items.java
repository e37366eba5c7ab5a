package org.taiwa.search.internal;

import java.time.Instant;
import java.util.List;

import org.taiwa.search.HitKind;
import org.taiwa.security.policy.Visibility;

/** Index items for tests. */
final class Items {

    private static final Instant WHEN = Instant.parse("2012-05-31T00:00:00Z");

    private Items() {
    }

    static IndexedItem document(String id, long seq, String title, String body, Visibility visibility,
                                String spaceId, String owner, String type, Integer year, List<String> municipalities) {
        return new IndexedItem(HitKind.DOCUMENT, id, null, seq, title, body, "", "library/" + id,
                WHEN.plusSeconds(seq), visibility, spaceId, owner, type, year, municipalities, null, null, true);
    }

    static IndexedItem publicDocument(String id, long seq, String title, String body) {
        return document(id, seq, title, body, Visibility.PUBLIC, null, "uploader", "REPORT", 2011, List.of());
    }

    static IndexedItem post(String id, String thread, long seq, String spaceId, String title, String body) {
        return new IndexedItem(HitKind.POST, id, thread, seq, title, body, "", "threads/" + thread,
                WHEN.plusSeconds(seq), Visibility.MEMBERS_ONLY, spaceId, "", null, null, List.of("港区"), null, null,
                true);
    }
}
