package org.taiwa.discussion;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.SpaceDocument;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Snapshot;

/** Committees, working groups and the forum: who sees which, and the secretariat's creating and archiving. */
@Service
public class Spaces {

    private static final Comparator<Space> DISPLAY_ORDER = Comparator.comparing(Space::kind)
            .thenComparing(Space::archived).thenComparing(s -> s.id().value());

    /**
     * How long a node keeps the spaces it read: every page reads them (names, who may read), they change a few
     * times a year. A change made on another node (archiving, a new space) shows here within this time.
     */
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final MongoTemplate mongo;
    private final CurrentMember currentMember;
    private final AuditLog audit;
    private final Snapshot<Map<String, Space>> all;

    Spaces(MongoTemplate mongo, CurrentMember currentMember, AuditLog audit) {
        this.mongo = mongo;
        this.currentMember = currentMember;
        this.audit = audit;
        // a network has tens of spaces, not thousands
        this.all = new Snapshot<>(MAX_AGE, () -> mongo.findAll(SpaceDocument.class).stream()
                .map(SpaceDocument::toSpace).sorted(DISPLAY_ORDER)
                .collect(Collectors.toMap(space -> space.id().value(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)));
    }

    /** The spaces the current member (or visitor) may read: committees first, then working groups, the forum. */
    public List<Space> readable() {
        Viewer viewer = viewer();
        // filtering by policy in memory keeps one rule set
        return all.get().values().stream().filter(space -> SpacePolicy.canRead(viewer, space.forPolicy())).toList();
    }

    /**
     * @throws DiscussionNotFoundException if there is no such space
     * @throws AccessDeniedException       if the current member may not read it
     */
    public Space get(SpaceId id) {
        Space space = find(id).orElseThrow(() -> new DiscussionNotFoundException("space", id.value()));
        Permissions.require(SpacePolicy.canRead(viewer(), space.forPolicy()), "read space " + id.value());
        return space;
    }

    /** Creates a space (the secretariat only) and records it in the audit log. */
    public Space create(NewSpace draft) {
        Viewer viewer = viewer();
        Permissions.require(SpacePolicy.canManage(viewer), "create space");
        var space = new Space(new SpaceId(UUID.randomUUID().toString()), draft.kind(), draft.nameJa(), draft.nameEn(),
                draft.purpose(), draft.visibility(), draft.memberUsernames(), draft.memberMunicipalities(),
                draft.moderatorUsernames(), false);
        mongo.insert(SpaceDocument.of(space));
        all.invalidate();
        audit.record(viewer.username(), "space.create", space.id().value(), space.nameJa(), "");
        return space;
    }

    /** Makes a space read-only (the secretariat only) and records it in the audit log. */
    public Space archive(SpaceId id) {
        Viewer viewer = viewer();
        Permissions.require(SpacePolicy.canManage(viewer), "archive space");
        Space archived = find(id).orElseThrow(() -> new DiscussionNotFoundException("space", id.value())).archive();
        // one field, not the whole document: a concurrent change of members must not be overwritten
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())), Update.update("archived", true),
                SpaceDocument.class);
        all.invalidate();
        audit.record(viewer.username(), "space.archive", id.value(), archived.nameJa(), "");
        return archived;
    }

    /** The current member creates and archives spaces (the secretariat). */
    public boolean canManage() {
        return SpacePolicy.canManage(viewer());
    }

    /** Without a permission check: for this module's services, which check themselves. */
    Optional<Space> find(SpaceId id) {
        return Optional.ofNullable(all.get().get(id.value()));
    }

    /** Forgets the spaces read before, for a writer outside this class (the demo data written at start-up). */
    public void reread() {
        all.invalidate();
    }

    Viewer viewer() {
        return Viewer.of(currentMember.get());
    }
}
