package org.taiwa.notification;

import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Spaces;
import org.taiwa.notification.internal.SettingsDocument;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * The current member's notification settings: a level per space they can read, and the daily digest
 * (on unless switched off). Each change is one atomic upsert of the member's settings document.
 *
 * @throws AccessDeniedException (any method) for a visitor who is not signed in
 */
@Service
public class NotificationSettings {

    private final MongoTemplate mongo;
    private final CurrentMember currentMember;
    private final Spaces spaces;

    NotificationSettings(MongoTemplate mongo, CurrentMember currentMember, Spaces spaces) {
        this.mongo = mongo;
        this.currentMember = currentMember;
        this.spaces = spaces;
    }

    /** The level of every space the member can read, in the spaces' display order. */
    public List<SpaceLevel> levels() {
        SettingsDocument settings = settings(member().username());
        Viewer viewer = Viewer.of(currentMember.get());
        return spaces.readable().stream().map(space -> level(space, settings, viewer)).toList();
    }

    /**
     * @throws DiscussionNotFoundException for an unknown space
     * @throws AccessDeniedException       for a space the member cannot read
     */
    public SpaceLevel level(SpaceId spaceId) {
        SettingsDocument settings = settings(member().username());
        return level(spaces.get(spaceId), settings, Viewer.of(currentMember.get()));
    }

    /**
     * Chooses how much the member hears of a space they can read.
     *
     * @throws DiscussionNotFoundException for an unknown space
     * @throws AccessDeniedException       for a space the member cannot read
     */
    public SpaceLevel setLevel(SpaceId spaceId, NotificationLevel level) {
        Objects.requireNonNull(level, "level");
        String username = member().username();
        Space space = spaces.get(spaceId);
        upsert(username, Update.update(SettingsDocument.levelPath(spaceId.value()), level));
        return new SpaceLevel(space, level, true);
    }

    /** Whether the member gets the daily e-mail digest. */
    public boolean digest() {
        return settings(member().username()).digestOn();
    }

    public void setDigest(boolean on) {
        upsert(member().username(), Update.update(SettingsDocument.DIGEST, on));
    }

    private static SpaceLevel level(Space space, SettingsDocument settings, Viewer viewer) {
        NotificationLevel chosen = settings.chosen(space.id().value());
        return chosen != null ? new SpaceLevel(space, chosen, true)
                : new SpaceLevel(space, NotificationLevel.defaultFor(SpacePolicy.isMember(viewer, space.forPolicy())),
                        false);
    }

    private void upsert(String username, Update update) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(username)), update,
                FindAndModifyOptions.options().upsert(true), SettingsDocument.class);
    }

    private SettingsDocument settings(String username) {
        SettingsDocument settings = mongo.findById(username, SettingsDocument.class);
        return settings != null ? settings : new SettingsDocument(username, null, null);
    }

    private SignedInMember member() {
        var member = currentMember.get();
        Permissions.require(member.isPresent(), "change notification settings");
        return member.orElseThrow();
    }
}
