package org.taiwa.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taiwa.search.HitKind;
import org.taiwa.security.policy.Visibility;

/**
 * One document or post as the index holds it: its text, what decides who may read it, and its facet values.
 *
 * @param threadId       a post's thread (to replace a thread's posts at once); null for documents
 * @param changeSeq      the change position it was read at
 * @param meta           further searchable words: summary, tags, author, municipality and type names
 * @param visibility     who reads it: for posts, the space's visibility (the space id decides)
 * @param spaceId        the space it belongs to, or null
 * @param owner          a document's uploader, who reads it whatever its visibility; empty for posts
 * @param municipalities Japanese names
 * @param ownTitle       the title is its own (a document, a thread's opening post), not only shown with it
 *                       (a reply shows its thread's title but is not found by it)
 */
public record IndexedItem(HitKind kind, String id, String threadId, long changeSeq, String title, String body,
                          String meta, String url, Instant date, Visibility visibility, String spaceId, String owner,
                          String type, Integer fiscalYear, List<String> municipalities, String model, String stage,
                          boolean ownTitle) {

    public IndexedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(visibility, "visibility");
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        meta = Objects.requireNonNullElse(meta, "");
        owner = Objects.requireNonNullElse(owner, "");
        municipalities = List.copyOf(municipalities);
        if (kind == HitKind.POST && spaceId == null) {
            throw new IllegalArgumentException("a post belongs to a space");
        }
    }

    public String key() {
        return key(kind, id);
    }

    public static String key(HitKind kind, String id) {
        return kind.code() + ":" + id;
    }
}
