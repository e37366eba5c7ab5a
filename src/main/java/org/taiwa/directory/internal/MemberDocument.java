package org.taiwa.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.directory.Member;
import org.taiwa.directory.MunicipalityId;

/** A member as stored in the {@code members} collection, keyed by username. */
@Document("members")
public record MemberDocument(@Id String username, String displayName, String email, String municipality,
                             List<String> roles, String language, Instant firstSignIn, Instant lastSignIn) {

    public Member toMember() {
        return new Member(username, displayName, email, Optional.ofNullable(municipality).map(MunicipalityId::new),
                roles == null ? Set.of() : Set.copyOf(roles),
                Locale.forLanguageTag(language == null ? "ja" : language), firstSignIn, lastSignIn);
    }
}
