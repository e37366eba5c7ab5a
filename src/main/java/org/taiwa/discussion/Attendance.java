package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who actually attended a meeting, as recorded afterwards; distinct from who was invited.
 *
 * @param memberUsernames   members present, sorted
 * @param municipalityCodes municipalities represented, in the directory's official order
 */
public record Attendance(List<String> memberUsernames, List<String> municipalityCodes, String recordedBy,
                         Instant recordedAt) {

    public Attendance {
        memberUsernames = List.copyOf(memberUsernames);
        municipalityCodes = List.copyOf(municipalityCodes);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
