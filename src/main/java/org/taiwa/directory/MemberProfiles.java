package org.taiwa.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.taiwa.security.Roles;

import org.taiwa.directory.internal.MemberDocument;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/** Member profiles: kept up to date from each sign-in, one document per username. */
@Service
public class MemberProfiles {

    /** The portal's languages; Japanese first. */
    public static final Locale JAPANESE = Locale.JAPANESE;

    private final MongoTemplate mongo;
    private final MunicipalityDirectory directory;

    MemberProfiles(MongoTemplate mongo, MunicipalityDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    /** Creates or updates the profile in one atomic upsert, so two sign-ins at once leave one document. */
    @EventListener
    public void on(MemberSignedIn event) {
        SignedInMember who = event.member();
        Optional<Municipality> municipality = who.municipality().flatMap(directory::byJapaneseName);
        var update = new Update()
                .set("displayName", who.displayName())
                .set("email", who.email())
                .set("municipality", municipality.map(m -> m.id().value()).orElse(null))
                .set("roles", who.roles().stream().map(Role::key).sorted().toList())
                .set("lastSignIn", event.at())
                .setOnInsert("firstSignIn", event.at())
                .setOnInsert("language", JAPANESE.getLanguage());
        mongo.findAndModify(usernameIs(who.username()), update, FindAndModifyOptions.options().upsert(true),
                MemberDocument.class);
    }

    /** Members whose username, name or e-mail contains the text, most recently signed in first. Secretariat only. */
    @PreAuthorize("hasRole('" + Roles.SECRETARIAT + "')")
    public List<Member> find(String text, int offset, int limit) {
        Query query = matching(text).with(Sort.by(Sort.Direction.DESC, "lastSignIn")).skip(offset).limit(limit);
        return mongo.find(query, MemberDocument.class).stream().map(MemberDocument::toMember).toList();
    }

    @PreAuthorize("hasRole('" + Roles.SECRETARIAT + "')")
    public int count(String text) {
        return Math.toIntExact(mongo.count(matching(text), MemberDocument.class));
    }

    private static Query matching(String text) {
        if (text == null || text.isBlank()) {
            return new Query();
        }
        var pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text.strip()),
                java.util.regex.Pattern.CASE_INSENSITIVE);
        return Query.query(new Criteria().orOperator(Criteria.where("_id").regex(pattern),
                Criteria.where("displayName").regex(pattern), Criteria.where("email").regex(pattern)));
    }

    /**
     * Members whose username or display name begins with the prefix (case-insensitive), for {@code @mention}
     * suggestions: names only, for any signed-in member. Known members are those who signed in once.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MemberName> suggest(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        var pattern = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(text),
                java.util.regex.Pattern.CASE_INSENSITIVE);
        Query query = Query.query(new Criteria().orOperator(Criteria.where("_id").regex(pattern),
                Criteria.where("displayName").regex(pattern))).with(Sort.by("_id")).limit(Math.min(limit, 50));
        return mongo.find(query, MemberDocument.class).stream().map(MemberDocument::toMember)
                .map(m -> new MemberName(m.username(), m.displayName(), m.municipality())).toList();
    }

    public Optional<Member> byUsername(String username) {
        return Optional.ofNullable(mongo.findOne(usernameIs(username), MemberDocument.class))
                .map(MemberDocument::toMember);
    }

    /**
     * The profiles of these usernames; unknown usernames are left out. No role check: for system use
     * such as choosing whom to notify, never to list members to a person.
     */
    public List<Member> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(usernames)), MemberDocument.class).stream()
                .map(MemberDocument::toMember).toList();
    }

    /**
     * The members of these municipalities (a network has tens of staff per municipality, not thousands).
     * No role check: for system use such as choosing whom to notify, never to list members to a person.
     */
    public List<Member> ofMunicipalities(Collection<MunicipalityId> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        var ids = municipalities.stream().map(MunicipalityId::value).toList();
        return mongo.find(Query.query(Criteria.where("municipality").in(ids)), MemberDocument.class).stream()
                .map(MemberDocument::toMember).toList();
    }

    /** Remembers the member's choice of language. */
    public void setLanguage(String username, Locale language) {
        mongo.updateFirst(usernameIs(username), Update.update("language", language.getLanguage()),
                MemberDocument.class);
    }

    private static Query usernameIs(String username) {
        return Query.query(Criteria.where("_id").is(username));
    }
}
