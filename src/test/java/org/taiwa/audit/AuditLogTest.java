package org.taiwa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class AuditLogTest {

    /** Append-only is part of the API: a method to change or delete entries would be a design change. */
    @Test
    void offers_no_way_to_change_or_delete_entries() {
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).distinct())
                .containsExactlyInAnyOrder("record", "recordAccessDenied", "find", "count", "actions", "writeCsv");
    }
}
