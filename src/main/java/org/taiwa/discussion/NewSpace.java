package org.taiwa.discussion;

import java.util.Set;

import org.taiwa.security.policy.Visibility;

/** What the secretariat fills in to create a space; the id is given by {@link Spaces#create}. */
public record NewSpace(SpaceKind kind, String nameJa, String nameEn, String purpose, Visibility visibility,
                       Set<String> memberUsernames, Set<String> memberMunicipalities, Set<String> moderatorUsernames) {
}
