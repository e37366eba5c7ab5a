package org.taiwa.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

/** {@code /api/me} and {@code /api/municipalities}. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class DirectoryApi {

    private final MunicipalityDirectory directory;
    private final CurrentMember currentMember;

    DirectoryApi(MunicipalityDirectory directory, CurrentMember currentMember) {
        this.directory = directory;
        this.currentMember = currentMember;
    }

    @GetMapping("/municipalities")
    List<MunicipalityJson> municipalities() {
        return directory.all().stream().map(MunicipalityJson::of).toList();
    }

    @GetMapping("/me")
    MeJson me() {
        SignedInMember member = currentMember.get().orElseThrow(() -> new IllegalStateException("no member"));
        Optional<MunicipalityName> municipality = member.municipality()
                .map(nameJa -> directory.byJapaneseName(nameJa)
                        .map(m -> new MunicipalityName(m.id().value(), m.nameJa(), m.nameEn()))
                        .orElse(new MunicipalityName(null, nameJa, null)));
        Set<String> roles = new TreeSet<>(member.roles().stream().map(Role::key).toList());
        return new MeJson(member.username(), member.displayName(), municipality.orElse(null), roles);
    }

    record MunicipalityName(String id, String nameJa, String nameEn) {
    }

    record MeJson(String username, String displayName, MunicipalityName municipality, Set<String> roles) {
    }

    record MunicipalityJson(String id, String nameJa, String nameEn, String kind, String region,
                            Set<String> participation) {

        static MunicipalityJson of(Municipality m) {
            var participation = new TreeSet<String>();
            m.participation().forEach(p -> participation.add(p.name().toLowerCase(java.util.Locale.ROOT)));
            return new MunicipalityJson(m.id().value(), m.nameJa(), m.nameEn(), m.kind().code(), m.region().code(),
                    participation);
        }
    }
}
