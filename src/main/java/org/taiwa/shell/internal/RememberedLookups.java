package org.taiwa.shell.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * Remembers what Vaadin's {@link Lookup} answers for two types it asks for on every navigation and every event
 * from the browser: the role prefix (each access check of a view or menu entry) and the Polymer template handler
 * (absent here, asked for each argument of a published event), and the development-mode handler (absent from
 * the production jar, asked on every page load). Vaadin's Spring lookup asks the Spring context and
 * then {@link java.util.ServiceLoader} every time, and the service loader scans every jar of the executable jar:
 * about 3 % of the portal's CPU under load (docs/decisions/0020-load.md). Both answers are fixed for the life of
 * the application: a singleton bean and classes that are not on the class path. Every other type is asked anew.
 */
@Component
class RememberedLookups implements VaadinServiceInitListener {

    static final Set<Class<?>> REMEMBERED = Set.of(VaadinRolePrefixHolder.class,
            DeprecatedPolymerPublishedEventHandler.class, DevModeHandlerManager.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (lookup != null && !(lookup instanceof Remembering)
                && context instanceof VaadinServletContext servletContext) {
            // Vaadin refuses a second Lookup through VaadinContext (against initialising twice); this one wraps
            // the first and answers the same, so it goes into the attribute VaadinServletContext reads
            servletContext.getContext().setAttribute(Lookup.class.getName(), new Remembering(lookup));
        }
    }

    /** The application's lookup, with the answers for {@link #REMEMBERED} kept after the first time. */
    static final class Remembering implements Lookup {

        private final Lookup lookup;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Remembering(Lookup lookup) {
            this.lookup = lookup;
        }

        @Override
        public <T> T lookup(Class<T> type) {
            if (!REMEMBERED.contains(type)) {
                return lookup.lookup(type);
            }
            return type.cast(answers.computeIfAbsent(type, t -> Optional.ofNullable(lookup.lookup(t))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            return lookup.lookupAll(type);
        }
    }
}
