package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

class RememberedLookupsTest {

    /** A lookup that answers the role prefix, nothing else, and counts what it was asked. */
    private static final class Counting implements Lookup {

        final List<Class<?>> asked = new ArrayList<>();
        final VaadinRolePrefixHolder prefix = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> type) {
            asked.add(type);
            return type == VaadinRolePrefixHolder.class ? type.cast(prefix) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.add(type);
            return List.of();
        }
    }

    @Test
    void a_remembered_type_is_asked_once_even_when_absent() {
        var counting = new Counting();
        var lookup = new RememberedLookups.Remembering(counting);

        for (int i = 0; i < 3; i++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(counting.prefix);
            assertThat(lookup.lookup(DevModeHandlerManager.class)).isNull();
        }

        assertThat(counting.asked).containsExactlyInAnyOrder(VaadinRolePrefixHolder.class,
                DevModeHandlerManager.class);
    }

    @Test
    void any_other_type_is_asked_every_time() {
        var counting = new Counting();
        var lookup = new RememberedLookups.Remembering(counting);

        lookup.lookup(String.class);
        lookup.lookup(String.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);

        assertThat(counting.asked).containsExactly(String.class, String.class, VaadinRolePrefixHolder.class,
                VaadinRolePrefixHolder.class);
    }
}
