package org.taiwa.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentFeed;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.IndexableDocument;
import org.taiwa.search.HitKind;

/** The library's documents as index changes: the latest version's text with the metadata; deleted ones removed. */
final class DocumentChanges implements ChangeFeed {

    private final DocumentFeed feed;
    private final Function<MunicipalityId, String> municipalityNames;

    DocumentChanges(DocumentFeed feed, Function<MunicipalityId, String> municipalityNames) {
        this.feed = feed;
        this.municipalityNames = municipalityNames;
    }

    @Override
    public List<Change> after(long position, int limit) {
        return feed.changedAfter(position, Math.min(limit, DocumentFeed.MAX_BATCH)).stream().map(this::change)
                .toList();
    }

    private Change change(IndexableDocument document) {
        String key = IndexedItem.key(HitKind.DOCUMENT, document.id().value());
        if (document.deleted()) {
            return new Change.Remove(key, document.changeSeq());
        }
        return new Change.Upsert(item(document));
    }

    IndexedItem item(IndexableDocument document) {
        DocumentMetadata m = document.metadata();
        List<String> municipalities = m.municipalities().stream().map(municipalityNames).toList();
        var meta = new ArrayList<String>();
        meta.add(m.summary());
        meta.addAll(m.tags());
        meta.add(m.author());
        meta.add(m.type().nameJa());
        meta.addAll(municipalities);
        meta.add(m.fiscalYear().labelJa());
        if (m.model() != null) {
            meta.add("取組モデル" + m.model().number());
        }
        if (m.stage() != null) {
            meta.add(m.stage().nameJa());
        }
        return new IndexedItem(HitKind.DOCUMENT, document.id().value(), null, document.changeSeq(), m.title(),
                document.text(), String.join("\n", meta), "library/" + document.id().value(), document.updatedAt(),
                m.visibility(), m.spaceId(), document.uploadedBy(), m.type().name(), m.fiscalYear().year(),
                municipalities, m.model() == null ? null : m.model().name(), m.stage() == null ? null : m.stage().name(),
                true);
    }

    /** Directory codes to Japanese names, read once: the 62 municipalities do not change while running. */
    static Function<MunicipalityId, String> names(Map<String, String> byId) {
        return id -> byId.getOrDefault(id.value(), id.value());
    }
}
