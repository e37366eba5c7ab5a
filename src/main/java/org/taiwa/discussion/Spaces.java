package org.taiwa.discussion;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/** Committees, working groups and the forum: who sees which, and the secretariat's creating and archiving. */
@Service
public class Spaces {

    private static final Comparator<Space> DISPLAY_ORDER = Comparator.comparing(Space::kind)
            .thenComparing(Space::archived).thenComparing(s -> s.id().value());

    private final MongoTemplate mongo;
    private final CurrentMember currentMember;
    private final AuditLog audit;

    Spaces(MongoTemplate mongo, CurrentMember currentMember, AuditLog audit) {
        this.mongo = mongo;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    /** The spaces the current member (or visitor) may read: committees first, then working groups, the forum. */
    public List<Space> readable() {
        Viewer viewer = viewer();
        // a network has tens of spaces, not thousands: filtering by policy in memory keeps one rule set
        return mongo.findAll(SpaceDocument.class).stream().map(SpaceDocument::toSpace)
                .filter(space -> SpacePolicy.canRead(viewer, space.forPolicy())).sorted(DISPLAY_ORDER).toList();
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
        audit.record(viewer.username(), "space.archive", id.value(), archived.nameJa(), "");
        return archived;
    }

    /** The current member creates and archives spaces (the secretariat). */
    public boolean canManage() {
        return SpacePolicy.canManage(viewer());
    }

    /** Without a permission check: for this module's services, which check themselves. */
    Optional<Space> find(SpaceId id) {
        return Optional.ofNullable(mongo.findById(id.value(), SpaceDocument.class)).map(SpaceDocument::toSpace);
    }

    Viewer viewer() {
        return Viewer.of(currentMember.get());
    }
}
