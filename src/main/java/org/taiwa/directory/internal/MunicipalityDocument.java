package org.taiwa.directory.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.directory.MunicipalityKind;
import org.taiwa.directory.Participation;
import org.taiwa.directory.Region;

/** A municipality as stored in the {@code municipalities} collection. */
@Document("municipalities")
public record MunicipalityDocument(
        @Id String id,
        int position,
        @Indexed(unique = true) String nameJa,
        String nameEn,
        MunicipalityKind kind,
        Region region,
        Set<Participation> participation) {

    public static MunicipalityDocument of(Municipality m) {
        return new MunicipalityDocument(m.id().value(), m.position(), m.nameJa(), m.nameEn(), m.kind(), m.region(),
                m.participation().isEmpty() ? EnumSet.noneOf(Participation.class) : EnumSet.copyOf(m.participation()));
    }

    public Municipality toMunicipality() {
        return new Municipality(new MunicipalityId(id), position, nameJa, nameEn, kind, region,
                participation == null ? Set.of() : participation);
    }
}
