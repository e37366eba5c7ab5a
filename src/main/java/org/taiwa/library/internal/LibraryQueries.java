package org.taiwa.library.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.taiwa.library.internal.DocumentRecord.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.ReadableDocuments;
import org.taiwa.security.policy.Visibility;

/** Turns the list's filter, sort and the member's readable scope into one MongoDB query. */
public final class LibraryQueries {

    private LibraryQueries() {
    }

    public static Query query(LibraryFilter filter, ReadableDocuments scope) {
        var criteria = where(DELETED).is(false);
        if (!filter.text().isEmpty()) {
            criteria.and(TITLE).regex(Pattern.compile(Pattern.quote(filter.text()), Pattern.CASE_INSENSITIVE));
        }
        if (filter.type() != null) {
            criteria.and(TYPE).is(filter.type().name());
        }
        if (filter.fiscalYear() != null) {
            criteria.and(FISCAL_YEAR).is(filter.fiscalYear().year());
        }
        if (filter.municipality() != null) {
            criteria.and(MUNICIPALITIES).is(filter.municipality().value());
        }
        if (filter.spaceId() != null) {
            criteria.and(SPACE_ID).is(filter.spaceId());
        }
        if (filter.model() != null) {
            criteria.and(MODEL).is(filter.model().name());
        }
        if (filter.stage() != null) {
            criteria.and(STAGE).is(filter.stage().name());
        }
        if (!scope.everything()) {
            criteria.orOperator(readable(scope));
        }
        return Query.query(criteria);
    }

    /** {@link ReadableDocuments#permits} as criteria. */
    private static List<Criteria> readable(ReadableDocuments scope) {
        var any = new ArrayList<Criteria>();
        any.add(where(VISIBILITY).is(Visibility.PUBLIC.name()));
        if (scope.signedIn()) {
            any.add(where(VISIBILITY).is(Visibility.ALL_MUNICIPALITIES.name()));
            any.add(where(VISIBILITY).is(Visibility.MEMBERS_ONLY.name()).and(UPLOADED_BY).is(scope.username()));
        }
        if (!scope.spaceIds().isEmpty()) {
            any.add(where(VISIBILITY).is(Visibility.MEMBERS_ONLY.name()).and(SPACE_ID).in(scope.spaceIds()));
        }
        return any;
    }

    public static Sort sort(LibrarySort sort) {
        Sort.Direction direction = sort.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort primary = switch (sort.key()) {
            case UPDATED -> Sort.by(direction, UPDATED_AT);
            case TITLE -> Sort.by(direction, TITLE);
            case FISCAL_YEAR -> Sort.by(direction, FISCAL_YEAR).and(Sort.by(Sort.Direction.DESC, UPDATED_AT));
        };
        return primary.and(Sort.by(Sort.Direction.ASC, "_id"));
    }
}
