package org.taiwa.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which audit entries a list or an export shows. Empty text and null times do not filter.
 *
 * @param actor  part of the actor's name, matched case-insensitively
 * @param action an action code ({@code auth.sign-in}) or a leading part of one ({@code auth} matches
 *               every {@code auth.*} code)
 * @param from   earliest time, inclusive
 * @param to     latest time, exclusive
 */
public record AuditFilter(String actor, String action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter("", "", null, null);

    public AuditFilter {
        actor = actor == null ? "" : actor.strip();
        action = action == null ? "" : action.strip();
    }

    /**
     * A filter over whole days as a person means them: from the start of {@code firstDay} to the end of
     * {@code lastDay}, both in {@code zone}. A null day leaves that end open.
     */
    public static AuditFilter days(String actor, String action, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        Instant from = firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant();
        Instant to = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(actor, action, from, to);
    }
}
