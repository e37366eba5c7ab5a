package org.taiwa.directory;

import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.taiwa.directory.internal.MunicipalityDocument;

/** Reads the municipality directory; lists are paged in the database so grids load lazily. */
@Service
public class MunicipalityDirectory {

    private final MongoTemplate mongo;

    MunicipalityDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One page of the municipalities that pass the filter, in the official order. */
    public List<Municipality> find(MunicipalityFilter filter, int offset, int limit) {
        Query query = query(filter).with(Sort.by("position")).skip(offset).limit(limit);
        return mongo.find(query, MunicipalityDocument.class).stream().map(MunicipalityDocument::toMunicipality).toList();
    }

    public int count(MunicipalityFilter filter) {
        return Math.toIntExact(mongo.count(query(filter), MunicipalityDocument.class));
    }

    public List<Municipality> all() {
        return find(MunicipalityFilter.ALL, 0, 1_000);
    }

    public Optional<Municipality> byId(MunicipalityId id) {
        return Optional.ofNullable(mongo.findById(id.value(), MunicipalityDocument.class))
                .map(MunicipalityDocument::toMunicipality);
    }

    /** Looks a municipality up by its Japanese name, as the {@code municipality} claim carries it. */
    public Optional<Municipality> byJapaneseName(String nameJa) {
        var query = Query.query(Criteria.where("nameJa").is(nameJa));
        return Optional.ofNullable(mongo.findOne(query, MunicipalityDocument.class))
                .map(MunicipalityDocument::toMunicipality);
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

    private static Query query(MunicipalityFilter filter) {
        var criteria = new Criteria();
        filter.region().ifPresent(r -> criteria.and("region").is(r.name()));
        filter.kind().ifPresent(k -> criteria.and("kind").is(k.name()));
        filter.participation().ifPresent(p -> criteria.and("participation").is(p.name()));
        if (!filter.text().isEmpty()) {
            var pattern = Pattern.compile(Pattern.quote(filter.text()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(Criteria.where("nameJa").regex(pattern), Criteria.where("nameEn").regex(pattern));
        }
        return Query.query(criteria);
    }
}
