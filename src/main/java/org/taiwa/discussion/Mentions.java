package org.taiwa.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.taiwa.directory.MemberProfiles;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.discussion.internal.Mention;
import org.taiwa.discussion.internal.MentionTargets;
import org.taiwa.security.policy.Permissions;

/**
 * {@code @mentions}: who can be named in a post and suggestions while typing. Members are named by username
 * ({@code @staff.minato}), municipalities by Japanese name ({@code @港区}) or id ({@code @minato}); a member
 * is known once they signed in (their profile in the directory).
 */
@Service
public class Mentions {

    public static final int MAX_SUGGESTIONS = 8;

    /** Usernames and municipality ids: ASCII letters and digits, inner dots, hyphens and underscores. */
    private static final Pattern ASCII_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");

    private final MemberProfiles members;
    private final MunicipalityDirectory municipalities;
    private final Spaces spaces;
    private volatile List<Municipality> allMunicipalities = List.of();

    Mentions(MemberProfiles members, MunicipalityDirectory municipalities, Spaces spaces) {
        this.members = members;
        this.municipalities = municipalities;
        this.spaces = spaces;
    }

    /** Members and municipalities whose names begin with the prefix; for signed-in members. */
    public List<MentionSuggestion> suggest(String prefix, int limit) {
        Permissions.require(spaces.viewer().signedIn(), "suggest mentions");
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        int max = Math.min(limit, MAX_SUGGESTIONS);
        List<MentionSuggestion> found = new ArrayList<>();
        members.suggest(text, max).forEach(m -> found.add(new MentionSuggestion(MentionSuggestion.Kind.MEMBER,
                m.username(), m.displayName() + " (@" + m.username() + ")")));
        String lower = text.toLowerCase(Locale.ROOT);
        municipalities().stream()
                .filter(m -> m.nameJa().startsWith(text) || m.id().value().startsWith(lower)
                        || m.nameEn().toLowerCase(Locale.ROOT).startsWith(lower))
                .sorted(Comparator.comparingInt(Municipality::position))
                .forEach(m -> found.add(new MentionSuggestion(MentionSuggestion.Kind.MUNICIPALITY, m.nameJa(),
                        m.nameJa() + " (" + m.nameEn() + ")")));
        return found.subList(0, Math.min(max, found.size()));
    }

    /** The directory as mention targets for one post; each name is looked up once. */
    MentionTargets targets() {
        Map<String, Optional<Mention>> asked = new HashMap<>();
        List<Municipality> known = municipalities();
        return text -> {
            Optional<Mention> byJapaneseName = known.stream().filter(m -> text.startsWith(m.nameJa()))
                    .max(Comparator.comparingInt(m -> m.nameJa().length()))
                    .map(m -> new Mention(Mention.Kind.MUNICIPALITY, m.id().value(), m.nameJa()));
            if (byJapaneseName.isPresent()) {
                return byJapaneseName;
            }
            Matcher name = ASCII_NAME.matcher(text);
            if (!name.lookingAt()) {
                return Optional.empty();
            }
            String written = name.group();
            return asked.computeIfAbsent(written, w -> byUsernameOrId(w, known));
        };
    }

    private Optional<Mention> byUsernameOrId(String written, List<Municipality> known) {
        if (members.byUsername(written).isPresent()) {
            return Optional.of(new Mention(Mention.Kind.MEMBER, written, written));
        }
        String id = written.toLowerCase(Locale.ROOT);
        return known.stream().filter(m -> m.id().value().equals(id)).findFirst()
                .map(m -> new Mention(Mention.Kind.MUNICIPALITY, m.id().value(), written));
    }

    /** The 62 change only with a new edition of the list; read once (the directory seeds them at start). */
    private List<Municipality> municipalities() {
        List<Municipality> cached = allMunicipalities;
        if (cached.isEmpty()) {
            cached = municipalities.all();
            allMunicipalities = cached;
        }
        return cached;
    }
}
