package org.taiwa.security.policy;

import java.util.Set;

import org.taiwa.security.Role;

/** Committees, working groups and the forum: who reads, posts, moderates and manages them. */
public final class SpacePolicy {

    /**
     * What the policy needs to know about a space.
     *
     * @param memberMunicipalities Japanese names of the municipalities that are members as a whole
     */
    public record Space(Visibility visibility, Set<String> memberUsernames, Set<String> memberMunicipalities,
                        Set<String> moderatorUsernames, boolean archived) {
        public Space {
            memberUsernames = Set.copyOf(memberUsernames);
            memberMunicipalities = Set.copyOf(memberMunicipalities);
            moderatorUsernames = Set.copyOf(moderatorUsernames);
        }
    }

    private SpacePolicy() {
    }

    public static boolean isMember(Viewer viewer, Space space) {
        return viewer.signedIn() && (space.memberUsernames().contains(viewer.username())
                || viewer.municipality().filter(space.memberMunicipalities()::contains).isPresent());
    }

    public static boolean canRead(Viewer viewer, Space space) {
        return switch (space.visibility()) {
            case PUBLIC -> true;
            case ALL_MUNICIPALITIES -> viewer.signedIn();
            case MEMBERS_ONLY -> isMember(viewer, space) || canModerate(viewer, space) || viewer.isSecretariat();
        };
    }

    /** Start threads and reply: members of a members-only space; any signed-in member elsewhere. */
    public static boolean canPost(Viewer viewer, Space space) {
        if (!viewer.signedIn() || space.archived()) {
            return false;
        }
        return space.visibility() != Visibility.MEMBERS_ONLY || isMember(viewer, space)
                || canModerate(viewer, space) || viewer.isSecretariat();
    }

    /** Pin, lock, hide, move and split: the space's moderators, network moderators who can read it, the secretariat. */
    public static boolean canModerate(Viewer viewer, Space space) {
        return viewer.isSecretariat() || (viewer.signedIn() && space.moderatorUsernames().contains(viewer.username()))
                || (viewer.has(Role.MODERATOR) && (space.visibility() != Visibility.MEMBERS_ONLY
                    || isMember(viewer, space)));
    }

    /** Create, archive, change members and moderators: the secretariat. */
    public static boolean canManage(Viewer viewer) {
        return viewer.isSecretariat();
    }
}
