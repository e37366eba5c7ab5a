package org.taiwa.directory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.taiwa.directory.internal.MunicipalityDocument;
import org.taiwa.storage.Snapshot;

/**
 * Reads the municipality directory: 62 rows of reference data that nearly every page reads (names, regions) and
 * that change when the directory file is loaded at start-up. Each node keeps the whole list in memory for
 * {@link #MAX_AGE} and filters and pages it there.
 */
@Service
public class MunicipalityDirectory {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Snapshot<List<Municipality>> all;

    MunicipalityDirectory(MongoTemplate mongo) {
        this.all = new Snapshot<>(MAX_AGE, () -> mongo.find(new Query().with(Sort.by("position")),
                MunicipalityDocument.class).stream().map(MunicipalityDocument::toMunicipality).toList());
    }

    /** One page of the municipalities that pass the filter, in the official order. */
    public List<Municipality> find(MunicipalityFilter filter, int offset, int limit) {
        return all.get().stream().filter(filter::matches).skip(offset).limit(limit).toList();
    }

    public int count(MunicipalityFilter filter) {
        return Math.toIntExact(all.get().stream().filter(filter::matches).count());
    }

    public List<Municipality> all() {
        return all.get();
    }

    public Optional<Municipality> byId(MunicipalityId id) {
        return all.get().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Looks a municipality up by its Japanese name, as the {@code municipality} claim carries it. */
    public Optional<Municipality> byJapaneseName(String nameJa) {
        return all.get().stream().filter(m -> m.nameJa().equals(nameJa)).findFirst();
    }

    public DirectoryCounts counts() {
        var byRegion = new EnumMap<Region, Integer>(Region.class);
        var byKind = new EnumMap<MunicipalityKind, Integer>(MunicipalityKind.class);
        var byParticipation = new EnumMap<Participation, Integer>(Participation.class);
        List<Municipality> all = all();
        for (Municipality m : all) {
            byRegion.merge(m.region(), 1, Integer::sum);
            byKind.merge(m.kind(), 1, Integer::sum);
            m.participation().forEach(p -> byParticipation.merge(p, 1, Integer::sum));
        }
        return new DirectoryCounts(all.size(), byRegion, byKind, byParticipation);
    }

    /** Forgets the list read before, for the writer of the directory (the file loaded at start-up). */
    public void reread() {
        all.invalidate();
    }
}
