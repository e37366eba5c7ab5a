package org.taiwa.offset.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.Estimate;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InputLimits;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.MissingFactorException;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.OffsetNotFoundException;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.Viewer;

/** Footprints on MongoDB; saving is for the municipality's own members and the secretariat. */
class MongoEventFootprints implements EventFootprints {

    static final int MAX_EVENT_NAME = 200;
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc(EventFootprintDocument.SAVED_AT),
            Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final FactorSets factorSets;
    private final MunicipalityDirectory directory;
    private final CurrentMember currentMember;
    private final Clock clock;

    MongoEventFootprints(MongoTemplate mongo, FactorSets factorSets, MunicipalityDirectory directory,
                         CurrentMember currentMember, Clock clock) {
        this.mongo = mongo;
        this.factorSets = factorSets;
        this.directory = directory;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @Override
    public EventFootprint save(MunicipalityId municipality, String eventName, LocalDate firstDay, LocalDate lastDay,
                               EventInputs inputs) {
        Viewer viewer = Viewer.of(currentMember.get());
        Municipality owner = directory.byId(municipality)
                .orElseThrow(() -> new OffsetNotFoundException("municipality", municipality.value()));
        Permissions.require(viewer.isSecretariat() || viewer.belongsTo(owner.nameJa()),
                "save an event footprint for " + municipality.value());
        String name = eventName == null ? "" : eventName.strip();
        var problems = new ArrayList<InputLimits.FieldProblem>();
        if (name.isEmpty()) {
            problems.add(new InputLimits.FieldProblem("eventName", InvalidEventInputException.REQUIRED, null));
        } else if (name.length() > MAX_EVENT_NAME) {
            problems.add(new InputLimits.FieldProblem("eventName", InvalidEventInputException.TOO_LONG,
                    BigDecimal.valueOf(MAX_EVENT_NAME)));
        }
        if (firstDay == null) {
            problems.add(new InputLimits.FieldProblem("firstDay", InvalidEventInputException.REQUIRED, null));
        } else if (lastDay != null && lastDay.isBefore(firstDay)) {
            problems.add(new InputLimits.FieldProblem("lastDay", InvalidEventInputException.BAD_DATE, null));
        }
        problems.addAll(InputLimits.problems(inputs));
        if (!problems.isEmpty()) {
            throw new InvalidEventInputException(problems);
        }
        var footprint = new EventFootprint(UUID.randomUUID().toString(), municipality, name, firstDay, lastDay,
                inputs, estimate(inputs, factorSets.active()), viewer.username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        mongo.insert(EventFootprintDocument.of(footprint));
        return footprint;
    }

    @Override
    public Optional<EventFootprint> find(String id) {
        requireSignedIn();
        return Optional.ofNullable(mongo.findById(id, EventFootprintDocument.class))
                .map(EventFootprintDocument::toFootprint);
    }

    @Override
    public List<EventFootprint> byMunicipality(MunicipalityId municipality) {
        requireSignedIn();
        var query = Query.query(
                where(EventFootprintDocument.MUNICIPALITY).is(municipality.value())).with(LATEST_FIRST);
        return mongo.find(query, EventFootprintDocument.class).stream().map(EventFootprintDocument::toFootprint)
                .toList();
    }

    @Override
    public Estimate recalculate(EventFootprint footprint, FactorSet set) {
        return estimate(footprint.inputs(), set);
    }

    /** An electricity supplier the set does not have is the organiser's choice of field, not a server error. */
    static Estimate estimate(EventInputs inputs, FactorSet set) {
        try {
            return OffsetCalculator.estimate(inputs, set);
        } catch (MissingFactorException e) {
            String field = switch (e.category()) {
                case ELECTRICITY -> "electricityItem";
                case TRAVEL -> "travel";
                default -> e.category().code();
            };
            throw InvalidEventInputException.of(field, InvalidEventInputException.UNKNOWN_ITEM, null);
        }
    }

    private void requireSignedIn() {
        Permissions.require(Viewer.of(currentMember.get()).signedIn(), "read event footprints");
    }
}
