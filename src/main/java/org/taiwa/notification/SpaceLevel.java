package org.taiwa.notification;

import java.util.Objects;

import org.taiwa.discussion.Space;

/**
 * How much the member hears of one space.
 *
 * @param chosen true when the member chose the level, false when it is the default
 */
public record SpaceLevel(Space space, NotificationLevel level, boolean chosen) {

    public SpaceLevel {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(level, "level");
    }
}
