package org.taiwa.notification.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Member;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.discussion.Space;
import org.taiwa.notification.NotificationLevel;
import org.taiwa.notification.internal.NotificationRules.Reader;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * The people who might hear of something in a space, described for {@link NotificationRules}. Only members
 * with a profile (who signed in once) can be told. Rather than every profile, the candidates are the space's
 * members, whoever chose to follow it, and the people named or answered; {@code SpacePolicy} then decides
 * with the same rules as for reading.
 */
@Component
class Audience {

    private static final Set<String> ROLE_KEYS = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.toSet());

    private final MongoTemplate mongo;
    private final MemberProfiles profiles;
    private final MunicipalityDirectory directory;

    Audience(MongoTemplate mongo, MemberProfiles profiles, MunicipalityDirectory directory) {
        this.mongo = mongo;
        this.profiles = profiles;
        this.directory = directory;
    }

    /** Readers of space news (a proposal, a meeting): members and followers. */
    List<Reader> ofSpace(Space space) {
        return readers(space, Set.of(), Set.of(), null);
    }

    /**
     * Readers of a post.
     *
     * @param named               usernames named in it
     * @param namedMunicipalities municipalities named in it, by id (or, leniently, by Japanese name)
     * @param answered            the author of the post it answers; null for an opening post
     */
    List<Reader> readers(Space space, Set<String> named, Set<String> namedMunicipalities, String answered) {
        List<Municipality> municipalities = directory.all();
        Map<String, String> nameJaById = municipalities.stream()
                .collect(Collectors.toMap(m -> m.id().value(), Municipality::nameJa));
        Map<String, String> idByNameJa = municipalities.stream()
                .collect(Collectors.toMap(Municipality::nameJa, m -> m.id().value()));
        Set<String> namedIds = namedMunicipalities.stream()
                .map(code -> nameJaById.containsKey(code) ? code : idByNameJa.get(code))
                .filter(Objects::nonNull).collect(Collectors.toSet());

        Set<String> usernames = new HashSet<>(space.memberUsernames());
        usernames.addAll(named);
        usernames.addAll(followers(space));
        if (answered != null) {
            usernames.add(answered);
        }
        Set<MunicipalityId> memberMunicipalities = new HashSet<>();
        space.memberMunicipalities().stream().map(idByNameJa::get).filter(Objects::nonNull)
                .forEach(id -> memberMunicipalities.add(new MunicipalityId(id)));
        namedIds.forEach(id -> memberMunicipalities.add(new MunicipalityId(id)));

        Map<String, Member> candidates = new HashMap<>();
        profiles.byUsernames(usernames).forEach(m -> candidates.put(m.username(), m));
        profiles.ofMunicipalities(memberMunicipalities).forEach(m -> candidates.putIfAbsent(m.username(), m));
        Map<String, SettingsDocument> settings = settings(candidates.keySet());

        SpacePolicy.Space policy = space.forPolicy();
        return candidates.values().stream().map(member -> {
            Viewer viewer = viewer(member, nameJaById);
            SettingsDocument chosen = settings.get(member.username());
            return new Reader(member.username(), SpacePolicy.canRead(viewer, policy),
                    SpacePolicy.isMember(viewer, policy),
                    chosen == null ? null : chosen.chosen(space.id().value()), named.contains(member.username()),
                    member.municipality().map(MunicipalityId::value).filter(namedIds::contains).isPresent(),
                    member.username().equals(answered));
        }).toList();
    }

    /** Who chose to hear more of the space than its default. */
    private Set<String> followers(Space space) {
        var following = Query.query(Criteria.where(SettingsDocument.levelPath(space.id().value()))
                .in(NotificationLevel.EVERYTHING.name(), NotificationLevel.THREADS_AND_PROPOSALS.name()));
        return mongo.find(following, SettingsDocument.class).stream().map(SettingsDocument::username)
                .collect(Collectors.toSet());
    }

    private Map<String, SettingsDocument> settings(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(usernames)), SettingsDocument.class).stream()
                .collect(Collectors.toMap(SettingsDocument::username, s -> s));
    }

    /** The member as the policies see a signed-in person: roles and the Japanese name of their municipality. */
    static Viewer viewer(Member member, Map<String, String> nameJaById) {
        Set<Role> roles = member.roles().stream().filter(ROLE_KEYS::contains).map(Role::fromKey)
                .collect(Collectors.toSet());
        Optional<String> municipality = member.municipality().map(id -> nameJaById.get(id.value()));
        return new Viewer.Member(new SignedInMember(member.username(), member.displayName(), member.email(),
                municipality, roles));
    }
}
