package org.taiwa.notification.internal;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.notification.NotificationLevel;

/**
 * One member's notification settings in {@code notification_settings}, keyed by username. A space without
 * an entry in {@code levels} has the default level; a missing {@code digest} means on.
 *
 * @param levels chosen levels by {@link #key(String) encoded} space id
 */
@Document("notification_settings")
public record SettingsDocument(@Id String username, Map<String, NotificationLevel> levels, Boolean digest) {

    public static final String LEVELS = "levels";
    public static final String DIGEST = "digest";

    /** The map key of a space id: reversible, without {@code .} or {@code $}, which MongoDB reads as paths. */
    public static String key(String spaceId) {
        return spaceId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String levelPath(String spaceId) {
        return LEVELS + "." + key(spaceId);
    }

    /** The level the member chose for the space, or null if they chose none. */
    public NotificationLevel chosen(String spaceId) {
        return levels == null ? null : levels.get(key(spaceId));
    }

    public boolean digestOn() {
        return digest == null || digest;
    }
}
